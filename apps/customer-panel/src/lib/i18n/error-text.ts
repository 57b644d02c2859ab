import { catalog } from '@mandate/core';
import { type Locale, type MessageKey, messages, translate } from './messages';

/**
 * Words for an API error code in the page's language: the core catalog's reason labels first
 * (escalation, mfa_required, owner_only…), then the panel's own messages, then the API's detail.
 */
export function errorText(code: string, locale: Locale, detail?: string): string {
  const reason = (catalog.reasons as Record<string, { en: string; fr: string } | undefined>)[code];
  if (reason) return reason[locale];
  const key = `error.${code}` as MessageKey;
  if (key in messages) return translate(locale, key);
  return detail ?? translate(locale, 'app.error');
}
