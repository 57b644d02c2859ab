import type { GroupInfo, SectionInfo } from './types.js';

/** Display groups: how the panel and the console group the sections of §2. */
export const groups: GroupInfo[] = [
  { id: 'organization', scope: 'org', label: { en: 'Organization', fr: 'Organisation' } },
  { id: 'owner', scope: 'org', label: { en: 'Owner only', fr: 'Propriétaire uniquement' } },
  { id: 'cloud', scope: 'project', label: { en: 'Cloud and network', fr: 'Cloud et réseau' } },
  { id: 'web', scope: 'project', label: { en: 'Web', fr: 'Web' } },
  { id: 'mail', scope: 'project', label: { en: 'E-mail', fr: 'E-mails' } },
  { id: 'data', scope: 'project', label: { en: 'Databases', fr: 'Bases de données' } },
  { id: 'remote', scope: 'project', label: { en: 'Remote access', fr: 'Accès distant' } },
  { id: 'advanced', scope: 'project', label: { en: 'Advanced', fr: 'Avancé' } },
  { id: 'monitoring', scope: 'project', label: { en: 'Monitoring', fr: 'Suivi' } },
  {
    id: 'server',
    scope: 'server',
    label: { en: 'Server configuration', fr: 'Configuration du serveur' },
  },
];

type Row = [
  id: string,
  group: string,
  en: string,
  fr: string,
  flags?: { cred?: true; inv?: true; ownerOnly?: true; related?: string[] },
];

const orgRows: Row[] = [
  ['account_management', 'organization', 'Account management', 'Gestion des comptes'],
  ['billing', 'organization', 'Billing', 'Facturation'],
  ['members', 'organization', 'Members and permissions', 'Membres et permissions'],
  [
    'company_details',
    'owner',
    'Company details',
    "Coordonnées de l'entreprise",
    { ownerOnly: true },
  ],
  [
    'org_closure',
    'owner',
    'Close the organization',
    "Fermeture de l'organisation",
    { ownerOnly: true },
  ],
  [
    'authorization_log',
    'owner',
    'Authorization log',
    'Journal des autorisations',
    { ownerOnly: true },
  ],
  [
    'support_approvals',
    'owner',
    'Support approvals',
    'Approbations du support',
    { ownerOnly: true },
  ],
];

const projectRows: Row[] = [
  ['servers', 'cloud', 'Cloud servers', 'Serveurs cloud', { cred: true, related: ['ssh_keys'] }],
  ['ssh_keys', 'cloud', 'SSH keys', 'Clés SSH', { cred: true }],
  [
    'balancers',
    'cloud',
    'Load balancers',
    'Répartiteurs de charge',
    { related: ['ssl_certificates'] },
  ],
  ['networks', 'cloud', 'Private networks', 'Réseaux privés', { related: ['ip_addresses'] }],
  ['ip_addresses', 'cloud', 'IP addresses', 'Adresses IP', { inv: true }],
  ['sites', 'web', 'Sites', 'Sites'],
  ['domains', 'web', 'Domains', 'Domaines', { inv: true }],
  ['ssl_certificates', 'web', 'SSL certificates', 'Certificats SSL', { cred: true }],
  ['environment', 'web', 'Environment', 'Environnement'],
  ['statistics', 'web', 'Statistics', 'Statistiques'],
  ['emails', 'mail', 'E-mails', 'E-mails', { cred: true }],
  ['email_history', 'mail', 'Sent e-mail history', 'Historique des e-mails envoyés'],
  ['databases', 'data', 'Databases', 'Bases de données', { cred: true }],
  ['ftp', 'remote', 'FTP', 'FTP', { cred: true }],
  ['ssh', 'remote', 'SSH', 'SSH', { cred: true }],
  ['webdav', 'remote', 'WebDAV', 'WebDAV', { cred: true }],
  ['processes', 'advanced', 'Processes', 'Processus'],
  ['migrations', 'advanced', 'Migrations', 'Migrations'],
  ['scheduled_tasks', 'advanced', 'Scheduled tasks', 'Tâches planifiées'],
  ['backups', 'advanced', 'Backups', 'Sauvegardes'],
  ['services', 'advanced', 'Services', 'Services'],
  ['consumption', 'monitoring', 'Consumption', 'Consommation'],
  ['resources', 'monitoring', 'Resources', 'Ressources'],
  ['technical_contact', 'monitoring', 'Technical contact', 'Contact technique'],
];

const serverRows: Row[] = [
  ['server_technical_contact', 'server', 'Technical contact', 'Contact technique'],
  ['server_ssh_keys', 'server', 'SSH users', 'Utilisateurs SSH', { cred: true }],
  ['firewall', 'server', 'Firewall rules', 'Règles firewall'],
  ['smtp', 'server', 'SMTP configuration', 'Configuration SMTP'],
  ['database_users', 'server', 'Database users', 'Utilisateurs base de données', { cred: true }],
  ['ssl_config', 'server', 'SSL configuration', 'Configuration SSL'],
  ['http_config', 'server', 'HTTP configuration', 'Configuration HTTP'],
  ['server_consumption', 'server', 'Consumption', 'Consommation'],
  ['server_resources', 'server', 'Resources', 'Ressources'],
  ['server_migrations', 'server', 'Migrations', 'Migrations'],
];

const toInfo =
  (scope: SectionInfo['scope']) =>
  ([id, group, en, fr, flags = {}]: Row): SectionInfo => ({
    id,
    scope,
    cred: flags.cred ?? false,
    inv: flags.inv ?? false,
    ownerOnly: flags.ownerOnly ?? false,
    related: flags.related ?? [],
    group,
    label: { en, fr },
  });

/** Every section of SPEC §2, in display order: the only list of sections in the repository. */
export const sections: SectionInfo[] = [
  ...orgRows.map(toInfo('org')),
  ...projectRows.map(toInfo('project')),
  ...serverRows.map(toInfo('server')),
];
