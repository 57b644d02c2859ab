export { type AuthorizeOptions, authorize, decide, denialError } from './authorize.js';
export { commitChange, type Receipt } from './change.js';
export { EvaluatorCache, type OrgAuthz } from './evaluator-cache.js';
export { loadOrg, orgNotFound } from './org-access.js';
