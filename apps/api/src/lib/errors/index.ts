export { ApiError, type FieldError } from './api-error.js';
export { type ErrorCode, errorCodes, statusOf } from './codes.js';
export { onError, onNotFound, problemResponse, validationHook } from './handlers.js';
export { ErrorCodeSchema, errorResponses, type Problem, ProblemSchema } from './problem.js';
