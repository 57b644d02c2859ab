import type { App } from '../../context.js';
import { registerCreateServer } from './create-server.js';
import { registerListServers } from './list-servers.js';

export const registerServerRoutes = (app: App) => {
  registerCreateServer(app);
  registerListServers(app);
};
