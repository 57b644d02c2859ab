import type { Scope } from '@mandate/core';
import { MandateError } from '@mandate/sdk';
import { error, fail, redirect } from '@sveltejs/kit';
import { parseScope, scopeKey, toDateTimeLocal } from '$lib/forms';
import { emptyGrant, type GrantValues, parseGrantForm } from '$lib/grant-form';
import { translate } from '$lib/i18n/messages';
import { errorText, formFailure, loadFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

type Grantee = { user: string } | { team: string };

const parseGrantee = (value: string | null): Grantee | null => {
  const [kind, id] = (value ?? '').split(':', 2);
  if (!id) return null;
  if (kind === 'user') return { user: id };
  if (kind === 'team') return { team: id };
  return null;
};
const granteeKey = (g: Grantee) => ('user' in g ? `user:${g.user}` : `team:${g.team}`);
const sameScope = (a: Scope, b: Scope) => scopeKey(a) === scopeKey(b);

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const grantee = parseGrantee(url.searchParams.get('grantee'));
  const scope = parseScope(url.searchParams.get('scope') ?? 'org');
  if (!grantee || !scope) error(404, { message: 'not_found' });
  try {
    const [members, grants] = await Promise.all([
      locals.api.members(params.org),
      locals.api.grants(params.org, {
        grantee: 'user' in grantee ? grantee.user : grantee.team,
        scope: 'project' in scope ? scope.project : 'server' in scope ? scope.server : 'org',
      }),
    ]);
    const name =
      'user' in grantee
        ? (members.users.find((u) => u.id === grantee.user)?.name ?? grantee.user)
        : (members.teams.find((t) => t.id === grantee.team)?.name ?? grantee.team);
    const grant = grants.items.find((g) => sameScope(g.scope, scope)) ?? null;
    const all = grants.items;
    const values: GrantValues = grant
      ? {
          mode: grant.role ? 'role' : 'levels',
          role: grant.role ?? '',
          levels: grant.levels ?? {},
          requireMfa: grant.requireMfa,
          expiresAt: toDateTimeLocal(grant.expiresAt),
          note: grant.note ?? '',
        }
      : emptyGrant;
    return {
      grantee,
      granteeKey: granteeKey(grantee),
      name,
      scope,
      scopeKey: scopeKey(scope),
      grant,
      values,
      others: all.filter((g) => !sameScope(g.scope, scope)).map((g) => scopeKey(g.scope)),
      stale: url.searchParams.has('stale'),
    };
  } catch (err) {
    loadFailure(err, url);
  }
};

// A form posts to `?/preview` (the browser drops the page's query): grantee and scope travel as
// hidden fields.
const field = (form: FormData, url: URL, key: string) =>
  String(form.get(key) ?? url.searchParams.get(key) ?? '');

const context = async (request: Request, url: URL) => {
  const form = await request.formData();
  const grantee = parseGrantee(field(form, url, 'grantee'));
  const scope = parseScope(field(form, url, 'scope') || 'org');
  if (!grantee || !scope) error(400, { message: 'bad_request' });
  const back = (flag: string) =>
    `?${new URLSearchParams({ grantee: granteeKey(grantee), scope: scopeKey(scope) })}&${flag}=1`;
  return { form, grantee, scope, back, parsed: parseGrantForm(form, scope) };
};

const invalidGrant = (
  locale: Parameters<typeof translate>[0],
  values: GrantValues,
  errors: Record<string, string | undefined>,
) =>
  fail(400, {
    message: '',
    code: 'validation_failed',
    fields: Object.fromEntries(
      Object.entries(errors).map(([k, v]) => [k, translate(locale, v as never)]),
    ) as Record<string, string>,
    grantValues: values,
  });

export const actions: Actions = {
  // The what-if preview: nothing is saved (POST grants:preview), the page shows gains and losses.
  preview: async ({ locals, params, request, url }) => {
    const { form, grantee, parsed } = await context(request, url);
    if (!parsed.ok) return invalidGrant(locals.locale, parsed.values, parsed.errors);
    try {
      const preview = await locals.api.previewGrant(params.org, { grantee, ...parsed.body });
      return {
        preview,
        // The version this edit started from travels on, so that saving after someone else
        // did answers 412 instead of overwriting them (the page data may be fresher by now).
        rowVersion: String(form.get('rowVersion') ?? ''),
        grantId: String(form.get('grantId') ?? ''),
        grantValues: parsed.values,
        refused: preview.decision.allowed
          ? null
          : errorText(preview.decision.reason, locals.locale),
      };
    } catch (err) {
      const f = formFailure(err, locals.locale);
      return fail(f.status, { ...f.data, grantValues: parsed.values });
    }
  },
  save: async ({ locals, params, request, url }) => {
    const { form, grantee, back, parsed } = await context(request, url);
    if (!parsed.ok) return invalidGrant(locals.locale, parsed.values, parsed.errors);
    const grantId = String(form.get('grantId') ?? '');
    const rowVersion = String(form.get('rowVersion') ?? '');
    try {
      if (grantId) {
        // PUT keeps grantee and scope; only the terms change.
        const { scope: _scope, ...terms } = parsed.body;
        await locals.api.updateGrant(params.org, grantId, rowVersion, terms);
      } else await locals.api.createGrant(params.org, { grantee, ...parsed.body });
    } catch (err) {
      if (err instanceof MandateError && err.status === 412) {
        // Someone saved in between: nothing is overwritten; the page reloads the current grant.
        return fail(412, {
          message: translate(locals.locale, 'error.precondition_failed'),
          code: 'precondition_failed',
          fields: {},
          stale: true,
        });
      }
      const f = formFailure(err, locals.locale);
      return fail(f.status, { ...f.data, grantValues: parsed.values });
    }
    redirect(303, `/orgs/${params.org}/members/edit${back('saved')}`);
  },
  revoke: async ({ locals, params, request, url }) => {
    const { form, back } = await context(request, url);
    const grantId = String(form.get('grantId') ?? '');
    try {
      await locals.api.deleteGrant(params.org, grantId);
    } catch (err) {
      return formFailure(err, locals.locale);
    }
    redirect(303, `/orgs/${params.org}/members/edit${back('revoked')}`);
  },
};
