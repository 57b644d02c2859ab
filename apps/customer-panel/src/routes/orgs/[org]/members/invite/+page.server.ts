import { fail } from '@sveltejs/kit';
import { parseScope } from '$lib/forms';
import { parseGrantForm } from '$lib/grant-form';
import { translate } from '$lib/i18n/messages';
import { formFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
  scopeKey: parseScope(url.searchParams.get('scope') ?? 'org')
    ? (url.searchParams.get('scope') ?? 'org')
    : 'org',
});

// R33: granting to an e-mail creates an invitation (single-use link, 7 days).
export const actions: Actions = {
  default: async ({ locals, params, request, url }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim();
    const scope = parseScope(url.searchParams.get('scope') ?? 'org') ?? { org: true as const };
    const parsed = parseGrantForm(form, scope);
    const fields: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      fields.email = translate(locals.locale, 'auth.invalidEmail');
    if (!parsed.ok)
      for (const [k, v] of Object.entries(parsed.errors))
        if (v) fields[k] = translate(locals.locale, v);
    if (!parsed.ok || Object.keys(fields).length > 0) {
      return fail(400, {
        message: '',
        code: 'validation_failed',
        fields,
        email,
        grantValues: parsed.values,
      });
    }
    try {
      const invitation = await locals.api.invite(params.org, { email, grants: [parsed.body] });
      return { invited: invitation.email };
    } catch (err) {
      const f = formFailure(err, locals.locale);
      return fail(f.status, { ...f.data, email, grantValues: parsed.values });
    }
  },
};
