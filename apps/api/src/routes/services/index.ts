import type { App } from '../../context.js';
import { registerCreatePurchase } from './create-purchase.js';
import { registerCreateService } from './create-service.js';
import { registerDeleteService } from './delete-service.js';
import { registerGetCredentials } from './get-credentials.js';
import { registerGetService } from './get-service.js';
import { registerListServices } from './list-services.js';
import { registerUpdateService } from './update-service.js';

export const registerServiceRoutes = (app: App) => {
  registerListServices(app);
  registerCreateService(app);
  registerGetService(app);
  registerUpdateService(app);
  registerDeleteService(app);
  registerGetCredentials(app);
  registerCreatePurchase(app);
};
