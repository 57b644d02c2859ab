import type { ActionResult, SubmitFunction } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { Pending } from './pending.svelte';

type Input = Parameters<SubmitFunction>[0];
type Callback = Exclude<Awaited<ReturnType<SubmitFunction>>, void>;

const input = (action = 'http://panel.test/?/create') => ({ action: new URL(action) }) as Input;
const failure: ActionResult = { type: 'failure', status: 412, data: {} };

// What use:enhance does: call the submit function as the form is sent, the callback once answered.
async function send(submit: SubmitFunction, update: () => Promise<void>, at?: string) {
  const callback = (await submit(input(at))) as Callback;
  return (result: ActionResult = { type: 'success', status: 200 }) =>
    callback({ result, update } as unknown as Parameters<Callback>[0]);
}

describe('Pending', () => {
  it('names the form being sent until the page has been updated', async () => {
    const pending = new Pending();
    let during: [boolean, boolean] | undefined;
    const answer = await send(pending.enhance('create'), async () => {
      during = [pending.is('create'), pending.is('delete')];
    });
    expect(pending.form).toBe('create');
    await answer();
    expect(during).toEqual([true, false]);
    expect(pending.form).toBeNull();
    expect(pending.is('create')).toBe(false);
  });

  it('needs no name for a page with one form', async () => {
    const pending = new Pending();
    const answer = await send(pending.enhance(), async () => {});
    expect(pending.is()).toBe(true);
    await answer();
    expect(pending.is()).toBe(false);
  });

  it('resets the form by default, keeps it when asked, per page or per form', async () => {
    const resets = async (pending: Pending, options?: { reset?: boolean }) => {
      const update = vi.fn(async () => {});
      await (await send(pending.enhance('x', options), update))();
      return update.mock.calls.map((call) => (call as unknown[])[0]);
    };
    expect(await resets(new Pending())).toEqual([{ reset: true }]);
    expect(await resets(new Pending({ reset: false }))).toEqual([{ reset: false }]);
    expect(await resets(new Pending({ reset: false }), { reset: true })).toEqual([{ reset: true }]);
  });

  it('runs after() with the result once updated, still pending', async () => {
    const pending = new Pending();
    const seen: string[] = [];
    const after = vi.fn(async (result: ActionResult) => {
      seen.push(`after ${result.type} ${pending.form}`);
    });
    const answer = await send(pending.enhance('preview', { after }), async () => {
      seen.push('update');
    });
    await answer(failure);
    expect(seen).toEqual(['update', 'after failure preview']);
    expect(pending.form).toBeNull();
  });

  it('stops being pending when the update fails', async () => {
    const pending = new Pending();
    const answer = await send(pending.enhance('x'), async () => {
      throw new Error('offline');
    });
    await expect(answer()).rejects.toThrow('offline');
    expect(pending.form).toBeNull();
  });

  it('can name the form from the submission, for buttons with their own formaction', async () => {
    const pending = new Pending();
    const submit = pending.enhance(({ action }) =>
      action.search.endsWith('/save') ? 'save' : 'preview',
    );
    await send(submit, async () => {}, 'http://panel.test/?grantee=u&/save');
    expect(pending.is('save')).toBe(true);
    await send(submit, async () => {}, 'http://panel.test/?grantee=u&/preview');
    expect(pending.is('preview')).toBe(true);
  });
});
