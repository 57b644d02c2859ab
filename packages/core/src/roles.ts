import { sections } from './sections.js';
import type { Level, RoleInfo } from './types.js';

const manageAll = (ids: string[]): Record<string, Level> =>
  Object.fromEntries(ids.map((id) => [id, 'manage' as const]));

const nonOwnerOnly = sections.filter((s) => !s.ownerOnly).map((s) => s.id);
const projectSections = sections.filter((s) => s.scope === 'project').map((s) => s.id);

/** R3: named presets of levels. */
export const roles: RoleInfo[] = [
  {
    id: 'customer_admin',
    scope: 'org',
    levels: manageAll(nonOwnerOnly),
    label: { en: 'Customer admin', fr: 'Administrateur client' },
  },
  {
    id: 'customer_manager',
    scope: 'org',
    levels: manageAll(['billing', 'account_management']),
    label: { en: 'Customer manager', fr: 'Gestionnaire client' },
  },
  {
    id: 'customer_domain',
    scope: 'org',
    levels: manageAll(['domains']),
    purchase: true,
    label: { en: 'Domains', fr: 'Domaines' },
  },
  {
    id: 'hosting_admin',
    scope: 'project',
    levels: manageAll([...projectSections, 'members']),
    label: { en: 'Hosting admin', fr: 'Administrateur hébergement' },
  },
  {
    id: 'hosting_web',
    scope: 'project',
    levels: manageAll([
      'sites',
      'domains',
      'databases',
      'ftp',
      'ssh',
      'webdav',
      'environment',
      'processes',
      'ssl_certificates',
      'scheduled_tasks',
      'backups',
      'services',
      'statistics',
      'consumption',
    ]),
    label: { en: 'Web', fr: 'Web' },
  },
  {
    id: 'hosting_mail',
    scope: 'project',
    levels: manageAll(['emails', 'email_history']),
    label: { en: 'Mail', fr: 'E-mail' },
  },
  {
    id: 'hosting_stats',
    scope: 'project',
    levels: { statistics: 'read' },
    label: { en: 'Statistics', fr: 'Statistiques' },
  },
];
