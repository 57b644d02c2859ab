import { reasons } from './reasons.js';
import { roles } from './roles.js';
import { groups, sections } from './sections.js';
import type { Action, Catalog, Level, RoleId, RoleInfo, SectionInfo } from './types.js';

/** Levels in ascending order. */
export const levels = ['none', 'read', 'manage'] as const satisfies readonly Level[];
/** Every action of SPEC §4. */
export const actions = [
  'view',
  'view_credentials',
  'create',
  'update',
  'delete',
  'purchase',
] as const satisfies readonly Action[];

/**
 * Sections, roles, groups and reason codes with English and French labels.
 * @example catalog.sections.find((s) => s.id === 'databases')?.label.fr // 'Bases de données'
 */
export const catalog: Catalog = { sections, roles, reasons, groups, levels, actions };

const sectionById = new Map(sections.map((s) => [s.id, s]));
const roleById = new Map(roles.map((r) => [r.id, r]));

/** @example sectionInfo('databases')?.cred // true */
export const sectionInfo = (id: string): SectionInfo | undefined => sectionById.get(id);
/** @example roleInfo('hosting_stats')?.levels // { statistics: 'read' } */
export const roleInfo = (id: string): RoleInfo | undefined => roleById.get(id as RoleId);
/** @example isLevel('manage') // true */
export const isLevel = (value: unknown): value is Level =>
  value === 'none' || value === 'read' || value === 'manage';
/** @example isAction('purchase') // true */
export const isAction = (value: unknown): value is Action => {
  switch (value) {
    case 'view':
    case 'view_credentials':
    case 'create':
    case 'update':
    case 'delete':
    case 'purchase':
      return true;
    default:
      return false;
  }
};
/** @example reasonLabel('level_too_low', 'fr') // 'Votre niveau d’accès ici ne permet pas cette action.' */
export const reasonLabel = (code: string, lang: 'en' | 'fr'): string =>
  (reasons as Record<string, { en: string; fr: string }>)[code]?.[lang] ?? code;
