/**
 * pnpm --filter @mandate/core bench
 *
 * Deterministic organizations of 100, 1,000 and 10,000 users answer the same pre-generated query
 * stream with (a) @mandate/core `decide`, (b) @casl/ability with one cached ability per user,
 * (c) a precomputed Map<userId, Uint8Array> lookup (the floor), then the same stream as tokens.
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { MongoAbility } from '@casl/ability';
import type { Action, Principal } from '../src/index.js';
import { createEvaluator } from '../src/index.js';
import { abilityOf, buildAbilities, caslSubject } from './casl.js';
import { buildFloor, placeIndex, slotOf } from './floor.js';
import { ACTIONS, generate, NOW } from './generate.js';
import { type Timing, time } from './timing.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const NEED: Record<Action, number> = {
  view: 1,
  view_credentials: 1,
  create: 2,
  update: 2,
  delete: 2,
  purchase: 2,
};

const fmt = (t: Timing) =>
  `${(t.checksPerSec / 1e6).toFixed(2).padStart(6)} M checks/s   p50 ${t.p50ns.toFixed(0).padStart(5)} ns   p99 ${t.p99ns.toFixed(0).padStart(5)} ns`;

const benchOne = (userCount: number, passes: number) => {
  const b = generate(userCount);
  const n = b.queries.length;
  const users: Principal[] = b.users.map((userId) => ({ kind: 'user', userId, mfa: false }));
  const qUser = Int32Array.from(b.queries, (q) => q.user);
  const qAction = b.queries.map((q) => q.action);
  const qTarget = b.queries.map((q) => q.target);

  const heap0 = heapMb();
  let t0 = process.hrtime.bigint();
  const ev = createEvaluator(b.org);
  const buildMs = ms(t0);
  const coreHeap = heapMb() - heap0;

  t0 = process.hrtime.bigint();
  const abilities = buildAbilities(b.org, NOW);
  const caslBuildMs = ms(t0);
  const qSubject = qTarget.map(caslSubject);

  t0 = process.hrtime.bigint();
  const floor = buildFloor(ev, b.users, b.org.projects, b.org.servers, NOW);
  const floorBuildMs = ms(t0);
  const places = placeIndex(b.org.projects, b.org.servers);
  const qSlot = Int32Array.from(qTarget, (t) => slotOf(places, t));
  const qNeed = Uint8Array.from(qAction, (a) => NEED[a]);

  const core = (start: number, end: number) => {
    let ok = 0;
    for (let i = start; i < end; i++)
      if (ev.decide(users[qUser[i]!]!, qAction[i]!, qTarget[i]!, NOW).allowed) ok++;
    return ok;
  };
  const token = (start: number, end: number) => {
    let ok = 0;
    for (let i = start; i < end; i++)
      if (ev.decide(b.tokens[qUser[i]!]!, qAction[i]!, qTarget[i]!, NOW).allowed) ok++;
    return ok;
  };
  const abilityByIndex: MongoAbility[] = b.users.map((u) => abilityOf(abilities, u));
  const casl = (start: number, end: number) => {
    let ok = 0;
    for (let i = start; i < end; i++)
      if (abilityByIndex[qUser[i]!]!.can(qAction[i]!, qSubject[i]!)) ok++;
    return ok;
  };
  const lookup = (start: number, end: number) => {
    let ok = 0;
    for (let i = start; i < end; i++) {
      if (floor.get(b.users[qUser[i]!]!)![qSlot[i]!]! >= qNeed[i]!) ok++;
    }
    return ok;
  };

  // Same answers on the user stream, or the comparison means nothing.
  let caslDiff = 0;
  let floorDiff = 0;
  for (let i = 0; i < n; i++) {
    const c = core(i, i + 1);
    if (c !== casl(i, i + 1)) caslDiff++;
    if (c !== lookup(i, i + 1)) floorDiff++;
  }

  // Warm up every contender, then measure.
  for (const f of [core, token, casl, lookup]) time(f, n, 1);
  const results = {
    core: time(core, n, passes),
    token: time(token, n, passes),
    casl: time(casl, n, passes),
    floor: time(lookup, n, passes),
  };
  return {
    userCount,
    grants: b.org.grants.length,
    buildMs,
    coreHeap,
    caslBuildMs,
    floorBuildMs,
    caslDiff,
    floorDiff,
    n,
    results,
  };
};

const started = Date.now();
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(
  '@mandate/core benchmark (node %s, %s, %d CPUs, load average %s)',
  process.version,
  process.arch,
  os.availableParallelism(),
  load(),
);
console.log(
  'Per-check times come from batches of 64 checks timed with process.hrtime.bigint() and divided by 64:',
);
console.log(
  'one check is below the timer resolution. The query stream leaves out `purchase` (CASL and the',
);
console.log(`floor model levels → actions only); actions: ${ACTIONS.join(', ')}.\n`);

const all = [];
for (const [users, passes] of [
  [100, 3],
  [1_000, 3],
  [10_000, 3],
] as const) {
  const r = benchOne(users, passes);
  all.push(r);
  console.log(
    `== ${users.toLocaleString('en')} users, ${r.grants.toLocaleString('en')} grants, ${r.n.toLocaleString('en')} queries × ${passes} passes`,
  );
  console.log(`  snapshot build   ${r.buildMs.toFixed(1)} ms, heap +${r.coreHeap.toFixed(1)} MB`);
  console.log(
    `  CASL build       ${r.caslBuildMs.toFixed(1)} ms (one ability per user); floor build ${r.floorBuildMs.toFixed(0)} ms`,
  );
  console.log(`  answers differing from core: CASL ${r.caslDiff}, floor ${r.floorDiff}`);
  console.log(`  core  decide     ${fmt(r.results.core)}`);
  console.log(`  core  token      ${fmt(r.results.token)}`);
  console.log(`  CASL  can        ${fmt(r.results.casl)}`);
  console.log(`  floor lookup     ${fmt(r.results.floor)}`);
  const x = r.results;
  console.log(
    `  ratios: core/CASL ${(x.core.checksPerSec / x.casl.checksPerSec).toFixed(2)}×, core/floor ${((100 * x.core.checksPerSec) / x.floor.checksPerSec).toFixed(1)} %, token/user time ${(x.core.checksPerSec / x.token.checksPerSec).toFixed(2)}×\n`,
  );
}

const big = all[all.length - 1]!;
const x = big.results;
const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
const coreCasl = x.core.checksPerSec / x.casl.checksPerSec;
const coreFloor = x.core.checksPerSec / x.floor.checksPerSec;
const tokenUser = x.core.checksPerSec / x.token.checksPerSec;
console.log('== targets at 10,000 users');
console.log(`  core ≥ 2× CASL            ${coreCasl.toFixed(2)}×  ${check(coreCasl >= 2)}`);
console.log(
  `  core ≥ 25 % of floor      ${(100 * coreFloor).toFixed(1)} %  ${check(coreFloor >= 0.25)}`,
);
console.log(
  `  p99 < 10 µs               ${(x.core.p99ns / 1000).toFixed(2)} µs (token ${(x.token.p99ns / 1000).toFixed(2)} µs)  ${check(x.core.p99ns < 10_000 && x.token.p99ns < 10_000)}`,
);
console.log(`  token ≤ 1.2× user         ${tokenUser.toFixed(2)}×  ${check(tokenUser <= 1.2)}`);
console.log(
  `  50k-grant build < 200 ms  ${big.buildMs.toFixed(1)} ms (${big.grants.toLocaleString('en')} grants)  ${check(big.buildMs < 200)}`,
);
console.log(`\nload average at the end: ${load()} (figures on a busy machine run slower)`);
console.log(`\nfinished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
