import type { App } from '../../context.js';
import { registerSignIn } from './sign-in.js';
import { registerSignOut } from './sign-out.js';
import { registerSignUp } from './sign-up.js';
import { registerTotpVerify } from './totp-verify.js';

export const registerAuthRoutes = (app: App) => {
  registerSignUp(app);
  registerSignIn(app);
  registerSignOut(app);
  registerTotpVerify(app);
};
