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
