import { catalog, type Effective } from '@mandate/core';
import { describe, expect, it } from 'vitest';
import {
  grantableSections,
  groupedSections,
  levelAt,
  levelsUpTo,
  rolesFor,
  visibleGroups,
} from './sections';

const cell = (level: 'read' | 'manage') => ({ level, grants: [], credentialsVisible: false });

describe('sections', () => {
  it('groups every project section exactly once, in catalog order', () => {
    const groups = groupedSections('project');
    const ids = groups.flatMap((g) => g.sections.map((s) => s.id));
    expect(ids.sort()).toEqual(
      catalog.sections
        .filter((s) => s.scope === 'project')
        .map((s) => s.id)
        .sort(),
    );
    const order = catalog.groups.map((g) => g.id);
    const seen = groups.map((g) => order.indexOf(g.group.id));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('leaves owner-only sections out of what a grant can name (R14)', () => {
    const ids = grantableSections('org').flatMap((g) => g.sections.map((s) => s.id));
    expect(ids).toContain('billing');
    expect(ids).not.toContain('company_details');
  });

  it('offers billing everywhere and members at project scope (R5, R12)', () => {
    const project = grantableSections('project').flatMap((g) => g.sections.map((s) => s.id));
    expect(project).toContain('members');
    expect(project).toContain('billing');
    const server = grantableSections('server').flatMap((g) => g.sections.map((s) => s.id));
    expect(server).toContain('billing');
    expect(server).not.toContain('members');
  });

  it('offers levels only up to what the editor holds (R31)', () => {
    expect(levelsUpTo('read')).toEqual(['none', 'read']);
    expect(levelsUpTo('manage')).toEqual(catalog.levels);
  });

  it('offers customer roles at organization scope and hosting roles at project scope', () => {
    expect(rolesFor('org').map((r) => r.id)).toContain('customer_admin');
    expect(rolesFor('project').map((r) => r.id)).toContain('hosting_web');
    expect(rolesFor('server')).toEqual([]);
  });

  it('shows only sections above none at a place', () => {
    const effective: Effective = {
      org: {},
      projects: { p1: { databases: cell('read'), sites: cell('manage') } },
      servers: {},
      menus: { serverStatus: true, configuration: false },
    };
    const groups = visibleGroups(effective, { project: 'p1' });
    expect(groups.flatMap((g) => g.sections.map((s) => s.id)).sort()).toEqual([
      'databases',
      'sites',
    ]);
    expect(visibleGroups(effective, { project: 'p2' })).toEqual([]);
    expect(levelAt(effective, { project: 'p1' }, 'databases')).toBe('read');
    expect(levelAt(effective, { project: 'p1' }, 'emails')).toBe('none');
  });
});
