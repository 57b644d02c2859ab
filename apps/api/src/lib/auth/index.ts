export { newApiTokenSecret, TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from './api-token.js';
export type { AgentEnv, Caller, CallerEnv, SupportAgent } from './caller.js';
export {
  requireAgent,
  requireCaller,
  requirePendingSession,
  requireSession,
} from './middleware.js';
export { hashPassword, verifyPassword } from './password.js';
export { sha256 } from './secrets.js';
export { currentTotp, newTotpSecret, verifyTotp } from './totp.js';
