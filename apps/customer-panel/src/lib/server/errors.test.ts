import { MandateError } from '@mandate/sdk';
import { describe, expect, it } from 'vitest';
import { formFailure } from './errors';

describe('formFailure', () => {
  it('puts the API’s field errors next to the form’s fields (body.legalName → legalName)', () => {
    const err = new MandateError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      detail: 'Invalid input.',
      errors: [
        { path: 'body.legalName', message: 'Required' },
        { path: 'query.limit', message: 'Too big' },
      ],
    });
    const failure = formFailure(err, 'en', { legalName: '' });
    expect(failure.status).toBe(400);
    expect(failure.data.fields).toEqual({ legalName: 'Required', limit: 'Too big' });
    expect(failure.data.values).toEqual({ legalName: '' });
  });
});
