// `npm run bench`: simulator and lab benchmarks, printed as a table and written to
// docs/benchmarks.md with the machine. Benchmarks measure; tests stay deterministic.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  target: string;
}

async function main(): Promise<void> {
const dir = __dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
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
const table = [
  '| suite | benchmark | median | target |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.suite} | ${r.name} | ${format(r.median)} ${r.unit} | ${r.target} |`),
].join('\n');
console.log(`\n${table}\n`);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const browserPath = join(dir, '..', 'docs', 'benchmarks-browser.md');
const browser = existsSync(browserPath) ? '\n\nBrowser measurements are in [benchmarks-browser.md](benchmarks-browser.md).' : '';
writeFileSync(
  join(dir, '..', 'docs', 'benchmarks.md'),
  `# Benchmarks\n\nRecorded by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.\n` +
    `Medians of repeated runs (see each \`bench/*.bench.ts\`). Targets come from the issues.\n\n${table}${browser}\n`,
);
console.log('Written to docs/benchmarks.md');
}

if (require.main === module) void main();
