import { hrtime } from 'node:process';

export const BATCH = 64;

export interface Timing {
  checksPerSec: number;
  /** Per check, from batches of BATCH checks (one call is below the timer's resolution). */
  p50ns: number;
  p99ns: number;
  allowed: number;
}

/**
 * Runs `batch(start, end)` over the query stream `passes` times in batches of BATCH checks,
 * timing each batch with hrtime.bigint(). `batch` returns how many checks were allowed.
 */
export const time = (
  batch: (start: number, end: number) => number,
  count: number,
  passes: number,
): Timing => {
  const batches = Math.floor(count / BATCH);
  const perCheck = new Float64Array(batches * passes);
  let allowed = 0;
  let total = 0n;
  let k = 0;
  for (let p = 0; p < passes; p++) {
    for (let b = 0; b < batches; b++) {
      const t0 = hrtime.bigint();
      allowed += batch(b * BATCH, (b + 1) * BATCH);
      const dt = hrtime.bigint() - t0;
      total += dt;
      perCheck[k++] = Number(dt) / BATCH;
    }
  }
  perCheck.sort();
  return {
    checksPerSec: (batches * passes * BATCH) / (Number(total) / 1e9),
    p50ns: perCheck[Math.floor(perCheck.length * 0.5)]!,
    p99ns: perCheck[Math.floor(perCheck.length * 0.99)]!,
    allowed: allowed / passes,
  };
};
