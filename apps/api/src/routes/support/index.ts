import type { App } from '../../context.js';
import { registerAssess } from './assess.js';
import { registerCreateApproval } from './create-approval.js';
import { registerFindRequester } from './find-requester.js';
import { registerGetApproval } from './get-approval.js';
import { registerListSupportServices } from './list-support-services.js';
import { registerMatrix } from './matrix.js';
import { registerOpenTicket } from './open-ticket.js';
import { registerPerformAction } from './perform-action.js';

/** The support desk (staff realm, `mss_` sessions; SPEC §7, R40–R44). */
export const registerSupportDeskRoutes = (app: App) => {
  registerFindRequester(app);
  registerAssess(app);
  registerMatrix(app);
  registerListSupportServices(app);
  registerCreateApproval(app);
  registerGetApproval(app);
  registerPerformAction(app);
  registerOpenTicket(app);
};
