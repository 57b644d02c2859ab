import { type Level, reasonLabel, type SupportAction, type SupportVerdict } from '@mandate/core';

/**
 * The console's own UI strings, English and French. Section, group and reason labels are NOT
 * here: they come from `@mandate/core`'s catalog so the two apps never disagree on them —
 * except the reasons of `assessSupport`, said here about the requester (`supportReasons`).
 * `fr` is typed against `en`, so a missing or extra key is a type error.
 */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

interface VerdictText {
  /** Short word shown in a matrix cell. */
  short: string;
  /** What the agent does, shown in the legend and the cell detail. */
  long: string;
}

const en = {
  appName: 'Mandate support console',
  skipToContent: 'Skip to content',
  language: 'Language',
  languageNames: { en: 'English', fr: 'Français' } as Record<Locale, string>,
  switchLanguage: 'Français',
  signOut: 'Sign out',
  signedInAs: (name: string) => `Signed in as ${name}`,
  back: 'Back',
  loading: 'Loading…',
  save: 'Save',
  cancel: 'Cancel',
  genericError: 'Something went wrong. Try again.',
  notFound: 'Nothing here.',
  apiUnreachable: 'The Mandate API cannot be reached.',

  // Sign-in
  signInTitle: 'Staff sign-in',
  signInIntro: 'Support staff only. Customers sign in to the customer panel.',
  email: 'E-mail',
  password: 'Password',
  signIn: 'Sign in',
  badCredentials: 'Wrong e-mail or password.',
  totpTitle: 'Second factor',
  totpIntro: 'Enter the 6-digit code from your authenticator app. Staff must use a second factor.',
  totpCode: 'Code',
  verify: 'Verify',
  badCode: 'This code is not valid. Check your device’s clock and try again.',
  tooManyAttempts: 'Too many attempts. Wait a minute and try again.',
  customerRefused: 'This console is for support staff. A customer account cannot sign in here.',

  // Finding the requester
  findTitle: 'Who is asking?',
  findIntro:
    'Find the person who contacted you by the e-mail address of their account, or by organization and user id.',
  byEmail: 'By e-mail',
  byIds: 'By organization and user',
  requesterEmail: 'Requester’s e-mail',
  orgId: 'Organization id',
  userId: 'User id',
  find: 'Find',
  open: 'Open',
  noRequester: 'No user has this e-mail address.',
  requesterOrgs: 'Organizations of this person',
  noOrgs: 'This person owns or belongs to no organization.',
  roleOwner: 'Owner',
  roleMember: 'Member',
  chooseOrg: 'Choose the organization the request is about.',

  // Second factor of the request (R42)
  mfaLabel: 'Requester’s second factor',
  mfaYes: 'Request comes with a second factor',
  mfaNo: 'No second factor on this request',
  mfaYesShort: '2FA verified',
  mfaNoShort: 'No 2FA',
  mfaHelp:
    'Say yes only when the request comes from a session that passed a second factor (for example, a ticket opened from the panel after 2FA). Without it, grants that require a second factor do not count.',
  mfaSetYes: 'Mark as verified with a second factor',
  mfaSetNo: 'Mark as without a second factor',

  // Case banner
  requester: 'Requester',
  organization: 'Organization',
  changeRequester: 'Change requester',
  orgNameHidden: 'name not disclosed: the requester is not a member',
  requesterKinds: {
    owner: 'Owner of the organization',
    member: 'Member',
    stranger: 'Not a member',
  } as Record<'owner' | 'member' | 'stranger', string>,

  // Matrix
  matrixTitle: 'What support may do for this requester',
  matrixIntro:
    'One row per section, one column per place. Each cell shows the requester’s level and what you may do.',
  legend: 'Legend',
  place: 'Place',
  section: 'Section',
  orgPlace: 'Organization',
  projects: 'Projects',
  servers: 'Servers',
  project: 'Project',
  server: 'Server',
  noPlaces: 'Nothing to show here.',
  levelLabel: 'Level',
  levels: { none: 'No access', read: 'Read', manage: 'Manage' } as Record<Level, string>,
  actionsLabel: { view: 'View', create: 'Create', update: 'Update', delete: 'Delete' } as Record<
    SupportAction,
    string
  >,
  verdicts: {
    perform: { short: 'Do it', long: 'Perform: you may do it for the requester.' },
    needs_owner_approval: {
      short: 'Ask owner',
      long: 'Needs owner approval: ask the owner; once approved you may do it once.',
    },
    customer_only: {
      short: 'Customer only',
      long: 'Customer only: the customer must do it themselves (support never deletes).',
    },
    verify_owner: {
      short: 'Verify owner',
      long: 'Verify as owner: disclose nothing; the requester must prove they are the owner.',
    },
  } as Record<SupportVerdict, VerdictText>,
  discloseYes: 'You may disclose information',
  discloseNo: 'Disclose nothing, not even whether something exists',
  hiddenPlace: 'Hidden place',
  placesLeftOut:
    'Projects and servers where the requester has no access are not listed: for anything there, verify the requester as the owner.',
  hiddenPlaceHelp: 'The requester has no access here: nothing about this place may be disclosed.',
  reason: 'Reason',
  // The six reasons of `assessSupport`, told to the agent about the requester (core's labels
  // speak to the user themself: "You have no access here").
  supportReasons: {
    owner: 'The requester owns the organization.',
    granted: 'A permission of the requester allows it.',
    no_grant: 'The requester has no access here.',
    mfa_required: 'Only with the requester’s second factor (their permission requires it).',
    not_member: 'The requester is not a member of this organization.',
    unknown_target: 'No such section, project or server.',
  } as Record<string, string>,
  everyAction: 'Every action',
  strangerNotice:
    'This person is not a member of this organization: disclose nothing about it, not even whether a project, server or service exists. Only the owner, once verified, can be helped.',
  openCell: 'Details',
  cellLink: (section: string, place: string) => `${section} — ${place}`,

  // Cell detail
  cellTitle: (section: string, place: string) => `${section} in ${place}`,
  assessment: 'Assessment',
  servicesTitle: 'Services',
  noServices: 'No service in this section here.',
  serviceName: 'Name',
  serviceDetails: 'Details',
  credentialsMasked: 'Credentials are masked. Support does not read passwords to customers.',
  hasSecret: 'Has a password or key (never shown to support).',
  nothingToDisclose:
    'Nothing may be disclosed here. Ask the requester to contact the organization’s owner, or verify that they are the owner.',
  viewService: 'View',
  serviceTitle: 'Service',

  // Actions (R40)
  performTitle: 'Act for the requester',
  performView: 'View as support',
  createTitle: 'Create a service',
  createName: 'Name of the new service',
  updateTitle: 'Change a service',
  updateName: 'New name',
  chooseService: 'Service',
  doCreate: 'Create',
  doUpdate: 'Save the change',
  performed: 'Done. It is recorded in the owner’s transparency log.',
  refused: 'Refused.',
  // The API's refusals of a support action or request, by their stable `code`.
  refusals: {
    approval_not_usable:
      'Refused: this approval was already used, has expired, or was not approved. Ask the owner again.',
    approval_not_needed: 'No approval is needed for this action (or it cannot be approved).',
    needs_owner_approval: 'Refused: this action needs the owner’s approval first.',
    verify_owner: 'Refused: nothing may be done here until the requester is verified as the owner.',
    customer_only: 'Refused: only the customer may do this (support never deletes).',
    insufficient_balance: 'Refused: the organization’s balance does not cover this service.',
    not_found: 'Refused: nothing that support may act on here.',
    organization_closed: 'Refused: this organization is closed; nothing can be changed in it.',
  } as Record<string, string>,
  neverDelete: 'Support never deletes: the customer deletes resources themselves.',
  useApproval: 'Using approved request',

  // Approvals (R41)
  askOwnerTitle: 'Ask the owner',
  askOwnerIntro:
    'The owner sees this request in the customer panel. Once approved you may do this one action, once, within its time limit.',
  approvalAction: 'Action',
  approvalReason: 'Why (the owner reads this)',
  approvalReasonHelp: 'Say what the requester asked for, in one or two sentences.',
  sendRequest: 'Send to the owner',
  reasonRequired: 'Write a reason for the owner.',
  approvalTitle: 'Approval request',
  approvalStates: {
    pending: 'Pending — waiting for the owner',
    approved: 'Approved — you may do it once',
    denied: 'Denied by the owner',
    expired: 'Expired',
    used: 'Used — already done once',
  } as Record<'pending' | 'approved' | 'denied' | 'expired' | 'used', string>,
  approvalExpires: 'Expires',
  approvalRefresh: 'Refresh',
  approvalLive: 'This page checks for the owner’s answer every few seconds.',
  approvalsHere: 'Approval requests for this place',
  noApprovals: 'No approval request yet.',
  performApproved: 'Do it now',

  // Tickets (R44)
  ticketTitle: 'Open a technical ticket',
  ticketIntro:
    'A ticket about a project or a server alerts its technical contacts. Choose where the problem is.',
  ticketAbout: 'About',
  ticketSubject: 'Subject',
  openTicket: 'Open the ticket',
  ticketOpened: (n: number) =>
    n === 1
      ? 'Ticket opened. 1 technical contact alerted.'
      : `Ticket opened. ${n} technical contacts alerted.`,
  subjectRequired: 'Write a subject.',
  chooseTarget: 'Choose a project or a server.',
  nav: { matrix: 'Matrix', ticket: 'Technical ticket', find: 'Find requester' },
};

export type Messages = typeof en;

const fr: Messages = {
  appName: 'Console du support Mandate',
  skipToContent: 'Aller au contenu',
  language: 'Langue',
  languageNames: { en: 'English', fr: 'Français' },
  switchLanguage: 'English',
  signOut: 'Se déconnecter',
  signedInAs: (name) => `Connecté·e : ${name}`,
  back: 'Retour',
  loading: 'Chargement…',
  save: 'Enregistrer',
  cancel: 'Annuler',
  genericError: 'Une erreur est survenue. Réessayez.',
  notFound: 'Rien ici.',
  apiUnreachable: 'L’API Mandate ne répond pas.',

  signInTitle: 'Connexion du personnel',
  signInIntro: 'Réservé au support. Les clients se connectent au panneau client.',
  email: 'E-mail',
  password: 'Mot de passe',
  signIn: 'Se connecter',
  badCredentials: 'E-mail ou mot de passe incorrect.',
  totpTitle: 'Second facteur',
  totpIntro:
    'Saisissez le code à 6 chiffres de votre application d’authentification. Le second facteur est obligatoire pour le support.',
  totpCode: 'Code',
  verify: 'Vérifier',
  badCode: 'Ce code n’est pas valide. Vérifiez l’heure de votre appareil et réessayez.',
  tooManyAttempts: 'Trop de tentatives. Attendez une minute et réessayez.',
  customerRefused:
    'Cette console est réservée au support. Un compte client ne peut pas s’y connecter.',

  findTitle: 'Qui fait la demande ?',
  findIntro:
    'Retrouvez la personne qui vous contacte par l’adresse e-mail de son compte, ou par organisation et identifiant.',
  byEmail: 'Par e-mail',
  byIds: 'Par organisation et utilisateur',
  requesterEmail: 'E-mail du demandeur',
  orgId: 'Identifiant de l’organisation',
  userId: 'Identifiant de l’utilisateur',
  find: 'Rechercher',
  open: 'Ouvrir',
  noRequester: 'Aucun utilisateur n’a cette adresse e-mail.',
  requesterOrgs: 'Organisations de cette personne',
  noOrgs: 'Cette personne ne possède ni ne rejoint aucune organisation.',
  roleOwner: 'Propriétaire',
  roleMember: 'Membre',
  chooseOrg: 'Choisissez l’organisation concernée par la demande.',

  mfaLabel: 'Second facteur du demandeur',
  mfaYes: 'La demande vient avec un second facteur',
  mfaNo: 'Pas de second facteur pour cette demande',
  mfaYesShort: '2FA vérifié',
  mfaNoShort: 'Sans 2FA',
  mfaHelp:
    'Répondez oui seulement si la demande vient d’une session qui a passé un second facteur (par exemple un ticket ouvert depuis le panneau après 2FA). Sinon, les permissions qui exigent un second facteur ne comptent pas.',
  mfaSetYes: 'Marquer comme vérifiée par un second facteur',
  mfaSetNo: 'Marquer comme sans second facteur',

  requester: 'Demandeur',
  organization: 'Organisation',
  changeRequester: 'Changer de demandeur',
  orgNameHidden: 'nom non communiqué : le demandeur n’est pas membre',
  requesterKinds: {
    owner: 'Propriétaire de l’organisation',
    member: 'Membre',
    stranger: 'Non membre',
  },

  matrixTitle: 'Ce que le support peut faire pour ce demandeur',
  matrixIntro:
    'Une ligne par section, une colonne par lieu. Chaque case montre le niveau du demandeur et ce que vous pouvez faire.',
  legend: 'Légende',
  place: 'Lieu',
  section: 'Section',
  orgPlace: 'Organisation',
  projects: 'Projets',
  servers: 'Serveurs',
  project: 'Projet',
  server: 'Serveur',
  noPlaces: 'Rien à afficher ici.',
  levelLabel: 'Niveau',
  levels: { none: 'Aucun accès', read: 'Lecture', manage: 'Gestion' },
  actionsLabel: { view: 'Voir', create: 'Créer', update: 'Modifier', delete: 'Supprimer' },
  verdicts: {
    perform: { short: 'À faire', long: 'Effectuer : vous pouvez le faire pour le demandeur.' },
    needs_owner_approval: {
      short: 'Demander',
      long: 'Accord du propriétaire requis : demandez-le ; une fois accordé, vous pouvez le faire une fois.',
    },
    customer_only: {
      short: 'Client seul',
      long: 'Client uniquement : le client doit le faire lui-même (le support ne supprime jamais).',
    },
    verify_owner: {
      short: 'Vérifier',
      long: 'Vérifier le propriétaire : ne rien divulguer ; le demandeur doit prouver qu’il est propriétaire.',
    },
  },
  discloseYes: 'Vous pouvez divulguer des informations',
  discloseNo: 'Ne rien divulguer, pas même l’existence de quelque chose',
  hiddenPlace: 'Lieu masqué',
  placesLeftOut:
    'Les projets et serveurs auxquels le demandeur n’a pas accès ne sont pas listés : pour tout ce qui s’y trouve, vérifiez que le demandeur est le propriétaire.',
  hiddenPlaceHelp: 'Le demandeur n’a pas accès ici : rien de ce lieu ne peut être divulgué.',
  reason: 'Raison',
  everyAction: 'Toutes les actions',
  strangerNotice:
    'Cette personne n’est pas membre de cette organisation : ne divulguez rien, pas même l’existence d’un projet, d’un serveur ou d’un service. Seul le propriétaire, une fois vérifié, peut être aidé.',
  supportReasons: {
    owner: 'Le demandeur est propriétaire de l’organisation.',
    granted: 'Une permission du demandeur l’autorise.',
    no_grant: 'Le demandeur n’a pas accès ici.',
    mfa_required: 'Seulement avec le second facteur du demandeur (sa permission l’exige).',
    not_member: 'Le demandeur n’est pas membre de cette organisation.',
    unknown_target: 'Section, projet ou serveur inconnu.',
  },
  openCell: 'Détails',
  cellLink: (section, place) => `${section} — ${place}`,

  cellTitle: (section, place) => `${section} dans ${place}`,
  assessment: 'Évaluation',
  servicesTitle: 'Services',
  noServices: 'Aucun service de cette section ici.',
  serviceName: 'Nom',
  serviceDetails: 'Détails',
  hasSecret: 'A un mot de passe ou une clé (jamais montré au support).',
  credentialsMasked:
    'Les identifiants sont masqués. Le support ne lit pas de mot de passe aux clients.',
  nothingToDisclose:
    'Rien ne peut être divulgué ici. Invitez le demandeur à contacter le propriétaire de l’organisation, ou vérifiez qu’il en est le propriétaire.',
  viewService: 'Voir',
  serviceTitle: 'Service',

  performTitle: 'Agir pour le demandeur',
  performView: 'Voir en tant que support',
  createTitle: 'Créer un service',
  createName: 'Nom du nouveau service',
  updateTitle: 'Modifier un service',
  updateName: 'Nouveau nom',
  chooseService: 'Service',
  doCreate: 'Créer',
  doUpdate: 'Enregistrer la modification',
  performed: 'C’est fait. L’action figure dans le journal de transparence du propriétaire.',
  refused: 'Refusé.',
  refusals: {
    approval_not_usable:
      'Refusé : cette approbation a déjà servi, a expiré ou n’a pas été accordée. Redemandez au propriétaire.',
    approval_not_needed:
      'Aucune approbation n’est nécessaire pour cette action (ou elle ne peut pas être approuvée).',
    needs_owner_approval: 'Refusé : cette action demande d’abord l’accord du propriétaire.',
    verify_owner:
      'Refusé : rien ne peut être fait ici avant de vérifier que le demandeur est le propriétaire.',
    customer_only: 'Refusé : seul le client peut le faire (le support ne supprime jamais).',
    insufficient_balance: 'Refusé : le solde de l’organisation ne couvre pas ce service.',
    not_found: 'Refusé : rien sur quoi le support puisse agir ici.',
    organization_closed:
      'Refusé : cette organisation est fermée ; plus rien n’y peut être modifié.',
  },
  neverDelete: 'Le support ne supprime jamais : le client supprime lui-même ses ressources.',
  useApproval: 'Avec la demande approuvée',

  askOwnerTitle: 'Demander au propriétaire',
  askOwnerIntro:
    'Le propriétaire voit cette demande dans le panneau client. Une fois approuvée, vous pouvez faire cette action une seule fois, dans le délai imparti.',
  approvalAction: 'Action',
  approvalReason: 'Pourquoi (le propriétaire le lira)',
  approvalReasonHelp: 'Dites ce que le demandeur a demandé, en une ou deux phrases.',
  sendRequest: 'Envoyer au propriétaire',
  reasonRequired: 'Écrivez une raison pour le propriétaire.',
  approvalTitle: 'Demande d’approbation',
  approvalStates: {
    pending: 'En attente de la réponse du propriétaire',
    approved: 'Approuvée : vous pouvez le faire une fois',
    denied: 'Refusée par le propriétaire',
    expired: 'Expirée',
    used: 'Utilisée : déjà faite une fois',
  },
  approvalExpires: 'Expire',
  approvalRefresh: 'Actualiser',
  approvalLive: 'Cette page vérifie la réponse du propriétaire toutes les quelques secondes.',
  approvalsHere: 'Demandes d’approbation pour ce lieu',
  noApprovals: 'Aucune demande pour l’instant.',
  performApproved: 'Le faire maintenant',

  ticketTitle: 'Ouvrir un ticket technique',
  ticketIntro:
    'Un ticket sur un projet ou un serveur alerte ses contacts techniques. Choisissez où se trouve le problème.',
  ticketAbout: 'Concerne',
  ticketSubject: 'Objet',
  openTicket: 'Ouvrir le ticket',
  ticketOpened: (n) =>
    n === 1
      ? 'Ticket ouvert. 1 contact technique alerté.'
      : `Ticket ouvert. ${n} contacts techniques alertés.`,
  subjectRequired: 'Écrivez un objet.',
  chooseTarget: 'Choisissez un projet ou un serveur.',
  nav: { matrix: 'Matrice', ticket: 'Ticket technique', find: 'Trouver le demandeur' },
};

export const messages: Record<Locale, Messages> = { en, fr };

/** The message catalog for a locale. @example t('fr').signIn // 'Se connecter' */
export const t = (locale: Locale): Messages => messages[locale];

/**
 * The locale to use: the remembered cookie first, then the browser's first preference.
 * @example pickLocale(undefined, 'fr-CH,fr;q=0.9,en;q=0.8') // 'fr'
 */
export const pickLocale = (cookie: string | undefined, acceptLanguage: string | null): Locale => {
  if (isLocale(cookie)) return cookie;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return 'en';
};

/**
 * The reason of an assessment as the agent reads it: about the requester, in the third person;
 * any other code in core's words.
 * @example supportReason('no_grant', 'en') // 'The requester has no access here.'
 */
export const supportReason = (code: string, locale: Locale): string =>
  messages[locale].supportReasons[code] ?? reasonLabel(code, locale);
