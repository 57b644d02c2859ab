import type { ParamMatcher } from '@sveltejs/kit';

/** `projects` or `servers`: the two kinds of place a section lives in. */
export const match = ((param: string): param is 'projects' | 'servers' =>
  param === 'projects' || param === 'servers') satisfies ParamMatcher;
