import { createEvaluator, type Evaluator, type OrgSnapshot } from '@mandate/core';
import type { Db } from '../../db/database.js';
import { findOrgAccess, type OrgAccessRow } from '../../db/organizations.js';
import { loadOrgMembers, loadOrgSnapshot } from '../../db/snapshot.js';

/** One organization as the API decides on it, valid for one authz_version. */
export interface OrgAuthz {
  orgId: string;
  ownerId: string;
  closedAt: Date | null;
  version: number;
  snapshot: OrgSnapshot;
  evaluator: Evaluator;
  /** memberships (owner included): who may see the organization at all */
  members: ReadonlySet<string>;
}

const MAX_ENTRIES = 10_000;

/**
 * One compiled evaluator per organization, keyed by authz_version. Every lookup reads the
 * version (one indexed query), so a change committed by any instance is enforced on the very
 * next request (stale window 0, R20). The version is read before the snapshot: a snapshot can
 * only be newer than its key, and a newer version always forces a rebuild.
 */
export class EvaluatorCache {
  readonly #entries = new Map<string, OrgAuthz>();
  readonly #building = new Map<string, Promise<OrgAuthz>>();

  /**
   * The organization's current evaluator, or null when the organization does not exist.
   * `readNow` is the organization's access row when this request already read it (with its
   * token): still read in this request, so the stale window stays 0.
   */
  async get(db: Db, orgId: string, readNow?: OrgAccessRow): Promise<OrgAuthz | null> {
    const access = readNow ?? (await findOrgAccess(db, orgId));
    if (!access) return null;
    const hit = this.#entries.get(orgId);
    // Closing goes through commitChange, so it bumps the version too: a hit is never stale.
    if (hit && hit.version === access.authzVersion) return hit;
    const key = `${orgId}:${access.authzVersion}`;
    let building = this.#building.get(key);
    if (!building) {
      building = this.#build(db, orgId, access).finally(() => this.#building.delete(key));
      this.#building.set(key, building);
    }
    return building;
  }

  async #build(
    db: Db,
    orgId: string,
    access: { ownerId: string; closedAt: Date | null; authzVersion: number },
  ): Promise<OrgAuthz> {
    const [snapshot, members] = await Promise.all([
      loadOrgSnapshot(db, { id: orgId, ownerId: access.ownerId }),
      loadOrgMembers(db, orgId),
    ]);
    const entry: OrgAuthz = {
      orgId,
      ownerId: access.ownerId,
      closedAt: access.closedAt,
      version: access.authzVersion,
      snapshot,
      evaluator: createEvaluator(snapshot),
      members: new Set(members),
    };
    const current = this.#entries.get(orgId);
    if (!current || current.version < entry.version) {
      this.#entries.delete(orgId);
      if (this.#entries.size >= MAX_ENTRIES) {
        const oldest = this.#entries.keys().next().value;
        if (oldest !== undefined) this.#entries.delete(oldest);
      }
      this.#entries.set(orgId, entry);
    }
    return entry;
  }
}
