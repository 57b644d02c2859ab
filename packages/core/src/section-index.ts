import { sections } from './sections.js';
import type { Level, SectionInfo } from './types.js';

/** Levels as small integers so the hot path compares numbers: none 0, read 1, manage 2. */
export const NONE = 0;
export const READ = 1;
export const MANAGE = 2;
export const LEVEL_NAMES: readonly Level[] = ['none', 'read', 'manage'];
export const rankOf = (level: Level): number => (level === 'manage' ? 2 : level === 'read' ? 1 : 0);

export const SECTION_COUNT = sections.length;
export const SECTIONS: readonly SectionInfo[] = sections;
export const sectionIndex = new Map<string, number>(sections.map((s, i) => [s.id, i]));
const indexOf = (id: string): number => sectionIndex.get(id)!;
export const BILLING = indexOf('billing');
export const MEMBERS = indexOf('members');
export const DOMAINS = indexOf('domains');

/** R6: index of each section -> indexes of the sections that follow it (never transitive). */
export const RELATED: readonly number[][] = sections.map((s) => s.related.map(indexOf));

/** R6 applied once to a level vector; `src` itself when no named section has followers. */
export const withRelated = (src: Uint8Array): Uint8Array => {
  let out = src;
  for (let s = 0; s < SECTION_COUNT; s++) {
    const level = src[s]!;
    if (level === NONE || RELATED[s]!.length === 0) continue;
    if (out === src) out = Uint8Array.from(src);
    for (const r of RELATED[s]!) if (out[r]! < level) out[r] = level;
  }
  return out;
};
