import { Lucia, TimeSpan } from 'lucia';
import type { Db } from '../../db/database.js';
import { kyselyLuciaAdapter } from './lucia-adapter.js';

interface SessionAttributes {
  mfa: boolean;
  second_factor_pending: boolean;
}

export const createLucia = (db: Db) =>
  new Lucia(kyselyLuciaAdapter(db), {
    sessionExpiresIn: new TimeSpan(30, 'd'),
    getSessionAttributes: (a: SessionAttributes) => ({
      mfa: a.mfa,
      secondFactorPending: a.second_factor_pending,
    }),
    getUserAttributes: (a: { email: string }) => ({ email: a.email }),
  });

export type AppLucia = ReturnType<typeof createLucia>;

declare module 'lucia' {
  interface Register {
    Lucia: AppLucia;
    DatabaseSessionAttributes: SessionAttributes;
    DatabaseUserAttributes: { email: string };
  }
}
