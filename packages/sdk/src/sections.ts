import { catalog } from '@mandate/core';
import type { components } from './schema.js';

/**
 * Every section id of the catalog, in display order (SPEC §2). The API validates section ids at
 * run time; this list is what a client iterates to render a permission matrix.
 *
 * @example
 * for (const id of sectionIds) console.log(id, sectionInfo(id)?.label.fr);
 */
export const sectionIds: readonly SectionId[] = Object.freeze(
  catalog.sections.map((s) => s.id as SectionId),
);

/** A section id as the API and `@mandate/core` spell it (`'databases'`, `'billing'`, …). */
export type SectionId = components['schemas']['SectionId'];
