import type { Principal } from '@mandate/core';
import type { OrgAccessRow } from '../../db/organizations.js';

/** Who is calling, resolved from the bearer credential by the auth middleware. */
export type Caller =
  | {
      kind: 'session';
      userId: string;
      sessionId: string;
      /** R7: the session passed a second factor. */
      mfa: boolean;
      principal: Principal;
    }
  | {
      kind: 'token';
      userId: string;
      tokenId: string;
      /** A token works for one organization only. */
      orgId: string;
      /** That organization's authz_version etc., read with the token in this request. */
      orgAccess?: OrgAccessRow;
      principal: Principal;
    };

export interface SupportAgent {
  agentId: string;
  sessionId: string;
  email: string;
  name: string;
}

export type CallerEnv = { Variables: { caller: Caller } };
export type AgentEnv = { Variables: { agent: SupportAgent } };
