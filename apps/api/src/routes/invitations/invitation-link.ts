import { sha256 } from '../../lib/auth/index.js';
import { randomText } from '../../lib/ids.js';

/** R33: 7 days. */
export const INVITATION_DAYS = 7;

/** The link's secret: shown only in the e-mail; the database keeps its SHA-256 (R33). */
export const newInvitationToken = () => {
  const token = `mni_${randomText(40)}`;
  return { token, hash: sha256(token) };
};

export const invitationHash = (token: string) => sha256(token);

/** Where the invitee lands: the customer panel's invitation page. */
export const invitationLink = (token: string) =>
  `${process.env.MANDATE_PANEL_URL ?? `http://127.0.0.1:${process.env.PANEL_PORT ?? 3000}`}/invite/${token}`;
