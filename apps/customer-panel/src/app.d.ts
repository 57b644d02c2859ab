import type { Locale } from '$lib/i18n/messages';
import type { PanelApi } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      /** The API session (bearer), read from the httpOnly cookie; never sent to the page. */
      sessionToken: string | null;
      /** Signed in, but the second factor is still to be given (POST /auth/totp/verify). */
      mfaPending: boolean;
      locale: Locale;
      /** The SDK client acting as the signed-in user (or anonymous). */
      api: PanelApi;
    }
    interface Error {
      message: string;
      code?: string;
    }
    interface PageData {
      locale: Locale;
    }
  }
}
