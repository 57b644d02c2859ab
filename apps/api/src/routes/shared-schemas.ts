import { z } from '@hono/zod-openapi';

/** Prefixed random ids (`org_…`); anything else is a 400, never a database error. */
export const idSchema = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9a-z]{1,40}$`), `must be a ${prefix}_… id`)
    .openapi({ example: `${prefix}_k3v9x0d2m8q1w7e5r4t6` });

export const OrgParamsSchema = z.object({
  org: idSchema('org').openapi({ param: { name: 'org', in: 'path' } }),
});

export const NameSchema = z.string().trim().min(1).max(200);

/** Every protected route declares it, so the OpenAPI document says how to authenticate. */
export const bearerSecurity = [{ bearer: [] }];

/** JSON body declaration: `required` makes a missing or non-JSON body a 400/415, not `{}`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
