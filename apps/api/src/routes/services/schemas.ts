import { z } from '@hono/zod-openapi';
import { catalog, sectionInfo } from '@mandate/core';
import { idSchema, NameSchema } from '../shared-schemas.js';

const allSections = catalog.sections.map((s) => s.id) as [string, ...string[]];
const placeSections = catalog.sections.filter((s) => s.scope !== 'org').map((s) => s.id) as [
  string,
  ...string[],
];

/** Any section of the catalog (§2); anything else is a 400. */
export const SectionSchema = z.enum(allSections).openapi('SectionId');
/** A section whose services live in a project or on a server. */
export const PlaceSectionSchema = z.enum(placeSections).openapi('PlaceSectionId');

export const ServiceIdParamsSchema = z.object({
  org: idSchema('org').openapi({ param: { name: 'org', in: 'path' } }),
  id: idSchema('svc').openapi({ param: { name: 'id', in: 'path' } }),
});

export const PageQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^[a-z]{3}_[0-9a-z]{1,40}$/, 'must be a nextCursor')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ListServicesQuerySchema = PageQuerySchema.extend({
  section: SectionSchema.optional(),
  project: idSchema('prj').optional(),
  server: idSchema('srv').optional(),
});

const MAX_DETAILS_CHARS = 16_384;
export const DetailsSchema = z
  .record(z.string().max(100), z.unknown())
  .refine((d) => JSON.stringify(d).length <= MAX_DETAILS_CHARS, {
    message: `at most ${MAX_DETAILS_CHARS} characters of JSON`,
  })
  .openapi({ description: 'Free-form, non-secret settings of the service.' });

export const SecretSchema = z.string().min(1).max(4096).openapi({
  description: 'A password or key (only `cred` sections); never shown in reads (R10).',
});

type PlaceInput = { section: string; project?: string | undefined; server?: string | undefined };

/** The place must match the section's scope: a project for project sections, a server for server ones. */
export const checkPlace = (v: PlaceInput, ctx: z.RefinementCtx, secret?: string): void => {
  const info = sectionInfo(v.section);
  if (!info) return;
  if (info.scope === 'project' && (!v.project || v.server)) {
    ctx.addIssue({
      code: 'custom',
      path: ['project'],
      message: 'a project section needs `project` (and no `server`)',
    });
  }
  if (info.scope === 'server' && (!v.server || v.project)) {
    ctx.addIssue({
      code: 'custom',
      path: ['server'],
      message: 'a server section needs `server` (and no `project`)',
    });
  }
  if (secret !== undefined && !info.cred) {
    ctx.addIssue({
      code: 'custom',
      path: ['secret'],
      message: 'only `cred` sections hold secrets',
    });
  }
};

export const CreateServiceBodySchema = z
  .object({
    section: PlaceSectionSchema,
    project: idSchema('prj').optional(),
    server: idSchema('srv').optional(),
    name: NameSchema,
    details: DetailsSchema.optional(),
    secret: SecretSchema.optional(),
  })
  .superRefine((v, ctx) => checkPlace(v, ctx, v.secret))
  .openapi('CreateServiceBody');

export const UpdateServiceBodySchema = z
  .object({
    name: NameSchema.optional(),
    details: DetailsSchema.optional(),
    secret: SecretSchema.nullable().optional(),
  })
  .refine((v) => v.name !== undefined || v.details !== undefined || v.secret !== undefined, {
    message: 'change at least one of name, details, secret',
  })
  .openapi('UpdateServiceBody');

export const ServiceSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    section: z.string(),
    projectId: z.string().nullable(),
    serverId: z.string().nullable(),
    name: z.string(),
    details: z.record(z.string(), z.unknown()),
    hasSecret: z.boolean(),
    secret: z.string().nullable().openapi({
      description: 'Always masked (`********`) or null; reveal with …/credentials (R10).',
    }),
    priceCents: z.number().int(),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    credentialsVisible: z
      .boolean()
      .optional()
      .openapi({ description: 'R10: the caller may reveal the credentials.' }),
  })
  .openapi('Service');

export const ServicePageSchema = z
  .object({ items: z.array(ServiceSchema), nextCursor: z.string().nullable() })
  .openapi('ServicePage');

export const CredentialsSchema = z
  .object({ serviceId: z.string(), secret: z.string().nullable() })
  .openapi('ServiceCredentials');

export const PurchaseBodySchema = z
  .object({
    section: z.enum(['domains', 'ip_addresses']),
    project: idSchema('prj'),
    name: NameSchema,
    kind: z.enum(['register', 'renew', 'transfer', 'rent']),
    serviceId: idSchema('svc').optional().openapi({ description: 'The domain to renew.' }),
  })
  .superRefine((v, ctx) => {
    const ok = v.section === 'domains' ? v.kind !== 'rent' : v.kind === 'rent';
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'domains: register | renew | transfer; ip_addresses: rent',
      });
    }
  })
  .openapi('PurchaseBody');
