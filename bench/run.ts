// `npm run bench`: simulator and lab benchmarks, printed as a table and written to
// docs/benchmarks.md with the machine. Benchmarks measure; tests stay deterministic.
// A row with a `budget` (same unit as its figure) fails the run (exit code 1) when the figure
// exceeds twice the budget. `npm run bench -- scale netpol` runs only those suites (and does
// not rewrite docs/benchmarks.md).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  target: string;
  /** The budget the issue sets; the run fails when the checked figure exceeds twice it. */
  budget?: number;
  /** CPU time of the process for the same measurement (same unit), when the suite records it. */
  cpu?: number;
}

/**
 * The figure a budget is checked against: the wall time, or the CPU time when it is lower
 * (on a machine shared by many processes the wall clock mostly measures the waiting).
 */
export function checkedFigure(row: BenchResult): number {
  return row.cpu !== undefined ? Math.min(row.median, row.cpu) : row.median;
}

/** Rows whose checked figure exceeds twice their budget. */
export function overBudget(rows: readonly BenchResult[]): BenchResult[] {
  return rows.filter((row) => row.budget !== undefined && !(checkedFigure(row) <= 2 * row.budget));
}

async function main(): Promise<void> {
  const startLoad = loadavg()[0];
  const dir = __dirname;
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.includes(f.replace('.bench.ts', ''))))
    .sort();
  const rows: (BenchResult & { suite: string })[] = [];
  for (const file of files) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (!name.startsWith('bench') || typeof fn !== 'function') continue;
      const suite = file.replace('.bench.ts', '');
      process.stdout.write(`▸ ${suite}: ${name}…\n`);
      for (const row of (await (fn as () => Promise<BenchResult[]>)()) ?? []) rows.push({ ...row, suite });
    }
  }

  const format = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3));
  const failing = new Set(overBudget(rows));
  const status = (r: BenchResult) =>
    r.budget === undefined ? '' : failing.has(r) ? 'OVER 2x BUDGET' : checkedFigure(r) <= r.budget ? 'ok' : 'over budget (< 2x)';
  const table = [
    '| suite | benchmark | median | CPU | target | budget check |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.suite} | ${r.name} | ${format(r.median)} ${r.unit} | ${r.cpu !== undefined ? `${format(r.cpu)} ${r.unit}` : ''} | ${r.target} | ${status(r)} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n`);

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const browserPath = join(dir, '..', 'docs', 'benchmarks-browser.md');
  const browser =
    (existsSync(browserPath) ? '\n\nBrowser measurements are in [benchmarks-browser.md](benchmarks-browser.md).' : '') +
    (existsSync(join(dir, '..', 'docs', 'benchmarks-scale.md'))
      ? '\n\nBefore/after figures of the scale work are in [benchmarks-scale.md](benchmarks-scale.md).'
      : '') +
    (existsSync(join(dir, '..', 'docs', 'benchmarks-lab.md'))
      ? '\n\nBefore/after figures of runLab per keystroke are in [benchmarks-lab.md](benchmarks-lab.md).'
      : '');
  if (only.length === 0)
    writeFileSync(
      join(dir, '..', 'docs', 'benchmarks.md'),
      `# Benchmarks\n\nRecorded by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.\n` +
        `Medians of repeated runs (see each \`bench/*.bench.ts\`). Targets come from the issues; a row with a budget fails the run ` +
        `(exit code 1) when its figure exceeds twice the budget (the lower of wall and CPU time where both are recorded: ` +
        `on a shared machine the wall clock mostly measures waiting). Worst-case worlds are in \`bench/worlds.ts\`. ` +
        `Load average when the run started: ${startLoad.toFixed(1)} on ${cpus().length} cores.\n\n${table}${browser}\n`,
    );
  if (only.length === 0) console.log('Written to docs/benchmarks.md');
  if (failing.size > 0) {
    console.error(
      `${failing.size} figure(s) exceed twice their budget:\n${[...failing].map((r) => `  ${r.name}: ${format(checkedFigure(r))} ${r.unit} (budget ${r.budget} ${r.unit})`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
