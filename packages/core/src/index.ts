export {
  actions,
  catalog,
  isAction,
  isLevel,
  levels,
  reasonLabel,
  roleInfo,
  sectionInfo,
} from './catalog.js';
export { createEvaluator } from './evaluator.js';
export type { ReasonCode } from './reasons.js';
export type * from './types.js';
export { type GrantProblem, validateGrant } from './validate-grant.js';
