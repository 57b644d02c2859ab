import { fail } from '@sveltejs/kit';
import { openTicket } from '$lib/server/support';
import type { Actions } from './$types';

export const actions: Actions = {
  /** R44: a ticket about a project or server alerts its technical contacts. */
  default: async ({ request, locals, params }) => {
    const form = await request.formData();
    const about = String(form.get('about') ?? '');
    const subject = String(form.get('subject') ?? '').trim();
    const [kind, id] = about.split(':', 2);
    if ((kind !== 'project' && kind !== 'server') || !id) {
      return fail(400, { about, subject, error: 'chooseTarget' as const, detail: '' });
    }
    if (!subject)
      return fail(400, { about, subject, error: 'subjectRequired' as const, detail: '' });
    const result = await openTicket(locals.token ?? '', params.org, {
      ...(kind === 'project' ? { project: id } : { server: id }),
      subject,
      user: params.user,
    });
    if (!result.ok) {
      return fail(result.status >= 500 ? 503 : 400, {
        about,
        subject,
        error: 'refused' as const,
        detail: result.detail,
      });
    }
    return { opened: true as const, ticket: result.data };
  },
};
