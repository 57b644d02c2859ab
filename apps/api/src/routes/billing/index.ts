import type { App } from '../../context.js';
import { registerListMyAlerts } from '../alerts/list-my-alerts.js';
import { registerGetBilling } from './get-billing.js';
import { registerListBillingServices } from './list-billing-services.js';
import { registerListInvoices } from './list-invoices.js';
import { registerPayments } from './payments.js';

export const registerBillingRoutes = (app: App) => {
  registerGetBilling(app);
  registerListInvoices(app);
  registerListBillingServices(app);
  registerPayments(app);
  // R44: where billing (and support) alerts land.
  registerListMyAlerts(app);
};
