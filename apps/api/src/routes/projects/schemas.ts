import { z } from '@hono/zod-openapi';
import { idSchema, NameSchema } from '../shared-schemas.js';

export const CreateProjectBodySchema = z
  .object({
    name: NameSchema,
    serverId: idSchema('srv')
      .optional()
      .openapi({ description: 'Open the project on this dedicated server.' }),
  })
  .openapi('CreateProjectBody');

export const ProjectSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    serverId: z.string().nullable(),
    createdAt: z.string().datetime(),
  })
  .openapi('Project');

export const ProjectListSchema = z
  .object({ projects: z.array(ProjectSchema) })
  .openapi('ProjectList');
