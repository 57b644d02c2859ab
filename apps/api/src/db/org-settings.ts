import type { Db } from './database.js';
import { toJson } from './json.js';

export interface CompanyDetails {
  legalName: string;
  address: string;
  vatNumber: string;
}

const EMPTY: CompanyDetails = { legalName: '', address: '', vatNumber: '' };

export const findCompanyDetails = async (db: Db, orgId: string): Promise<CompanyDetails> => {
  const row = await db
    .selectFrom('organizations')
    .select('company_details')
    .where('id', '=', orgId)
    .executeTakeFirst();
  const stored = (row?.company_details ?? {}) as Partial<CompanyDetails>;
  return {
    legalName: typeof stored.legalName === 'string' ? stored.legalName : EMPTY.legalName,
    address: typeof stored.address === 'string' ? stored.address : EMPTY.address,
    vatNumber: typeof stored.vatNumber === 'string' ? stored.vatNumber : EMPTY.vatNumber,
  };
};

export const updateCompanyDetails = async (db: Db, orgId: string, details: CompanyDetails) => {
  await db
    .updateTable('organizations')
    .set({ company_details: toJson(details) })
    .where('id', '=', orgId)
    .execute();
};

/** Closing is final; false when it was already closed. */
export const closeOrganization = async (db: Db, orgId: string, at: Date): Promise<boolean> => {
  const rows = await db
    .updateTable('organizations')
    .set({ closed_at: at })
    .where('id', '=', orgId)
    .where('closed_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
};
