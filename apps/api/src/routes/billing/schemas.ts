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

export const PaymentSchema = z
  .object({
    id: z.string(),
    amount: z.number(),
    amountCents: z.number().int(),
    currency: z.string(),
    paidBy: z.string().nullable().openapi({ description: 'The user who paid.' }),
    paidByName: z.string().nullable(),
    paidAt: z.string().datetime(),
  })
  .openapi('Payment');

export const PaymentPageSchema = z
  .object({ items: z.array(PaymentSchema), nextCursor: z.string().nullable() })
  .openapi('PaymentPage');

export const MIN_PAYMENT_CENTS = 100;
export const MAX_PAYMENT_CENTS = 10_000_000;

export const AddFundsBodySchema = z
  .object({
    amountCents: z
      .number()
      .int()
      .min(MIN_PAYMENT_CENTS)
      .max(MAX_PAYMENT_CENTS)
      .openapi({ description: 'From 1.00 to 100,000.00, in cents.', example: 5000 }),
  })
  .openapi('AddFundsBody');

export const AddFundsResultSchema = z
  .object({
    payment: PaymentSchema,
    balance: z.number(),
    balanceCents: z.number().int(),
  })
  .openapi('AddFundsResult');
