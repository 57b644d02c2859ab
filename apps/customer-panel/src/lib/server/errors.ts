import { MandateError } from '@mandate/sdk';
import { error, fail, isRedirect, redirect } from '@sveltejs/kit';
import { errorText } from '$lib/i18n/error-text';
import { type Locale, type MessageKey, translate } from '$lib/i18n/messages';

export { errorText };

/** What a failed form action gives back to its page: a message and errors per field. */
export interface FormProblem {
  /** The message for the whole form ('' when only fields are wrong). */
  message: string;
  code: string;
  /** Errors shown next to their field. */
  fields: Record<string, string>;
  /** What the user typed, echoed back (never passwords). */
  values: Record<string, string>;
}

/** A form rejected before reaching the API (message keys per field). */
export function invalid(
  locale: Locale,
  errors: Partial<Record<string, MessageKey>>,
  values: Record<string, string> = {},
) {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) if (v) fields[k] = translate(locale, v);
  return fail(400, { message: '', code: 'validation_failed', fields, values } as FormProblem);
}

const formCodes = new Set(['invalid_credentials', 'invalid_totp']);

/** Turns an API error into a form failure; field errors go next to their field. */
export function formFailure(err: unknown, locale: Locale, values: Record<string, string> = {}) {
  if (isRedirect(err)) throw err;
  if (!(err instanceof MandateError)) {
    console.error(err);
    return fail(503, {
      message: translate(locale, 'app.apiDown'),
      code: 'unavailable',
      fields: {},
      values,
    } as FormProblem);
  }
  // A 401 about the session ends it; a wrong password or code is the form's own error.
  if (err.status === 401 && !formCodes.has(err.code)) redirect(303, '/signin?expired=1');
  const fields: Record<string, string> = {};
  for (const e of err.errors) {
    const field = fieldOf(e);
    if (field && !fields[field]) fields[field] = fieldMessage(e, locale);
  }
  return fail(err.status >= 400 && err.status < 600 ? err.status : 400, {
    message: errorText(err.code, locale, err.detail),
    code: err.code,
    fields,
    values,
  } as FormProblem);
}

// The API names a field by where it sits in the request (`body.legalName`); a form names it
// `legalName`.
const formField = (path: string): string => path.replace(/^(body|query)\./, '');

function fieldOf(e: unknown): string | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const o = e as { path?: unknown; field?: unknown; pointer?: unknown };
  if (typeof o.field === 'string') return o.field;
  if (Array.isArray(o.path)) return formField(o.path.map(String).join('.'));
  if (typeof o.path === 'string') return formField(o.path.replace(/^\//, '').replaceAll('/', '.'));
  if (typeof o.pointer === 'string') return o.pointer.replace(/^#?\//, '').replaceAll('/', '.');
  return undefined;
}

function fieldMessage(e: unknown, locale: Locale): string {
  const o = (e ?? {}) as { code?: unknown; message?: unknown };
  if (typeof o.code === 'string') {
    const text = errorText(o.code, locale, typeof o.message === 'string' ? o.message : undefined);
    if (text) return text;
  }
  return typeof o.message === 'string' ? o.message : translate(locale, 'app.error');
}

/**
 * For `load` functions: sign-in when the session is gone, the second factor when a grant needs
 * it, a 404 page for what the user may not see (R15), else an error page.
 */
export function loadFailure(err: unknown, url: URL): never {
  if (isRedirect(err)) throw err;
  if (err instanceof MandateError) {
    const back = encodeURIComponent(url.pathname + url.search);
    if (err.status === 401) redirect(303, `/signin?expired=1&next=${back}`);
    if (err.code === 'mfa_required') redirect(303, `/account/security?mfa=needed&next=${back}`);
    if (err.status === 404) error(404, { message: 'not_found', code: err.code });
    if (err.status === 403) error(403, { message: err.detail, code: err.code });
    error(err.status >= 400 && err.status < 600 ? err.status : 500, {
      message: err.detail,
      code: err.code,
    });
  }
  console.error(err);
  error(503, { message: 'unavailable', code: 'unavailable' });
}
