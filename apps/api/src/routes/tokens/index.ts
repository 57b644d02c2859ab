import type { App } from '../../context.js';
import { registerIntrospect } from './introspect.js';
import { registerIssueToken } from './issue-token.js';
import { registerMyTokens } from './my-tokens.js';
import { registerRevokeLeaked } from './revoke-leaked.js';
import { registerTokenPolicy } from './token-policy.js';

export const registerTokenRoutes = (app: App) => {
  registerMyTokens(app);
  registerIssueToken(app);
  registerTokenPolicy(app);
  registerIntrospect(app);
  registerRevokeLeaked(app);
};
