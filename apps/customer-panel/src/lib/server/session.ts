import type { Cookies } from '@sveltejs/kit';
import { isLocale, type Locale } from '$lib/i18n/messages';

/** The API session token (bearer). httpOnly: page JavaScript never sees it. */
export const SESSION_COOKIE = 'mandate_session';
/** Set while a signed-in session still owes its second factor (not a secret). */
export const MFA_PENDING_COOKIE = 'mandate_mfa_pending';
/** The chosen language, remembered across visits (also saved on the profile). */
export const LOCALE_COOKIE = 'mandate_locale';

const base = (secure: boolean) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure,
});

export function setSession(
  cookies: Cookies,
  token: string,
  { mfaPending, secure }: { mfaPending: boolean; secure: boolean },
) {
  // A session cookie (no maxAge): the API decides how long the session itself lives.
  cookies.set(SESSION_COOKIE, token, base(secure));
  if (mfaPending) cookies.set(MFA_PENDING_COOKIE, '1', base(secure));
  else cookies.delete(MFA_PENDING_COOKIE, { path: '/' });
}

export function clearSession(cookies: Cookies) {
  cookies.delete(SESSION_COOKIE, { path: '/' });
  cookies.delete(MFA_PENDING_COOKIE, { path: '/' });
}

export function setLocaleCookie(cookies: Cookies, locale: Locale, secure: boolean) {
  cookies.set(LOCALE_COOKIE, locale, { ...base(secure), maxAge: 60 * 60 * 24 * 365 });
}

/** The locale from the cookie, else the browser's preference, else English. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const lang = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(lang)) return lang;
  }
  return 'en';
}

/** Only same-site relative paths may be redirected to after sign-in. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
    return fallback;
  return target;
}
