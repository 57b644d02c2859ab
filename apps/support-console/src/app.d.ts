import type { Locale } from '$lib/i18n/messages';

declare global {
  namespace App {
    interface Locals {
      locale: Locale;
      /** The staff session token (`mss_…`), only once the second factor is verified. */
      token: string | null;
      agent: { id: string; email: string; name: string } | null;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}
