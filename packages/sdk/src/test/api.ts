import type { AppDeps } from '../../../../apps/api/src/context.js';
// Brings the `inject('databaseUrl')` typing of the API's global setup (vitest.config.ts).
import type {} from '../../../../apps/api/src/test/global-setup.js';
import { createHarness, uniqueEmail } from '../../../../apps/api/src/test/harness.js';
import { createMandateClient, type MandateClientOptions } from '../client.js';

/**
 * The real API in-process (the API's own harness on the run's PostgreSQL database) and SDK
 * clients talking to it through `app.fetch`: no port, no mock.
 */
export const startApi = async (deps: Partial<AppDeps> = {}) => {
  // Invitation links go to the log in development (and the outbox); tests read them there.
  const lines: string[] = [];
  const harness = await createHarness({
    deps: { log: (line) => lines.push(line), ...deps },
  });
  const client = (options: Partial<MandateClientOptions> = {}) =>
    createMandateClient({
      baseUrl: 'http://mandate.test',
      fetch: async (request) => harness.app.fetch(request),
      retries: 0,
      ...options,
    });

  /** Signs a new customer up through the SDK; `mandate` acts with its session. */
  const signUp = async (name = 'Test User') => {
    const email = uniqueEmail('sdk');
    const password = `pw-${crypto.randomUUID()}`;
    const anonymous = client();
    const session = await anonymous.unwrap(
      anonymous.POST('/v1/auth/signup', { body: { email, password, name } }),
    );
    return {
      id: session.userId,
      email,
      password,
      sessionToken: session.sessionToken,
      mandate: client({ token: session.sessionToken }),
    };
  };

  /** The secret of the last invitation link sent to `email`. */
  const invitationToken = (email: string) => {
    const line = [...lines].reverse().find((l) => l.includes(email) && /mni_[0-9a-z]+/.test(l));
    const token = line?.match(/mni_[0-9a-z]+/)?.[0];
    if (!token) throw new Error(`no invitation link was sent to ${email}`);
    return token;
  };

  return { harness, client, signUp, invitationToken, close: () => harness.close() };
};

export type TestApi = Awaited<ReturnType<typeof startApi>>;
