export {
  type Action,
  actions,
  type Catalog,
  catalog,
  type Decision,
  type Effective,
  type EffectiveCell,
  type Label,
  type Level,
  levels,
  type RoleId,
  type RoleInfo,
  reasonLabel,
  type SectionInfo,
  sectionInfo,
} from '@mandate/core';
export {
  type BodyOf,
  createMandateClient,
  type ItemOf,
  type ListPath,
  type MandateClient,
  type MandateClientOptions,
  type Operation,
  type QueryOf,
  type SuccessOf,
  type TokenSource,
  unwrap,
} from './client.js';
export {
  type ErrorCode,
  type FieldError,
  isMandateError,
  MandateError,
  type Problem,
} from './errors.js';
export { parseRetryAfter, type RetryOptions } from './retry.js';
export type { components, operations, paths } from './schema.js';
export { type SectionId, sectionIds } from './sections.js';
