import type { Label } from '@mandate/core';
import { page } from '$app/state';
import { defaultLocale, type Locale, type MessageKey, translate, type Vars } from './messages';

/** The locale of the page being rendered (set by hooks.server.ts, exposed by the root layout). */
export const currentLocale = (): Locale => page.data.locale ?? defaultLocale;

/** A UI string of the message catalog in the current locale. Reactive inside templates. */
export const t = (key: MessageKey, vars?: Vars): string => translate(currentLocale(), key, vars);

/** A label of the core catalog (section, role, group, reason) in the current locale. */
export const l = (label: Label | undefined, fallback = ''): string =>
  label ? label[currentLocale()] : fallback;
