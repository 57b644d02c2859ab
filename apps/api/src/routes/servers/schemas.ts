import { z } from '@hono/zod-openapi';
import { NameSchema } from '../shared-schemas.js';

export const CreateServerBodySchema = z.object({ name: NameSchema }).openapi('CreateServerBody');

export const ServerSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    createdAt: z.string().datetime(),
  })
  .openapi('Server');

export const ServerListSchema = z.object({ servers: z.array(ServerSchema) }).openapi('ServerList');
