import { z } from '@hono/zod-openapi';
import { LevelSchema } from '../authz-schemas.js';
import { DetailsSchema, SectionSchema, ServiceSchema } from '../services/schemas.js';
import { idSchema, NameSchema } from '../shared-schemas.js';

export const SupportOrgParamsSchema = z.object({
  org: idSchema('org').openapi({ param: { name: 'org', in: 'path' } }),
});

/** `mfa`: did the requester's contact come from a session with a second factor (R42)? */
export const MfaQuerySchema = z
  .enum(['true', 'false'])
  .default('false')
  .openapi({ description: 'R42: `true` only when the requester passed a second factor.' });

export const RequesterQuerySchema = z.object({
  user: idSchema('usr'),
  mfa: MfaQuerySchema,
});

export const TargetQuerySchema = RequesterQuerySchema.extend({
  section: SectionSchema,
  project: idSchema('prj').optional(),
  server: idSchema('srv').optional(),
});

export const TargetSchema = z
  .object({
    section: SectionSchema,
    project: idSchema('prj').optional(),
    server: idSchema('srv').optional(),
  })
  .openapi('Target');

const VerdictSchema = z.enum(['perform', 'needs_owner_approval', 'customer_only', 'verify_owner']);

export const AssessmentSchema = z
  .object({
    requester: z.enum(['owner', 'member', 'stranger']),
    level: LevelSchema,
    disclose: z.boolean(),
    actions: z.object({
      view: VerdictSchema,
      create: VerdictSchema,
      update: VerdictSchema,
      delete: VerdictSchema,
    }),
    reason: z.string(),
  })
  .openapi('SupportAssessment');

export const AssessResponseSchema = z
  .object({ target: TargetSchema, assessment: AssessmentSchema })
  .openapi('SupportAssessResponse');

export const RequesterSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    organizations: z.array(
      z.object({ id: z.string(), name: z.string(), role: z.enum(['owner', 'member']) }),
    ),
  })
  .openapi('SupportRequester');

export const MatrixSchema = z
  .object({
    org: z.object({ id: z.string(), name: z.string().nullable() }),
    requester: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      kind: z.enum(['owner', 'member', 'stranger']),
    }),
    mfa: z.boolean(),
    places: z.array(
      z.object({
        kind: z.enum(['org', 'project', 'server']),
        id: z.string(),
        name: z
          .string()
          .nullable()
          .openapi({ description: 'Null where the requester has no access (R15).' }),
      }),
    ),
    cells: z.array(
      z.object({
        section: z.string(),
        project: z.string().optional(),
        server: z.string().optional(),
        assessment: AssessmentSchema,
      }),
    ),
  })
  .openapi('SupportMatrix');

export const ApprovalSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    requesterId: z.string(),
    requesterName: z.string().nullable(),
    agentId: z.string().nullable(),
    agentName: z.string().nullable(),
    target: TargetSchema,
    action: z.enum(['view', 'create', 'update']),
    serviceId: z.string().nullable(),
    reason: z.string(),
    status: z.enum(['pending', 'approved', 'denied', 'expired', 'used']),
    expiresAt: z.string().datetime(),
    createdAt: z.string().datetime(),
    decidedAt: z.string().datetime().nullable(),
    usedAt: z.string().datetime().nullable(),
  })
  .openapi('Approval');

const checkTargetPlace = (t: { project?: string | undefined; server?: string | undefined }) =>
  !(t.project && t.server);

export const CreateApprovalBodySchema = z
  .object({
    user: idSchema('usr'),
    mfa: z.boolean().default(false),
    target: TargetSchema.refine(checkTargetPlace, 'a project or a server, not both'),
    action: z.enum(['view', 'create', 'update']),
    reason: z.string().trim().min(1).max(1000),
    serviceId: idSchema('svc').optional(),
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .default(24)
      .openapi({ description: 'R41: 24 hours unless said otherwise (at most a week).' }),
  })
  .openapi('CreateApprovalBody');

export const ApprovalIdParamsSchema = SupportOrgParamsSchema.extend({
  id: idSchema('apr').openapi({ param: { name: 'id', in: 'path' } }),
});

export const ActionBodySchema = z
  .object({
    user: idSchema('usr'),
    mfa: z.boolean().default(false),
    target: TargetSchema.refine(checkTargetPlace, 'a project or a server, not both'),
    action: z
      .enum(['view', 'create', 'update', 'delete'])
      .openapi({ description: '`delete` is always refused (R40): customers delete themselves.' }),
    serviceId: idSchema('svc').optional(),
    changes: z
      .object({
        name: NameSchema.optional(),
        details: DetailsSchema.optional(),
      })
      .optional(),
    approvalId: idSchema('apr').optional(),
  })
  .openapi('SupportActionBody');

/** What support sees of a service: never its secret, not even masked. */
export const SupportServiceSchema = ServiceSchema.pick({
  id: true,
  section: true,
  projectId: true,
  serverId: true,
  name: true,
  details: true,
  hasSecret: true,
}).openapi('SupportService');

export const ActionResultSchema = z
  .object({
    outcome: z.literal('performed'),
    action: z.enum(['view', 'create', 'update']),
    service: SupportServiceSchema.nullable(),
    items: z.array(SupportServiceSchema).optional(),
    approvalId: z.string().nullable(),
  })
  .openapi('SupportActionResult');

export const TicketBodySchema = z
  .object({
    project: idSchema('prj').optional(),
    server: idSchema('srv').optional(),
    subject: z.string().trim().min(1).max(500),
    user: idSchema('usr').optional().openapi({ description: 'The requester, when known.' }),
  })
  .refine((t) => (t.project ? !t.server : !!t.server), {
    message: 'exactly one of project / server',
    path: ['project'],
  })
  .openapi('TicketBody');

export const TicketSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    projectId: z.string().nullable(),
    serverId: z.string().nullable(),
    subject: z.string(),
    createdAt: z.string().datetime(),
    alerted: z
      .number()
      .int()
      .openapi({ description: 'How many technical contacts were alerted (R44).' }),
  })
  .openapi('Ticket');
