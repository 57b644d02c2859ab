import { z } from '@hono/zod-openapi';

export const BillingSchema = z
  .object({
    balance: z.number().openapi({ description: 'In currency units (12.5 = 12.50 EUR).' }),
    balanceCents: z.number().int(),
    creditLimitCents: z
      .number()
      .int()
      .openapi({ description: 'How far below zero the balance may go.' }),
    currency: z.string(),
    negative: z.boolean(),
  })
  .openapi('Billing');

export const InvoiceSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    serviceId: z.string().nullable(),
    description: z.string(),
    amount: z.number(),
    amountCents: z.number().int(),
    currency: z.string(),
    status: z.enum(['paid', 'due']),
    issuedAt: z.string().datetime(),
  })
  .openapi('Invoice');

export const InvoicePageSchema = z
  .object({ items: z.array(InvoiceSchema), nextCursor: z.string().nullable() })
  .openapi('InvoicePage');
