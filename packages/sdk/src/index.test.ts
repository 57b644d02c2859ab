import { describe, expect, it } from 'vitest';
import * as sdk from './index.js';

describe('the public surface', () => {
  it('re-exports the catalog so a client renders the matrix with EN/FR labels', () => {
    expect(sdk.sectionIds).toEqual(sdk.catalog.sections.map((s) => s.id));
    expect(sdk.sectionIds).toContain('databases');
    for (const id of sdk.sectionIds) {
      const info = sdk.sectionInfo(id);
      expect(info?.label.en).toBeTruthy();
      expect(info?.label.fr).toBeTruthy();
    }
    expect(sdk.levels).toEqual(['none', 'read', 'manage']);
    expect(sdk.actions).toContain('view_credentials');
    expect(sdk.reasonLabel('mfa_required', 'fr')).not.toBe(sdk.reasonLabel('mfa_required', 'en'));
    expect(sdk.isLevel('manage')).toBe(true);
    expect(sdk.roleInfo('hosting_web')?.label.fr).toBeTruthy();
  });

  it('exports the client, the errors and the helpers', () => {
    expect(typeof sdk.createMandateClient).toBe('function');
    expect(typeof sdk.unwrap).toBe('function');
    expect(typeof sdk.isMandateError).toBe('function');
    expect(new sdk.MandateError(404, null)).toBeInstanceOf(Error);
    expect(sdk.parseRetryAfter('3')).toBe(3000);
  });
});
