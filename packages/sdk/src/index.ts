export {
  type Action,
  actions,
  type Catalog,
  catalog,
  type Decision,
  type Effective,
  type EffectiveCell,
  type GroupInfo,
  isAction,
  isLevel,
  type Label,
  type Level,
  levels,
  type ReasonCode,
  type RoleId,
  type RoleInfo,
  reasonLabel,
  roleInfo,
  type Scope,
  type SectionInfo,
  sectionInfo,
} from '@mandate/core';
export {
  createMandateClient,
  type MandateClient,
  type MandateClientOptions,
  type TokenSource,
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
export type { BodyOf, ItemOf, ListPath, Operation, Page, QueryOf, SuccessOf } from './types.js';
export { unwrap } from './unwrap.js';
