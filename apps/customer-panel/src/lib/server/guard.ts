import { redirect } from '@sveltejs/kit';

/** Pages behind sign-in: no session → sign-in (and back here after); pending factor → verify. */
export function requireSession(locals: App.Locals, url: URL) {
  const back = encodeURIComponent(url.pathname + url.search);
  if (!locals.sessionToken) redirect(303, `/signin?next=${back}`);
  if (locals.mfaPending) redirect(303, `/signin/verify?next=${back}`);
}
