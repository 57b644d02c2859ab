/**
 * The panel's one message catalog: every UI string in English and French. Section, role,
 * group and reason labels are NOT here: they come from `catalog` of @mandate/core.
 */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

type Entry = Record<Locale, string>;

export const messages = {
  'app.name': { en: 'Mandate', fr: 'Mandate' },
  'app.tagline': {
    en: 'Your hosting control panel',
    fr: 'Votre panneau de gestion d’hébergement',
  },
  'app.skip': { en: 'Skip to content', fr: 'Aller au contenu' },
  'app.language': { en: 'Language', fr: 'Langue' },
  'app.switchTo': { en: 'Français', fr: 'English' },
  'app.loading': { en: 'Loading…', fr: 'Chargement…' },
  'app.working': { en: 'Working…', fr: 'En cours…' },
  'app.save': { en: 'Save', fr: 'Enregistrer' },
  'app.cancel': { en: 'Cancel', fr: 'Annuler' },
  'app.back': { en: 'Back', fr: 'Retour' },
  'app.delete': { en: 'Delete', fr: 'Supprimer' },
  'app.edit': { en: 'Edit', fr: 'Modifier' },
  'app.create': { en: 'Create', fr: 'Créer' },
  'app.close': { en: 'Close', fr: 'Fermer' },
  'app.copy': { en: 'Copy', fr: 'Copier' },
  'app.copied': { en: 'Copied', fr: 'Copié' },
  'app.never': { en: 'Never', fr: 'Jamais' },
  'app.none': { en: '—', fr: '—' },
  'app.yes': { en: 'Yes', fr: 'Oui' },
  'app.no': { en: 'No', fr: 'Non' },
  'app.mainNav': { en: 'Main', fr: 'Principal' },
  'app.account': { en: 'Account', fr: 'Compte' },
  'app.security': { en: 'Security', fr: 'Sécurité' },
  'app.notFound': { en: 'Page not found.', fr: 'Page introuvable.' },
  'app.error': { en: 'Something went wrong.', fr: 'Une erreur est survenue.' },
  'app.errorTitle': { en: 'Error', fr: 'Erreur' },
  'app.home': { en: 'Home', fr: 'Accueil' },
  'app.apiDown': {
    en: 'The service is unreachable. Try again in a moment.',
    fr: 'Le service est injoignable. Réessayez dans un instant.',
  },

  'level.none': { en: 'None', fr: 'Aucun' },
  'level.read': { en: 'Read', fr: 'Lecture' },
  'level.manage': { en: 'Manage', fr: 'Gestion' },

  'orgs.title': { en: 'Your organizations', fr: 'Vos organisations' },
  'orgs.empty': {
    en: 'You do not belong to any organization yet. Create one, or open the invitation link you received.',
    fr: 'Vous n’appartenez encore à aucune organisation. Créez-en une, ou ouvrez le lien d’invitation reçu.',
  },
  'orgs.owner': { en: 'Owner', fr: 'Propriétaire' },
  'orgs.member': { en: 'Member', fr: 'Membre' },
  'orgs.closed': { en: 'Closed', fr: 'Fermée' },
  'orgs.create': { en: 'Create an organization', fr: 'Créer une organisation' },
  'orgs.name': { en: 'Organization name', fr: 'Nom de l’organisation' },
  'orgs.switch': { en: 'Organization', fr: 'Organisation' },
  'orgs.go': { en: 'Go', fr: 'Ouvrir' },
  'orgs.all': { en: 'All organizations', fr: 'Toutes les organisations' },

  'nav.menu': { en: 'Menu', fr: 'Menu' },
  'nav.dashboard': { en: 'Dashboard', fr: 'Tableau de bord' },
  'nav.serverStatus': { en: 'Server status', fr: 'État des serveurs' },
  'nav.configuration': { en: 'Configuration', fr: 'Configuration' },
  'nav.noProjects': { en: 'No project yet', fr: 'Aucun projet' },
  'nav.noServers': { en: 'No server yet', fr: 'Aucun serveur' },
  'nav.organization': { en: 'Organization', fr: 'Organisation' },
  'nav.tokens': { en: 'API tokens', fr: 'Jetons d’API' },
  'nav.myPermissions': { en: 'My permissions', fr: 'Mes permissions' },
  'nav.owner': { en: 'Owner', fr: 'Propriétaire' },
  'nav.approvals': { en: 'Support approvals', fr: 'Approbations du support' },
  'nav.supportLog': { en: 'Support transparency log', fr: 'Journal de transparence du support' },
  'nav.audit': { en: 'Audit log', fr: 'Journal d’audit' },
  'nav.company': { en: 'Company details', fr: 'Coordonnées de l’entreprise' },
  'nav.close': { en: 'Close organization', fr: 'Fermer l’organisation' },

  'dash.closed': { en: 'This organization is closed.', fr: 'Cette organisation est fermée.' },
  'dash.nothing': {
    en: 'You have no access to any project or server here yet.',
    fr: 'Vous n’avez encore accès à aucun projet ni serveur ici.',
  },
  'dash.noSections': { en: 'Nothing here yet.', fr: 'Rien pour le moment.' },
  'dash.open': { en: 'Open a project or a server', fr: 'Ouvrir un projet ou un serveur' },
  'dash.projectName': { en: 'Project name', fr: 'Nom du projet' },
  'dash.serverName': { en: 'Server name', fr: 'Nom du serveur' },
  'dash.newProject': { en: 'New project', fr: 'Nouveau projet' },
  'dash.newServer': { en: 'New server', fr: 'Nouveau serveur' },

  'place.project': { en: 'Project', fr: 'Projet' },
  'place.server': { en: 'Server', fr: 'Serveur' },
  'place.credentials': { en: 'Passwords visible', fr: 'Mots de passe visibles' },

  'svc.empty': { en: 'Nothing here yet.', fr: 'Rien ici pour le moment.' },
  'svc.name': { en: 'Name', fr: 'Nom' },
  'svc.created': { en: 'Created', fr: 'Créé le' },
  'svc.new': { en: 'Add one', fr: 'Ajouter' },
  'svc.secret': { en: 'Password or key', fr: 'Mot de passe ou clé' },
  'svc.secretHint': {
    en: 'Stored encrypted; people with read access here can reveal it.',
    fr: 'Stocké chiffré ; les personnes ayant la lecture ici peuvent l’afficher.',
  },
  'svc.newSecret': { en: 'New password or key', fr: 'Nouveau mot de passe ou clé' },
  'svc.newSecretHint': {
    en: 'Leave empty to keep the current one.',
    fr: 'Laissez vide pour garder l’actuel.',
  },
  'svc.secretHidden': { en: 'Hidden', fr: 'Masqué' },
  'svc.noSecret': { en: 'None set', fr: 'Aucun' },
  'svc.masked': { en: 'Hidden value', fr: 'Valeur masquée' },
  'svc.reveal': { en: 'Reveal', fr: 'Afficher' },
  'svc.details': { en: 'Details', fr: 'Détails' },
  'svc.section': { en: 'Section', fr: 'Section' },
  'svc.edit': { en: 'Edit', fr: 'Modifier' },
  'svc.created.ok': { en: 'Created.', fr: 'Créé.' },
  'svc.updated': { en: 'Saved.', fr: 'Enregistré.' },
  'svc.deleted': { en: 'Deleted.', fr: 'Supprimé.' },
  'svc.deleteTitle': { en: 'Delete', fr: 'Supprimer' },
  'svc.deleteConfirm': {
    en: 'Yes, delete {name} for good.',
    fr: 'Oui, supprimer {name} définitivement.',
  },
  'svc.purchase': { en: 'Buy', fr: 'Acheter' },
  'svc.purchaseHint': {
    en: 'The price is taken from the organization’s balance.',
    fr: 'Le prix est prélevé sur le solde de l’organisation.',
  },
  'svc.domainName': { en: 'Domain name', fr: 'Nom de domaine' },
  'svc.purchaseKind': { en: 'What to buy', fr: 'Type d’achat' },
  'svc.kind.register': { en: 'Register', fr: 'Enregistrer' },
  'svc.kind.renew': { en: 'Renew', fr: 'Renouveler' },
  'svc.kind.transfer': { en: 'Transfer', fr: 'Transférer' },
  'svc.kind.rent': { en: 'Rent', fr: 'Louer' },
  'svc.buy': { en: 'Buy', fr: 'Acheter' },

  'error.insufficient_balance': {
    en: 'The organization’s balance is too low for this. Ask someone who manages billing to top it up.',
    fr: 'Le solde de l’organisation est insuffisant. Demandez à une personne qui gère la facturation de le créditer.',
  },
  'error.precondition_failed': {
    en: 'Someone else changed this while you were editing. Nothing was saved: the form now shows the current version.',
    fr: 'Quelqu’un d’autre a modifié ceci pendant votre saisie. Rien n’a été enregistré : le formulaire affiche la version actuelle.',
  },
  'error.not_found': { en: 'Not found.', fr: 'Introuvable.' },
  'error.forbidden': { en: 'You may not do this.', fr: 'Vous ne pouvez pas faire cela.' },
  'error.rate_limited': {
    en: 'Too many attempts. Wait a moment and try again.',
    fr: 'Trop de tentatives. Patientez un instant puis réessayez.',
  },
  'error.validation_failed': {
    en: 'Some fields need attention.',
    fr: 'Certains champs sont à corriger.',
  },
  'error.organization_closed': {
    en: 'This organization is closed.',
    fr: 'Cette organisation est fermée.',
  },
  'error.conflict': {
    en: 'This conflicts with the current state.',
    fr: 'Cela entre en conflit avec l’état actuel.',
  },
  'error.second_factor_required': {
    en: 'Finish signing in with your second factor.',
    fr: 'Terminez la connexion avec votre second facteur.',
  },
  'error.invalid_totp': { en: 'This code is not valid.', fr: 'Ce code n’est pas valide.' },
  'error.mfa_already_enabled': {
    en: 'Two-factor authentication is already on.',
    fr: 'La double authentification est déjà activée.',
  },
  'error.email_taken': {
    en: 'An account with this e-mail already exists.',
    fr: 'Un compte existe déjà avec cet e-mail.',
  },

  'members.title': { en: 'Members and teams', fr: 'Membres et équipes' },
  'members.invite': { en: 'Invite someone', fr: 'Inviter quelqu’un' },
  'members.sendInvite': { en: 'Send the invitation', fr: 'Envoyer l’invitation' },
  'members.saved': { en: 'Saved.', fr: 'Enregistré.' },
  'members.people': { en: 'People', fr: 'Personnes' },
  'members.noPeople': { en: 'No member yet.', fr: 'Aucun membre pour le moment.' },
  'members.teams': { en: 'Teams', fr: 'Équipes' },
  'members.noTeams': { en: 'No team yet.', fr: 'Aucune équipe pour le moment.' },
  'members.teamEmpty': { en: 'Nobody in this team yet.', fr: 'Personne dans cette équipe.' },
  'members.newTeam': { en: 'New team name', fr: 'Nom de la nouvelle équipe' },
  'members.addToTeam': { en: 'Add to team', fr: 'Ajouter à l’équipe' },
  'members.removeFromTeam': { en: 'Remove', fr: 'Retirer' },
  'members.actions': { en: 'Actions', fr: 'Actions' },
  'members.permissions': { en: 'Permissions', fr: 'Permissions' },
  'members.remove': { en: 'Remove', fr: 'Retirer' },
  'members.pending': { en: 'Pending invitations', fr: 'Invitations en attente' },
  'members.noPending': { en: 'No pending invitation.', fr: 'Aucune invitation en attente.' },
  'members.expires': { en: 'Expires', fr: 'Expire le' },
  'members.cancelInvite': { en: 'Withdraw', fr: 'Retirer' },
  'invite.sent': { en: 'Invitation sent to {email}.', fr: 'Invitation envoyée à {email}.' },

  'grant.title': { en: 'Permissions of {name}', fr: 'Permissions de {name}' },
  'grant.scope': { en: 'Where', fr: 'Où' },
  'grant.hasGrant': { en: 'has permissions', fr: 'a des permissions' },
  'grant.editing': {
    en: 'Current permissions for {where}.',
    fr: 'Permissions actuelles pour {where}.',
  },
  'grant.none': {
    en: 'No permission for {where} yet: choose what to give.',
    fr: 'Aucune permission pour {where} : choisissez ce qu’il faut donner.',
  },
  'grant.kind': { en: 'Kind of permission', fr: 'Type de permission' },
  'grant.custom': { en: 'Choose section by section', fr: 'Choisir section par section' },
  'grant.preset': { en: 'Use a role', fr: 'Utiliser un rôle' },
  'grant.role': { en: 'Role', fr: 'Rôle' },
  'grant.chooseRole': { en: 'Choose a role…', fr: 'Choisissez un rôle…' },
  'grant.pickRole': { en: 'Choose a role.', fr: 'Choisissez un rôle.' },
  'grant.pickLevel': {
    en: 'Give at least one section a level above None.',
    fr: 'Donnez au moins à une section un niveau supérieur à Aucun.',
  },
  'grant.badDate': {
    en: 'Enter a valid date and time.',
    fr: 'Saisissez une date et une heure valides.',
  },
  'grant.pastDate': {
    en: 'The expiry must be in the future.',
    fr: 'L’expiration doit être dans le futur.',
  },
  'grant.cred': { en: 'passwords', fr: 'mots de passe' },
  'grant.credTitle': {
    en: 'Read access here shows passwords and keys',
    fr: 'La lecture ici affiche mots de passe et clés',
  },
  'grant.notYours': {
    en: 'You cannot give a level you do not hold yourself',
    fr: 'Vous ne pouvez pas donner un niveau que vous n’avez pas',
  },
  'grant.conditions': { en: 'Conditions', fr: 'Conditions' },
  'grant.requireMfa': { en: 'Require a second factor', fr: 'Exiger un second facteur' },
  'grant.requireMfaHint': {
    en: 'The permission counts only in sessions that passed two-factor authentication.',
    fr: 'La permission ne compte que dans les sessions ayant validé la double authentification.',
  },
  'grant.expiresAt': { en: 'Expires (UTC)', fr: 'Expire (UTC)' },
  'grant.expiresHint': {
    en: 'Leave empty for no expiry. Useful for contractors.',
    fr: 'Laissez vide pour aucune expiration. Utile pour des prestataires.',
  },
  'grant.note': { en: 'Note (optional)', fr: 'Note (facultative)' },
  'grant.preview': { en: 'Preview changes', fr: 'Prévisualiser' },
  'grant.save': { en: 'Save these permissions', fr: 'Enregistrer ces permissions' },
  'grant.previewTitle': { en: 'What changes', fr: 'Ce qui change' },
  'grant.previewReady': {
    en: 'Nothing is saved yet. Check the changes, then save.',
    fr: 'Rien n’est encore enregistré. Vérifiez les changements, puis enregistrez.',
  },
  'grant.credWarning': {
    en: 'Careful: with this, the person can see passwords and keys in these sections.',
    fr: 'Attention : avec ceci, la personne voit les mots de passe et clés de ces sections.',
  },
  'grant.noChange': { en: 'This changes nothing.', fr: 'Cela ne change rien.' },
  'grant.before': { en: 'Before', fr: 'Avant' },
  'grant.after': { en: 'After', fr: 'Après' },
  'grant.change': { en: 'Change', fr: 'Changement' },
  'grant.gains': { en: 'gains', fr: 'gagne' },
  'grant.loses': { en: 'loses', fr: 'perd' },
  'grant.saved': { en: 'Permissions saved.', fr: 'Permissions enregistrées.' },
  'grant.revoked': { en: 'Permission removed.', fr: 'Permission retirée.' },
  'grant.revokeTitle': { en: 'Remove this permission', fr: 'Retirer cette permission' },
  'grant.revokeText': {
    en: '{name} loses everything this permission gives at {where}.',
    fr: '{name} perd tout ce que cette permission donne pour {where}.',
  },
  'grant.revoke': { en: 'Remove', fr: 'Retirer' },

  'card.title': { en: 'Permissions card', fr: 'Fiche des permissions' },
  'card.org': { en: 'Whole organization', fr: 'Toute l’organisation' },
  'card.team': { en: 'Team', fr: 'Équipe' },
  'card.who': { en: 'Who', fr: 'Qui' },
  'card.via': { en: 'Through', fr: 'Par' },
  'card.direct': { en: 'Direct', fr: 'Directe' },
  'card.where': { en: 'Where', fr: 'Où' },
  'card.what': { en: 'What', fr: 'Quoi' },
  'card.mfa': { en: 'Second factor', fr: 'Second facteur' },
  'card.why': { en: 'why?', fr: 'pourquoi ?' },
  'card.whyTitle': { en: '{name} on {section}', fr: '{name} sur {section}' },
  'card.fromGrants': { en: 'From permissions: {ids}', fr: 'Issu des permissions : {ids}' },
  'card.empty': { en: 'No permission applies here.', fr: 'Aucune permission ne s’applique ici.' },

  'action.view': { en: 'View', fr: 'Consulter' },
  'action.create': { en: 'Create', fr: 'Créer' },
  'action.update': { en: 'Change', fr: 'Modifier' },

  'tokens.intro': {
    en: 'A token acts as you in this organization, never with more than you hold now.',
    fr: 'Un jeton agit en votre nom dans cette organisation, jamais avec plus que ce que vous détenez.',
  },
  'tokens.created': { en: 'Token “{name}” created', fr: 'Jeton « {name} » créé' },
  'tokens.once': {
    en: 'Copy the secret now: it will not be shown again.',
    fr: 'Copiez le secret maintenant : il ne sera plus affiché.',
  },
  'tokens.revoked': { en: 'Token revoked.', fr: 'Jeton révoqué.' },
  'tokens.mine': { en: 'My tokens', fr: 'Mes jetons' },
  'tokens.empty': { en: 'You have no token here.', fr: 'Vous n’avez aucun jeton ici.' },
  'tokens.prefix': { en: 'Starts with', fr: 'Commence par' },
  'tokens.lastUsed': { en: 'Last used', fr: 'Dernière utilisation' },
  'tokens.limits': { en: 'Limits', fr: 'Limites' },
  'tokens.readOnly': { en: 'read-only', fr: 'lecture seule' },
  'tokens.sections': { en: '{n} sections', fr: '{n} sections' },
  'tokens.projects': { en: '{n} projects', fr: '{n} projets' },
  'tokens.full': { en: 'Same as you', fr: 'Comme vous' },
  'tokens.revoke': { en: 'Revoke', fr: 'Révoquer' },
  'tokens.new': { en: 'New token', fr: 'Nouveau jeton' },
  'tokens.create': { en: 'Create the token', fr: 'Créer le jeton' },
  'tokens.days': { en: 'Expires after (days)', fr: 'Expire après (jours)' },
  'tokens.daysHint': {
    en: 'Empty: 90 days. At most {max} days.',
    fr: 'Vide : 90 jours. Au plus {max} jours.',
  },
  'tokens.badDays': { en: 'Between 1 and 365 days.', fr: 'Entre 1 et 365 jours.' },
  'tokens.narrowing': { en: 'Narrow it (optional)', fr: 'Restreindre (facultatif)' },
  'tokens.readOnlyLabel': { en: 'Read-only', fr: 'Lecture seule' },
  'tokens.onlyProjects': { en: 'Only these projects:', fr: 'Seulement ces projets :' },
  'tokens.narrowSections': { en: 'Only some sections', fr: 'Seulement certaines sections' },
  'tokens.policy': {
    en: 'Token policy of the organization',
    fr: 'Règles des jetons de l’organisation',
  },
  'tokens.maxDays': { en: 'Maximum lifetime (days)', fr: 'Durée de vie maximale (jours)' },
  'tokens.requireExpiry': { en: 'Every token must expire', fr: 'Chaque jeton doit expirer' },
  'tokens.idleDays': { en: 'Disable after days unused', fr: 'Désactiver après jours sans usage' },
  'tokens.idleHint': { en: 'Empty: never.', fr: 'Vide : jamais.' },

  'me.intro': {
    en: 'What you hold in {org}, place by place.',
    fr: 'Ce que vous détenez dans {org}, lieu par lieu.',
  },
  'me.nothing': { en: 'You hold nothing here.', fr: 'Vous ne détenez rien ici.' },
  'me.level': { en: 'Level', fr: 'Niveau' },
  'me.renounceTitle': { en: 'Leave this organization', fr: 'Quitter cette organisation' },
  'me.renounceText': {
    en: 'Renounce everything you hold in {org} in one step: all your permissions, your team memberships there and your API tokens for it. Only the owner can give them back.',
    fr: 'Renoncez en une fois à tout ce que vous détenez dans {org} : vos permissions, vos équipes et vos jetons d’API. Seul le propriétaire peut vous les redonner.',
  },
  'me.renounceConfirm': {
    en: 'I understand I lose all access to {org}.',
    fr: 'Je comprends que je perds tout accès à {org}.',
  },
  'me.confirmNeeded': { en: 'Tick the box to confirm.', fr: 'Cochez la case pour confirmer.' },
  'me.renounce': { en: 'Renounce all', fr: 'Renoncer à tout' },
  'orgs.renounced': { en: 'You left the organization.', fr: 'Vous avez quitté l’organisation.' },

  'approvals.intro': {
    en: 'What support asked to do for your users. An approval allows that one action, once, before it expires.',
    fr: 'Ce que le support demande à faire pour vos utilisateurs. Une approbation permet cette action, une fois, avant expiration.',
  },
  'approvals.waiting': { en: 'Waiting for you', fr: 'En attente de votre réponse' },
  'approvals.none': { en: 'No request is waiting.', fr: 'Aucune demande en attente.' },
  'approvals.ask': {
    en: '{agent} asks to {action} — {section}, {where}',
    fr: '{agent} demande : {action} — {section}, {where}',
  },
  'approvals.support': { en: 'Support', fr: 'Le support' },
  'approvals.for': { en: 'For', fr: 'Pour' },
  'approvals.reason': { en: 'Why', fr: 'Motif' },
  'approvals.approve': { en: 'Approve', fr: 'Approuver' },
  'approvals.deny': { en: 'Deny', fr: 'Refuser' },
  'approvals.approved': { en: 'Approved.', fr: 'Approuvé.' },
  'approvals.denied': { en: 'Denied.', fr: 'Refusé.' },
  'approvals.history': { en: 'Earlier requests', fr: 'Demandes précédentes' },
  'approvals.status': { en: 'Status', fr: 'Statut' },

  'supportLog.intro': {
    en: 'Everything support looked at, asked and did in your organization.',
    fr: 'Tout ce que le support a consulté, demandé et fait dans votre organisation.',
  },
  'supportLog.empty': {
    en: 'Support has done nothing here yet.',
    fr: 'Le support n’a encore rien fait ici.',
  },
  'supportLog.agent': { en: 'Agent', fr: 'Agent' },
  'supportLog.kind': { en: 'Event', fr: 'Événement' },
  'supportLog.outcome': { en: 'Outcome', fr: 'Résultat' },

  'audit.filters': { en: 'Filters', fr: 'Filtres' },
  'audit.actor': { en: 'Who', fr: 'Qui' },
  'audit.anyone': { en: 'Anyone', fr: 'Tout le monde' },
  'audit.action': { en: 'Action', fr: 'Action' },
  'audit.from': { en: 'From (UTC)', fr: 'Du (UTC)' },
  'audit.to': { en: 'To (UTC)', fr: 'Au (UTC)' },
  'audit.apply': { en: 'Filter', fr: 'Filtrer' },
  'audit.reset': { en: 'Reset', fr: 'Réinitialiser' },
  'audit.empty': { en: 'No entry matches.', fr: 'Aucune entrée ne correspond.' },
  'audit.when': { en: 'When', fr: 'Quand' },
  'audit.changes': { en: 'Changes', fr: 'Modifications' },
  'audit.show': { en: 'Show', fr: 'Afficher' },
  'audit.target': { en: 'On', fr: 'Sur' },
  'audit.more': { en: 'Older entries', fr: 'Entrées plus anciennes' },

  'company.legalName': { en: 'Legal name', fr: 'Raison sociale' },
  'company.address': { en: 'Address', fr: 'Adresse' },
  'company.vat': { en: 'VAT number', fr: 'Numéro de TVA' },

  'close.warning': {
    en: 'Closing stops every service, revokes every token and removes every member. It cannot be undone here.',
    fr: 'La fermeture arrête tous les services, révoque tous les jetons et retire tous les membres. Elle est irréversible ici.',
  },
  'close.typeName': {
    en: 'Type the organization’s name ({name}) to confirm',
    fr: 'Saisissez le nom de l’organisation ({name}) pour confirmer',
  },
  'close.mismatch': { en: 'The name does not match.', fr: 'Le nom ne correspond pas.' },
  'close.submit': { en: 'Close the organization', fr: 'Fermer l’organisation' },

  'billing.status.paid': { en: 'Paid', fr: 'Payée' },
  'billing.status.due': { en: 'Due', fr: 'À payer' },
  'billing.balance': { en: 'Balance', fr: 'Solde' },
  'billing.negative': {
    en: 'The balance is negative: services may stop.',
    fr: 'Le solde est négatif : des services peuvent s’arrêter.',
  },
  'billing.invoices': { en: 'Invoices', fr: 'Factures' },
  'billing.noInvoices': { en: 'No invoice yet.', fr: 'Aucune facture pour le moment.' },
  'billing.number': { en: 'Number', fr: 'Numéro' },
  'billing.date': { en: 'Date', fr: 'Date' },
  'billing.amount': { en: 'Amount', fr: 'Montant' },
  'billing.payments': { en: 'Payments', fr: 'Paiements' },
  'billing.noPayments': { en: 'No payment yet.', fr: 'Aucun paiement pour le moment.' },
  'billing.paidBy': { en: 'Paid by', fr: 'Payé par' },
  'billing.addFunds': { en: 'Add funds', fr: 'Créditer le solde' },
  'billing.amountLabel': { en: 'Amount (EUR)', fr: 'Montant (EUR)' },
  'billing.demoNote': {
    en: 'Demo: no card is charged; the payment is recorded as received and credited at once.',
    fr: 'Démo : aucune carte n’est débitée ; le paiement est enregistré comme reçu et crédité aussitôt.',
  },
  'billing.paid': { en: 'Payment received: {amount}.', fr: 'Paiement reçu : {amount}.' },
  'billing.amountInvalid': {
    en: 'Enter an amount from 1.00 to 100,000.00, with at most two decimals.',
    fr: 'Saisissez un montant de 1,00 à 100 000,00, avec au plus deux décimales.',
  },
  'billing.services': {
    en: 'Every service of the organization',
    fr: 'Tous les services de l’organisation',
  },

  'auth.signIn': { en: 'Sign in', fr: 'Se connecter' },
  'auth.signUp': { en: 'Create an account', fr: 'Créer un compte' },
  'auth.signOut': { en: 'Sign out', fr: 'Se déconnecter' },
  'auth.email': { en: 'E-mail', fr: 'E-mail' },
  'auth.password': { en: 'Password', fr: 'Mot de passe' },
  'auth.passwordHint': {
    en: 'At least 10 characters.',
    fr: 'Au moins 10 caractères.',
  },
  'auth.name': { en: 'Your name', fr: 'Votre nom' },
  'auth.noAccount': { en: 'No account yet?', fr: 'Pas encore de compte ?' },
  'auth.haveAccount': { en: 'Already have an account?', fr: 'Vous avez déjà un compte ?' },
  'auth.badCredentials': {
    en: 'E-mail or password is wrong.',
    fr: 'E-mail ou mot de passe incorrect.',
  },
  'auth.emailTaken': {
    en: 'An account with this e-mail already exists. Sign in instead.',
    fr: 'Un compte existe déjà avec cet e-mail. Connectez-vous.',
  },
  'auth.required': { en: 'This field is required.', fr: 'Ce champ est obligatoire.' },
  'auth.invalidEmail': { en: 'Enter a valid e-mail address.', fr: 'Saisissez un e-mail valide.' },
  'auth.passwordShort': {
    en: 'The password needs at least 10 characters.',
    fr: 'Le mot de passe doit contenir au moins 10 caractères.',
  },
  'auth.verifyTitle': { en: 'Second factor', fr: 'Second facteur' },
  'auth.verifyIntro': {
    en: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
    fr: 'Saisissez le code à 6 chiffres de votre application d’authentification, ou un de vos codes de secours.',
  },
  'auth.code': { en: 'Code', fr: 'Code' },
  'auth.verify': { en: 'Verify', fr: 'Vérifier' },
  'auth.badCode': {
    en: 'This code is not valid. Check the time on your phone and try again.',
    fr: 'Ce code n’est pas valide. Vérifiez l’heure de votre téléphone et réessayez.',
  },
  'auth.signedOut': { en: 'You are signed out.', fr: 'Vous êtes déconnecté.' },
  'auth.sessionExpired': {
    en: 'Your session has ended. Sign in again.',
    fr: 'Votre session a pris fin. Reconnectez-vous.',
  },
  'auth.mfaNeeded': {
    en: 'This page needs your second factor.',
    fr: 'Cette page demande votre second facteur.',
  },

  'mfa.title': { en: 'Two-factor authentication', fr: 'Authentification à deux facteurs' },
  'mfa.on': {
    en: 'Two-factor authentication is on.',
    fr: 'L’authentification à deux facteurs est activée.',
  },
  'mfa.off': {
    en: 'Two-factor authentication is off. Some permissions need it.',
    fr: 'L’authentification à deux facteurs est désactivée. Certaines permissions l’exigent.',
  },
  'mfa.sessionOn': {
    en: 'This session passed the second factor.',
    fr: 'Cette session a validé le second facteur.',
  },
  'mfa.sessionOff': {
    en: 'This session has not passed the second factor.',
    fr: 'Cette session n’a pas validé le second facteur.',
  },
  'mfa.start': {
    en: 'Set up two-factor authentication',
    fr: 'Configurer la double authentification',
  },
  'mfa.scan': {
    en: 'Scan this QR code with your authenticator app, then enter the code it shows.',
    fr: 'Scannez ce QR code avec votre application d’authentification, puis saisissez le code affiché.',
  },
  'mfa.manual': { en: 'Or enter this key by hand:', fr: 'Ou saisissez cette clé à la main :' },
  'mfa.qrAlt': {
    en: 'QR code to add Mandate to your authenticator app',
    fr: 'QR code pour ajouter Mandate à votre application d’authentification',
  },
  'mfa.confirm': { en: 'Turn on', fr: 'Activer' },
  'mfa.recoveryTitle': { en: 'Your recovery codes', fr: 'Vos codes de secours' },
  'mfa.recoveryIntro': {
    en: 'Keep these codes somewhere safe. Each one signs you in once if you lose your phone. They are shown only now.',
    fr: 'Conservez ces codes en lieu sûr. Chacun permet une connexion si vous perdez votre téléphone. Ils ne sont affichés qu’une fois.',
  },
  'mfa.done': { en: 'I have saved them', fr: 'Je les ai enregistrés' },
  'mfa.verifyNow': { en: 'Verify with my second factor', fr: 'Valider avec mon second facteur' },

  'invite.title': { en: 'Invitation', fr: 'Invitation' },
  'invite.to': {
    en: '{email} is invited to join {org}.',
    fr: '{email} est invité à rejoindre {org}.',
  },
  'invite.accept': { en: 'Accept the invitation', fr: 'Accepter l’invitation' },
  'invite.signInFirst': {
    en: 'Sign in or create an account with this e-mail to accept.',
    fr: 'Connectez-vous ou créez un compte avec cet e-mail pour accepter.',
  },
  'invite.state.pending': { en: 'Pending', fr: 'En attente' },
  'invite.state.accepted': { en: 'Accepted', fr: 'Acceptée' },
  'invite.state.expired': { en: 'Expired', fr: 'Expirée' },
  'invite.state.revoked': { en: 'Withdrawn', fr: 'Retirée' },
  'invite.expired': {
    en: 'This invitation has expired. Ask the person who invited you to send a new one.',
    fr: 'Cette invitation a expiré. Demandez à la personne qui vous a invité d’en envoyer une nouvelle.',
  },
  'invite.used': {
    en: 'This invitation has already been used.',
    fr: 'Cette invitation a déjà été utilisée.',
  },
  'invite.revoked': {
    en: 'This invitation was withdrawn.',
    fr: 'Cette invitation a été retirée.',
  },
  'invite.unknown': {
    en: 'This invitation link is not valid.',
    fr: 'Ce lien d’invitation n’est pas valide.',
  },
  'invite.wrongUser': {
    en: 'You are signed in as {email}; this invitation is for another address.',
    fr: 'Vous êtes connecté en tant que {email} ; cette invitation est pour une autre adresse.',
  },
  'invite.accepted': {
    en: 'Welcome to {org}.',
    fr: 'Bienvenue dans {org}.',
  },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof messages;
export type Vars = Record<string, string | number>;

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `vars`.
 * @example translate('fr', 'invite.to', { email: 'a@b.c', org: 'Acme' })
 */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const text: string = messages[key][locale];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
