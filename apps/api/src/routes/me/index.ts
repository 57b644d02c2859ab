import type { App } from '../../context.js';
import { registerGetMe } from './get-me.js';
import { registerListMyOrgs } from './list-my-orgs.js';
import { registerMfaConfirm } from './mfa-confirm.js';
import { registerMfaEnroll } from './mfa-enroll.js';
import { registerUpdateMe } from './update-me.js';

export const registerMeRoutes = (app: App) => {
  registerGetMe(app);
  registerUpdateMe(app);
  registerMfaEnroll(app);
  registerMfaConfirm(app);
  registerListMyOrgs(app);
};
