import type { App } from '../context.js';
import { registerDecisionRoutes } from './decisions/index.js';
import { registerGrantRoutes } from './grants/index.js';
import { registerInvitationRoutes } from './invitations/index.js';
import { registerMemberRoutes } from './members/index.js';
import { registerMyPermissionsRoutes } from './my-permissions/index.js';
import { registerOwnerRoutes } from './owner/index.js';
import { registerTeamRoutes } from './teams/index.js';
import { registerTokenRoutes } from './tokens/index.js';

/**
 * Who may do what (phase 2a): members, teams, invitations, grants, my permissions, tokens,
 * decisions and owner-only settings. One line in app.ts registers them all.
 */
export const registerAccessRoutes = (app: App) => {
  registerMemberRoutes(app);
  registerTeamRoutes(app);
  registerInvitationRoutes(app);
  registerGrantRoutes(app);
  registerMyPermissionsRoutes(app);
  registerTokenRoutes(app);
  registerDecisionRoutes(app);
  registerOwnerRoutes(app);
};
