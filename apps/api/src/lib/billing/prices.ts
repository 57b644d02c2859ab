/**
 * The price table (SPEC is silent on amounts; these are demo prices in euro cents). Creating a
 * service of a priced section debits the balance (R11); a purchase (R13) has its own price per
 * kind. Sections not listed are free.
 */
export const CURRENCY = 'EUR';

const createPrices: Readonly<Record<string, number>> = {
  servers: 1500,
  databases: 500,
  balancers: 1000,
  sites: 300,
  emails: 100,
  ssl_certificates: 900,
  backups: 200,
  services: 400,
};

/** R13: the invoiceable actions of `inv` sections. */
export const purchaseKinds = {
  domains: { register: 1200, renew: 1200, transfer: 900 },
  ip_addresses: { rent: 300 },
} as const satisfies Record<string, Record<string, number>>;

export const createPrice = (section: string): number => createPrices[section] ?? 0;

/** The price of a purchase, or undefined when the section does not sell that kind. */
export const purchasePrice = (section: string, kind: string): number | undefined => {
  const table = (purchaseKinds as Record<string, Record<string, number>>)[section];
  return table?.[kind];
};

/** 1234 → "12.34 EUR" */
export const formatCents = (cents: number): string => `${(cents / 100).toFixed(2)} ${CURRENCY}`;
