import type { App } from '../../context.js';
import { registerGetAgent } from './get-agent.js';
import { registerSupportSignIn } from './sign-in.js';
import { registerSupportSignOut } from './sign-out.js';

export const registerSupportAuthRoutes = (app: App) => {
  registerSupportSignIn(app);
  registerSupportSignOut(app);
  registerGetAgent(app);
};
