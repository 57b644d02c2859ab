import type { Cookies } from '@sveltejs/kit';

/** The staff session (`mss_…`): password and second factor were both checked by the API. */
export const SESSION_COOKIE = 'mss_session';
/** The remembered language. */
export const LANG_COOKIE = 'lang';

// Secure only over HTTPS: the console is also served on plain http://127.0.0.1 (ORIGIN).
const base = (url: URL) =>
  ({ path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' }) as const;

/**
 * Only staff sessions are accepted: the support realm's tokens start with `mss_`. A customer
 * session or an API token put in the cookie is refused before it reaches the API.
 */
export const isStaffToken = (value: string | undefined): value is string =>
  typeof value === 'string' && /^mss_[A-Za-z0-9_-]{16,}$/.test(value);

export const setSession = (cookies: Cookies, url: URL, token: string) => {
  cookies.set(SESSION_COOKIE, token, { ...base(url), maxAge: 60 * 60 * 12 });
};

export const clearSession = (cookies: Cookies) => {
  cookies.delete(SESSION_COOKIE, { path: '/' });
};

export const setLanguage = (cookies: Cookies, url: URL, locale: string) =>
  cookies.set(LANG_COOKIE, locale, { ...base(url), maxAge: 60 * 60 * 24 * 365 });
