import type { App } from '../../context.js';
import { registerCreateInvitation } from './create-invitation.js';
import { registerPublicInvitationRoutes } from './public.js';
import { registerRevokeInvitation } from './revoke-invitation.js';

export const registerInvitationRoutes = (app: App) => {
  registerCreateInvitation(app);
  registerRevokeInvitation(app);
  registerPublicInvitationRoutes(app);
};
