/**
 * A same-origin path to go back to, or `/`. Refuses absolute and protocol-relative URLs so a
 * crafted `next` cannot send the agent to another site.
 * @example safeNext('/case/org_1/usr_2?mfa=yes') // '/case/org_1/usr_2?mfa=yes'
 * @example safeNext('//evil.example') // '/'
 */
export const safeNext = (value: unknown): string =>
  typeof value === 'string' &&
  value.startsWith('/') &&
  !value.startsWith('//') &&
  !value.includes('\\')
    ? value
    : '/';

/** Where the target of a cell is: the organization, one project or one server. */
export interface PlaceRef {
  kind: 'org' | 'project' | 'server';
  id?: string;
}

/**
 * The URL of a support case: organization, requester, and whether the request came with a
 * second factor (R42). The factor travels in every link so no screen forgets it.
 * @example caseHref('org_1', 'usr_2', true, '/cell', { section: 'databases', project: 'prj_3' })
 */
export const caseHref = (
  org: string,
  user: string,
  mfa: boolean,
  sub = '',
  params: Record<string, string | undefined> = {},
): string => {
  const q = new URLSearchParams();
  q.set('mfa', mfa ? 'yes' : 'no');
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  return `/case/${encodeURIComponent(org)}/${encodeURIComponent(user)}${sub}?${q}`;
};

/** Reads the declared second factor of the request; anything but `yes` is no (fail closed). */
export const readMfa = (url: URL): boolean => url.searchParams.get('mfa') === 'yes';
