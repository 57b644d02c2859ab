import type { ActionResult, SubmitFunction } from '@sveltejs/kit';

type SubmitInput = Parameters<SubmitFunction>[0];

export interface PendingOptions {
  reset?: boolean;
  /** Runs once the page has been updated with the result, before the form stops being pending. */
  after?: (result: ActionResult) => unknown;
}

/** Which of a page's forms is being sent under `use:enhance` (a page with one form names none). */
export class Pending {
  form = $state<string | null>(null);
  readonly #reset: boolean;

  constructor({ reset = true }: { reset?: boolean } = {}) {
    this.#reset = reset;
  }

  is(form = ''): boolean {
    return this.form === form;
  }

  /** `form` may depend on the submission, for a form whose buttons post to different actions. */
  enhance(
    form: string | ((input: SubmitInput) => string) = '',
    { reset = this.#reset, after }: PendingOptions = {},
  ): SubmitFunction {
    return (input) => {
      this.form = typeof form === 'string' ? form : form(input);
      return async ({ result, update }) => {
        try {
          await update({ reset });
          await after?.(result);
        } finally {
          this.form = null;
        }
      };
    };
  }
}
