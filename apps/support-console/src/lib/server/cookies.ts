import type { Cookies } from '@sveltejs/kit';

/** The staff session, once its second factor is verified. */
export const SESSION_COOKIE = 'mss_session';
/** The staff session between the password and the second factor (short-lived). */
export const PENDING_COOKIE = 'mss_pending';
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
  typeof value === 'string' && /^mss_[A-Za-z0-9_-]{8,}$/.test(value);

export const setSession = (cookies: Cookies, url: URL, token: string) => {
  cookies.delete(PENDING_COOKIE, { path: '/' });
  cookies.set(SESSION_COOKIE, token, { ...base(url), maxAge: 60 * 60 * 12 });
};

export const setPending = (cookies: Cookies, url: URL, token: string) =>
  cookies.set(PENDING_COOKIE, token, { ...base(url), maxAge: 60 * 5 });

export const clearSession = (cookies: Cookies) => {
  cookies.delete(SESSION_COOKIE, { path: '/' });
  cookies.delete(PENDING_COOKIE, { path: '/' });
};

export const setLanguage = (cookies: Cookies, url: URL, locale: string) =>
  cookies.set(LANG_COOKIE, locale, { ...base(url), maxAge: 60 * 60 * 24 * 365 });
