/**
 * The public contract of @mandate/core (SPEC §9). Names here are part of the contract:
 * adding fields is fine, renaming or removing them is a breaking change.
 */

/** Access level, ordered `none` < `read` < `manage`. */
export type Level = 'none' | 'read' | 'manage';

/** What a principal tries to do on a section or service (SPEC §4). */
export type Action = 'view' | 'view_credentials' | 'create' | 'update' | 'delete' | 'purchase';

/** Where a grant applies: the whole organization, one project or one server. */
export type Scope = { org: true } | { project: string } | { server: string };

export type ScopeKind = 'org' | 'project' | 'server';

/** Named presets of levels (R3). Customer roles live at organization scope, hosting roles at project scope. */
export type RoleId =
  | 'customer_admin'
  | 'customer_manager'
  | 'customer_domain'
  | 'hosting_admin'
  | 'hosting_web'
  | 'hosting_mail'
  | 'hosting_stats';

export interface OrgSnapshot {
  id: string;
  ownerId: string;
  projects: string[];
  servers: string[];
  /** team id -> user ids */
  teams: Record<string, string[]>;
  grants: Grant[];
}

export interface Grant {
  id: string;
  grantee: { user: string } | { team: string };
  scope: Scope;
  /** Exactly one of `role` / `levels`. */
  role?: RoleId;
  /** section id -> level */
  levels?: Partial<Record<string, Level>>;
  requireMfa?: boolean;
  /** ISO 8601; the grant counts for nothing from this instant on (R8). */
  expiresAt?: string;
}

/** A token's narrowing (R21): its power is the minimum of its user's and this cap. */
export interface TokenCap {
  levels?: Partial<Record<string, Level>>;
  projects?: string[];
  readOnly?: boolean;
}

export type Principal =
  | { kind: 'user'; userId: string; mfa: boolean }
  | {
      kind: 'token';
      userId: string;
      tokenId: string;
      mfa: boolean;
      cap?: TokenCap;
      expiresAt?: string;
    };

export interface Target {
  section: string;
  project?: string;
  server?: string;
}

export interface Decision {
  allowed: boolean;
  /** A stable reason code; `catalog.reasons` holds its English and French message. */
  reason: string;
  /** The principal's effective level on the target. */
  level: Level;
  /** Ids of the grants that produced that level. */
  grants: string[];
  credentialsVisible: boolean;
}

export type SupportAction = 'view' | 'create' | 'update' | 'delete';
export type SupportVerdict = 'perform' | 'needs_owner_approval' | 'customer_only' | 'verify_owner';

export interface SupportAssessment {
  requester: 'owner' | 'member' | 'stranger';
  level: Level;
  disclose: boolean;
  actions: Record<SupportAction, SupportVerdict>;
  reason: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'used';

export interface Approval {
  id: string;
  requesterId: string;
  target: Target;
  action: 'view' | 'create' | 'update';
  status: ApprovalStatus;
  expiresAt: string;
}

export interface Label {
  en: string;
  fr: string;
}

export interface SectionInfo {
  id: string;
  scope: ScopeKind;
  cred: boolean;
  inv: boolean;
  ownerOnly: boolean;
  /** R6: sections that follow this one. */
  related: string[];
  /** How the panel groups sections (an id of `catalog.groups`). */
  group: string;
  label: Label;
}

export interface RoleInfo {
  id: RoleId;
  scope: 'org' | 'project';
  levels: Record<string, Level>;
  /** customer_domain: purchase domains without billing (R13). */
  purchase?: boolean;
  label: Label;
}

export interface GroupInfo {
  id: string;
  scope: ScopeKind;
  label: Label;
}

export interface Catalog {
  /** §2, in display order. */
  sections: SectionInfo[];
  /** R3 */
  roles: RoleInfo[];
  /** Every reason code any function returns. */
  reasons: Record<string, Label>;
  /** The groups `SectionInfo.group` refers to, in display order. */
  groups: GroupInfo[];
  levels: readonly Level[];
  actions: readonly Action[];
}

export interface EffectiveGrant {
  id: string;
  via: { user: string } | { team: string };
  scope: Scope;
  requireMfa: boolean;
  expiresAt?: string;
}

export interface EffectiveCell {
  level: Level;
  grants: EffectiveGrant[];
  credentialsVisible: boolean;
}

/** Only sections above `none` appear. */
export interface Effective {
  org: Record<string, EffectiveCell>;
  projects: Record<string, Record<string, EffectiveCell>>;
  servers: Record<string, Record<string, EffectiveCell>>;
  /** R9 */
  menus: { serverStatus: boolean; configuration: boolean };
}

export interface Evaluator {
  decide(who: Principal, action: Action, target: Target, now?: Date): Decision;
  effective(who: Principal, now?: Date): Effective;
  assessSupport(
    req: { userId: string; mfa: boolean },
    target: Target,
    approvals?: Approval[],
    now?: Date,
  ): SupportAssessment;
  checkGrant(grantor: Principal, grant: Grant, now?: Date): Decision;
}
