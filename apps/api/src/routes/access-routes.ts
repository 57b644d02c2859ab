import type { App } from '../context.js';
import { registerGrantRoutes } from './grants/index.js';

/**
 * Who may do what (phase 2a): members, teams, invitations, grants, my permissions, tokens,
 * decisions and owner-only settings. One line in app.ts registers them all.
 */
export const registerAccessRoutes = (app: App) => {
  registerGrantRoutes(app);
};
