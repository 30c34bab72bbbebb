// CEL worst cases (issue 13): patterns that explode a backtracking regex engine, and expressions
// the API server stops by cost. Each is timed on its own (median of 5 runs).
import { buildCelActivation, compileCel, evaluateCel } from '../lib/sim/cel';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  target: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
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
    { name: "'(?i)(a|A)*b' on 30 characters", median: time(regex('(?i)(a|A)*b', 'a'.repeat(30))), unit: 'ms', target: '< 10 ms' },
    { name: "'a*a*a*a*a*b' on 2,000 characters", median: time(regex('a*a*a*a*a*b', 'a'.repeat(2000))), unit: 'ms', target: '< 10 ms' },
    { name: "'.*.*.*.*x' on 2,000 characters", median: time(regex('.*.*.*.*x', 'a'.repeat(2000))), unit: 'ms', target: '< 10 ms' },
    {
      name: '300^3 comprehension (stopped at the per-call limit)',
      median: time(() => evaluateCel('object.items.all(a, object.items.all(b, object.items.all(c, a + b + c >= 0)))', { object: { items } })),
      unit: 'ms',
      target: '< 1000 ms',
    },
    { name: 'list doubled through 25 variables (stopped by cost)', median: time(doubling()), unit: 'ms', target: '< 1000 ms' },
    {
      name: '300^3 two-variable comprehension (stopped at the per-call limit)',
      median: time(() => evaluateCel('object.items.all(i, a, object.items.all(j, b, object.items.all(k, c, a + b + c >= 0)))', { object: { items } })),
      unit: 'ms',
      target: '< 1000 ms',
    },
    { name: 'url/ip/cidr/image/semver on 100 KB strings', median: time(longLibraryInputs()), unit: 'ms', target: '< 200 ms' },
  ];
}
