import type { Cookies } from '@sveltejs/kit';

/**
 * The approval requests this agent sent recently, so a cell can show their live state.
 * Only ids are kept (httpOnly cookie); every state shown is read from the API.
 */
const COOKIE = 'mss_approvals';
const MAX = 30;

export interface Remembered {
  id: string;
  org: string;
  user: string;
}

export const readRemembered = (cookies: Cookies): Remembered[] => {
  try {
    const raw = JSON.parse(cookies.get(COOKIE) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (r): r is Remembered =>
        typeof r?.id === 'string' && typeof r?.org === 'string' && typeof r?.user === 'string',
    );
  } catch {
    return [];
  }
};

export const remember = (cookies: Cookies, url: URL, entry: Remembered) => {
  const list = [entry, ...readRemembered(cookies).filter((r) => r.id !== entry.id)].slice(0, MAX);
  cookies.set(COOKIE, JSON.stringify(list), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    maxAge: 60 * 60 * 24 * 2,
  });
};
