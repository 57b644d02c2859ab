import type { App } from '../../context.js';
import { registerCreateOrg } from './create-org.js';
import { registerGetOrg } from './get-org.js';

export const registerOrgRoutes = (app: App) => {
  registerCreateOrg(app);
  registerGetOrg(app);
};
