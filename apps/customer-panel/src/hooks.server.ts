import type { Handle, HandleServerError } from '@sveltejs/kit';
import { apiFor } from '$lib/server/api';
import { LOCALE_COOKIE, MFA_PENDING_COOKIE, pickLocale, SESSION_COOKIE } from '$lib/server/session';

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE) ?? null;
  event.locals.sessionToken = token;
  event.locals.mfaPending = token !== null && event.cookies.get(MFA_PENDING_COOKIE) === '1';
  event.locals.locale = pickLocale(
    event.cookies.get(LOCALE_COOKIE),
    event.request.headers.get('accept-language'),
  );
  event.locals.api = apiFor(token);
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('<html lang="en">', `<html lang="${event.locals.locale}">`),
  });
  // The panel shows secrets (credentials, token secrets): never let a shared cache keep a page.
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Referrer-Policy', 'same-origin');
  return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error(error);
  return { message: status === 404 ? 'not_found' : 'internal_error' };
};
