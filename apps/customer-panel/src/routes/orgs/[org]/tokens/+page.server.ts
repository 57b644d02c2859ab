import type { Level } from '@mandate/core';
import { fail } from '@sveltejs/kit';
import { checked, parseLevels } from '$lib/forms';
import { translate } from '$lib/i18n/messages';
import { groupedSections } from '$lib/sections';
import { formFailure, loadFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, parent, url }) => {
  const { permissions } = await parent();
  try {
    const [tokens, policy] = await Promise.all([
      locals.api.tokens(params.org),
      permissions.isOwner ? locals.api.tokenPolicy(params.org).catch(() => null) : null,
    ]);
    return { tokens: tokens.items, policy };
  } catch (err) {
    loadFailure(err, url);
  }
};

const capSections = ['org', 'project', 'server'] as const;

export const actions: Actions = {
  // R21: a token may be narrowed (levels, projects, read-only); R22: it expires.
  create: async ({ locals, params, request }) => {
    const form = await request.formData();
    const L = locals.locale;
    const name = String(form.get('name') ?? '').trim();
    const days = String(form.get('expiresInDays') ?? '').trim();
    const fields: Record<string, string> = {};
    if (!name) fields.name = translate(L, 'auth.required');
    const expiresInDays = days ? Number(days) : undefined;
    if (
      expiresInDays !== undefined &&
      (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 365)
    ) {
      fields.expiresInDays = translate(L, 'tokens.badDays');
    }
    if (Object.keys(fields).length > 0) {
      return fail(400, { message: '', code: 'validation_failed', fields, values: { name, days } });
    }
    const narrow = checked(form, 'narrow');
    const sectionIds = capSections.flatMap((k) =>
      groupedSections(k).flatMap((g) => g.sections.map((s) => s.id)),
    );
    const levels: Record<string, Level> = narrow ? parseLevels(form, sectionIds) : {};
    const projects = form.getAll('projects').map(String).filter(Boolean);
    const readOnly = checked(form, 'readOnly');
    const cap = {
      ...(narrow && Object.keys(levels).length > 0 ? { levels } : {}),
      ...(projects.length > 0 ? { projects } : {}),
      ...(readOnly ? { readOnly } : {}),
    };
    try {
      const created = await locals.api.createToken(params.org, {
        name,
        ...(expiresInDays ? { expiresInDays } : {}),
        ...(Object.keys(cap).length > 0 ? { cap } : {}),
      });
      // The secret is shown once, in this answer only (R22).
      return { secret: created.secret, tokenName: created.token.name };
    } catch (err) {
      const f = formFailure(err, L, { name, days });
      return f;
    }
  },
  revoke: async ({ locals, params, request }) => {
    const id = String((await request.formData()).get('id') ?? '');
    try {
      await locals.api.revokeToken(params.org, id);
      return { revoked: true };
    } catch (err) {
      return formFailure(err, locals.locale);
    }
  },
  policy: async ({ locals, params, request }) => {
    const form = await request.formData();
    const maxTokenDays = Number(form.get('maxTokenDays'));
    const idle = String(form.get('idleDisableDays') ?? '').trim();
    const L = locals.locale;
    if (!Number.isInteger(maxTokenDays) || maxTokenDays < 1 || maxTokenDays > 365) {
      return fail(400, {
        message: '',
        code: 'validation_failed',
        fields: { maxTokenDays: translate(L, 'tokens.badDays') },
        values: {},
      });
    }
    try {
      await locals.api.setTokenPolicy(params.org, {
        maxTokenDays,
        requireExpiry: checked(form, 'requireExpiry'),
        idleDisableDays: idle ? Number(idle) : null,
      });
      return { policySaved: true };
    } catch (err) {
      return formFailure(err, L);
    }
  },
};
