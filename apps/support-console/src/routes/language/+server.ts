import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/messages';
import { safeNext } from '$lib/paths';
import { setLanguage } from '$lib/server/cookies';
import type { RequestHandler } from './$types';

/** Switches the language and remembers it (cookie), then goes back where the agent was. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const lang = form.get('lang');
  if (isLocale(lang)) setLanguage(cookies, url, lang);
  redirect(303, safeNext(form.get('next')));
};
