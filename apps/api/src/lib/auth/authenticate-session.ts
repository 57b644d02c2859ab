import type { Services } from '../../context.js';
import { ApiError } from '../errors/index.js';
import type { Caller } from './caller.js';

export interface SessionOptions {
  /** Only `POST /v1/auth/totp/verify` accepts a session still waiting for its second factor. */
  allowPendingSecondFactor?: boolean;
}

/** A lucia session id (the customer bearer) becomes a user principal. */
export const authenticateSession = async (
  services: Services,
  sessionId: string,
  options: SessionOptions = {},
): Promise<Caller & { kind: 'session' }> => {
  const { session } = await services.lucia.validateSession(sessionId);
  if (!session) {
    throw new ApiError({ code: 'session_expired', detail: 'The session is unknown or expired.' });
  }
  if (session.secondFactorPending && !options.allowPendingSecondFactor) {
    throw new ApiError({
      code: 'second_factor_required',
      detail: 'Finish signing in with POST /v1/auth/totp/verify.',
    });
  }
  return {
    kind: 'session',
    userId: session.userId,
    sessionId: session.id,
    mfa: session.mfa,
    principal: { kind: 'user', userId: session.userId, mfa: session.mfa },
  };
};
