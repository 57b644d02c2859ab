import type { Label } from './types.js';

/** Every reason code a function of @mandate/core returns, with its English and French message. */
export const reasons = {
  owner: { en: 'You own this organization.', fr: 'Vous êtes propriétaire de cette organisation.' },
  granted: { en: 'A permission allows it.', fr: 'Une permission l’autorise.' },
  no_grant: {
    en: 'You have no access here.',
    fr: 'Vous n’avez pas accès ici.',
  },
  level_too_low: {
    en: 'Your access level here does not allow this action.',
    fr: 'Votre niveau d’accès ici ne permet pas cette action.',
  },
  mfa_required: {
    en: 'Sign in with your second factor to use this permission.',
    fr: 'Connectez-vous avec votre second facteur pour utiliser cette permission.',
  },
  owner_only: {
    en: 'Only the organization’s owner can do this.',
    fr: 'Seul le propriétaire de l’organisation peut faire cela.',
  },
  session_required: {
    en: 'This needs the owner’s signed-in session; API tokens cannot do it.',
    fr: 'Cela demande la session du propriétaire ; les jetons d’API ne le peuvent pas.',
  },
  token_cap: {
    en: 'This API token was restricted when it was issued.',
    fr: 'Ce jeton d’API a été restreint lors de sa création.',
  },
  token_expired: { en: 'This API token has expired.', fr: 'Ce jeton d’API a expiré.' },
  billing_required: {
    en: 'Purchases also need the Billing permission at “manage”.',
    fr: 'Les achats demandent aussi la permission Facturation en « gestion ».',
  },
  not_purchasable: {
    en: 'Nothing can be purchased in this section.',
    fr: 'Rien ne peut être acheté dans cette section.',
  },
  unknown_target: {
    en: 'This section, project or server does not exist.',
    fr: 'Cette section, ce projet ou ce serveur n’existe pas.',
  },
  unknown_action: { en: 'Unknown action.', fr: 'Action inconnue.' },
  invalid_grant: {
    en: 'A permission needs either a role or levels, with valid levels.',
    fr: 'Une permission demande soit un rôle, soit des niveaux valides.',
  },
  unknown_section: { en: 'Unknown section.', fr: 'Section inconnue.' },
  wrong_scope: {
    en: 'This section or role does not apply at this scope.',
    fr: 'Cette section ou ce rôle ne s’applique pas à ce niveau.',
  },
  self_grant: {
    en: 'You cannot change your own permissions.',
    fr: 'Vous ne pouvez pas modifier vos propres permissions.',
  },
  owner_grant: {
    en: 'The owner’s permissions cannot be changed.',
    fr: 'Les permissions du propriétaire ne peuvent pas être modifiées.',
  },
  not_delegator: {
    en: 'You may not pass permissions here.',
    fr: 'Vous ne pouvez pas transmettre de permissions ici.',
  },
  escalation: {
    en: 'You can only give levels you hold yourself here.',
    fr: 'Vous ne pouvez donner que les niveaux que vous détenez vous-même ici.',
  },
  not_member: {
    en: 'This person is not a member of the organization.',
    fr: 'Cette personne n’est pas membre de l’organisation.',
  },
} as const satisfies Record<string, Label>;

export type ReasonCode = keyof typeof reasons;
