import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.js';
import { writeAudit } from './audit.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('audit_log (R34)', () => {
  it('R34: rows can be appended but the database refuses UPDATE and DELETE', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    await writeAudit(h.db, {
      orgId: org.id,
      actor: { userId: owner.id },
      action: 'test.append',
      after: { a: 1 },
    });
    const rows = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('org_id', '=', org.id)
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['org.create', 'test.append']);
    await expect(
      sql`update audit_log set action = 'forged' where org_id = ${org.id}`.execute(h.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where org_id = ${org.id}`.execute(h.db)).rejects.toThrow(
      /append-only/,
    );
    const after = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('org_id', '=', org.id)
      .execute();
    expect(after).toHaveLength(2);
  });

  it('R34: opening a project writes actor, action and after in the same transaction', async () => {
    const owner = await h.signUp();
    const org = await h.createOrg(owner);
    const project = await h.createProject(owner, org.id, 'audited');
    const row = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('org_id', '=', org.id)
      .where('action', '=', 'project.create')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_user_id: owner.id, subject_id: project.id });
    expect(row.after).toMatchObject({ name: 'audited' });
  });
});
