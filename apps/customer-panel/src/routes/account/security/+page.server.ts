import { redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { translate } from '$lib/i18n/messages';
import { formFailure, invalid, loadFailure } from '$lib/server/errors';
import { safeRedirect } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  if (!locals.sessionToken)
    redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (locals.mfaPending) redirect(303, '/signin/verify');
  try {
    const me = await locals.api.me();
    return {
      mfaEnabled: me.mfaEnabled,
      sessionMfa: me.credential.mfa,
      needed: url.searchParams.get('mfa') === 'needed',
      next: safeRedirect(url.searchParams.get('next'), ''),
    };
  } catch (err) {
    loadFailure(err, url);
  }
};

const qrOf = async (uri: string) =>
  `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(uri, { type: 'svg', margin: 1 })).toString('base64')}`;

export const actions: Actions = {
  enroll: async ({ locals }) => {
    try {
      const { secret, otpauthUri } = await locals.api.enrollMfa();
      return { step: 'scan' as const, secret, otpauthUri, qr: await qrOf(otpauthUri) };
    } catch (err) {
      return formFailure(err, locals.locale);
    }
  },
  confirm: async ({ locals, request }) => {
    const form = await request.formData();
    const code = String(form.get('code') ?? '').replace(/\s+/g, '');
    const secret = String(form.get('secret') ?? '');
    const otpauthUri = String(form.get('otpauthUri') ?? '');
    // On failure the page shows the same QR code again (values echo it back).
    const again = async () => ({
      secret,
      otpauthUri,
      qr: otpauthUri.startsWith('otpauth://') ? await qrOf(otpauthUri) : '',
    });
    if (!/^\d{6}$/.test(code))
      return invalid(locals.locale, { code: 'auth.badCode' }, await again());
    try {
      const { recoveryCodes } = await locals.api.confirmMfa(code);
      return { step: 'done' as const, recoveryCodes };
    } catch (err) {
      const failure = formFailure(err, locals.locale, await again());
      if (['invalid_totp', 'validation_failed'].includes(failure.data.code)) {
        failure.data.fields = { code: translate(locals.locale, 'auth.badCode') };
        failure.data.message = '';
      }
      return failure;
    }
  },
};
