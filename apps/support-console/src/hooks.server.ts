import { error, type Handle, redirect } from '@sveltejs/kit';
import { pickLocale } from '$lib/i18n/messages';
import { clearSession, isStaffToken, LANG_COOKIE, SESSION_COOKIE } from '$lib/server/cookies';
import { currentAgent } from '$lib/server/support';

/** Pages an agent reaches without a verified staff session. */
const isPublic = (path: string) =>
  path === '/signin' || path.startsWith('/signin/') || path === '/language';

export const handle: Handle = async ({ event, resolve }) => {
  const { cookies, url, request, locals } = event;
  locals.locale = pickLocale(cookies.get(LANG_COOKIE), request.headers.get('accept-language'));
  const raw = cookies.get(SESSION_COOKIE);
  // Only a support-realm session (`mss_…`) is ever sent: a customer session is refused here.
  locals.token = isStaffToken(raw) ? raw : null;
  locals.agent = null;
  if (raw && !locals.token) clearSession(cookies);

  if (locals.token) {
    const agent = await currentAgent(locals.token);
    if (agent.ok) locals.agent = agent.data;
    else if (agent.status === 401 || agent.status === 403) {
      clearSession(cookies);
      locals.token = null;
    } else if (!isPublic(url.pathname)) {
      // The API is down: say so rather than signing the agent out.
      error(503, { message: 'The Mandate API cannot be reached.', code: agent.code });
    }
  }
  if (!locals.agent && !isPublic(url.pathname)) {
    const back =
      url.pathname === '/' ? '' : `?next=${encodeURIComponent(url.pathname + url.search)}`;
    redirect(303, `/signin${back}`);
  }

  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('<html lang="en">', `<html lang="${locals.locale}">`),
  });
};
