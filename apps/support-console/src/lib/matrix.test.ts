import { catalog, type SupportAssessment } from '@mandate/core';
import { describe, expect, it } from 'vitest';
import { buildTables, type Cell, type Place, placeDisclosed, targetParams } from './matrix';

const granted: SupportAssessment = {
  requester: 'member',
  level: 'read',
  disclose: true,
  actions: {
    view: 'perform',
    create: 'needs_owner_approval',
    update: 'needs_owner_approval',
    delete: 'customer_only',
  },
  reason: 'granted',
};
const hidden: SupportAssessment = {
  requester: 'member',
  level: 'none',
  disclose: false,
  actions: {
    view: 'verify_owner',
    create: 'verify_owner',
    update: 'verify_owner',
    delete: 'verify_owner',
  },
  reason: 'no_grant',
};

const places: Place[] = [
  { kind: 'org', id: 'o1', name: 'Acme' },
  { kind: 'project', id: 'p1', name: 'Shop' },
  { kind: 'project', id: 'p2', name: 'Secret' },
  { kind: 'server', id: 's1', name: 'Box' },
];
const cells: Cell[] = [
  { section: 'billing', assessment: granted },
  { section: 'databases', project: 'p1', assessment: granted },
  { section: 'databases', project: 'p2', assessment: hidden },
  { section: 'firewall', server: 's1', assessment: hidden },
];

describe('buildTables', () => {
  const [org, projects, servers] = buildTables(places, cells, 'en');

  it('makes one table per scope kind with that kind of places', () => {
    expect(org?.places.map((p) => p.kind)).toEqual(['org']);
    expect(projects?.places.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(servers?.places.map((p) => p.id)).toEqual(['s1']);
  });

  it('lists every catalog section once, in catalog order, under its group', () => {
    const all = [org, projects, servers].flatMap((t) =>
      t!.groups.flatMap((g) => g.rows.map((r) => r.section.id)),
    );
    expect(all).toEqual(catalog.sections.map((s) => s.id).sort((a, b) => orderOf(a) - orderOf(b)));
    expect(new Set(all).size).toBe(catalog.sections.length);
  });

  it('puts each assessment in its section and place', () => {
    const row = projects!.groups.flatMap((g) => g.rows).find((r) => r.section.id === 'databases');
    expect(row?.cells).toEqual([granted, hidden]);
  });

  it('puts organization cells under the organization place, whatever its id', () => {
    const row = org!.groups.flatMap((g) => g.rows).find((r) => r.section.id === 'billing');
    expect(row?.cells).toEqual([granted]);
  });

  it('uses the catalog labels of the locale', () => {
    const [, fr] = buildTables(places, cells, 'fr');
    const row = fr!.groups.flatMap((g) => g.rows).find((r) => r.section.id === 'databases');
    expect(row?.label).toBe('Bases de données');
    expect(fr!.groups.map((g) => g.label)).toContain('Cloud et réseau');
  });

  it('names a place only when something may be disclosed there (R15)', () => {
    expect(placeDisclosed(projects!, 0)).toBe(true);
    expect(placeDisclosed(projects!, 1)).toBe(false);
    expect(placeDisclosed(servers!, 0)).toBe(false);
  });
});

describe('targetParams', () => {
  it('names the project or the server of a place', () => {
    expect(targetParams('databases', { kind: 'project', id: 'p1', name: null })).toEqual({
      section: 'databases',
      project: 'p1',
    });
    expect(targetParams('firewall', { kind: 'server', id: 's1', name: null })).toEqual({
      section: 'firewall',
      server: 's1',
    });
    expect(targetParams('billing', { kind: 'org', id: 'o1', name: 'Acme' })).toEqual({
      section: 'billing',
    });
  });
});

/** Display order: by scope kind (org, project, server), then group order, then catalog order. */
function orderOf(id: string): number {
  const kinds = ['org', 'project', 'server'];
  const s = catalog.sections.find((x) => x.id === id)!;
  const g = catalog.groups.findIndex((x) => x.id === s.group);
  return kinds.indexOf(s.scope) * 1e6 + g * 1e3 + catalog.sections.indexOf(s);
}
