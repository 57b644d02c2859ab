import type { App } from '../../context.js';
import { registerDecideApprovals } from './decide-approval.js';
import { registerListApprovals } from './list-approvals.js';
import { registerSupportLog } from './support-log.js';

/** The owner's side of support (customer realm, R14, R41, R43). */
export const registerOwnerSupportRoutes = (app: App) => {
  registerListApprovals(app);
  registerDecideApprovals(app);
  registerSupportLog(app);
};
