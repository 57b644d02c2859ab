import type { App } from '../../context.js';
import { registerCreateGrant } from './create-grant.js';
import { registerDeleteGrant } from './delete-grant.js';
import { registerListGrants } from './list-grants.js';
import { registerPermissionsCard } from './permissions-card.js';
import { registerPreviewGrant } from './preview-grant.js';
import { registerReplaceGrant } from './replace-grant.js';

export const registerGrantRoutes = (app: App) => {
  registerPreviewGrant(app);
  registerListGrants(app);
  registerCreateGrant(app);
  registerReplaceGrant(app);
  registerDeleteGrant(app);
  registerPermissionsCard(app);
};
