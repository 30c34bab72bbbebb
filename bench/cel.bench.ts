// CEL worst cases (issue 13): patterns that explode a backtracking regex engine, and expressions
// the API server stops by cost. Each is timed on its own (median of 5 runs).
// Every row has a budget: `npm run bench` fails when one exceeds twice it (the lower of wall
// and CPU time, bench/run.ts checkedFigure).
import { buildCelActivation, compileCel, evaluateCel } from '../lib/sim/cel';
import type { BenchResult } from './run';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall and CPU time of 5 runs, in ms. */
function time(fn: () => void): { median: number; cpu: number } {
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpus.push((used.user + used.system) / 1000);
  }
  return { median: median(times), cpu: median(cpus) };
}

/** A row whose target is `< budget ms`. */
function row(name: string, timing: { median: number; cpu: number }, budget: number): BenchResult {
  return { name, ...timing, unit: 'ms', target: `< ${budget} ms`, budget };
}

function doubling() {
  const variables = [{ name: 'v0', expression: '[1, 2, 3, 4]' }];
  for (let i = 1; i <= 25; i++) variables.push({ name: `v${i}`, expression: `variables.v${i - 1} + variables.v${i - 1}` });
  const compiled = compileCel('size(variables.v25) > 0', 'validation', { variableNames: variables.map((v) => v.name) });
  return () => {
    if (compiled.ok) evaluateCel(compiled.program, buildCelActivation({ object: {}, variables }));
  };
}

/** Library parsers on long inputs (linear, like Go's): each call fails or succeeds without blowing up. */
function longLibraryInputs() {
  const long = '1'.repeat(100_000);
  const calls = [
    'isURL(object.s)',
    "isURL('https://h/' + object.s)",
    'isIP(object.s)',
    'isCIDR(object.s)',
    "isImage('r.io/' + object.s)",
    'isSemver(object.s, true)',
  ];
  return () => {
    for (const c of calls) evaluateCel(c, { object: { s: long } });
  };
}

export async function benchCel(): Promise<BenchResult[]> {
  const items = Array.from({ length: 300 }, (_, i) => i);
  const regex = (pattern: string, input: string) => () => evaluateCel(`object.s.matches('${pattern}')`, { object: { s: input } });
  return [
    row("'(?i)(a|A)*b' on 30 characters", time(regex('(?i)(a|A)*b', 'a'.repeat(30))), 10),
    row("'a*a*a*a*a*b' on 2,000 characters", time(regex('a*a*a*a*a*b', 'a'.repeat(2000))), 10),
    row("'.*.*.*.*x' on 2,000 characters", time(regex('.*.*.*.*x', 'a'.repeat(2000))), 10),
    row(
      '300^3 comprehension (stopped at the per-call limit)',
      time(() => evaluateCel('object.items.all(a, object.items.all(b, object.items.all(c, a + b + c >= 0)))', { object: { items } })),
      1000,
    ),
    row('list doubled through 25 variables (stopped by cost)', time(doubling()), 1000),
    row(
      '300^3 two-variable comprehension (stopped at the per-call limit)',
      time(() => evaluateCel('object.items.all(i, a, object.items.all(j, b, object.items.all(k, c, a + b + c >= 0)))', { object: { items } })),
      1000,
    ),
    row('url/ip/cidr/image/semver on 100 KB strings', time(longLibraryInputs()), 200),
  ];
}
