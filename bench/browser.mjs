#!/usr/bin/env node
// Browser budgets (issue 12 part 3), measured on the static export: Lighthouse mobile on the lesson
// page with exercises, the capstone and the playground; cold load to the first verdict; keystroke to
// verdict on the capstone; typing into the playground with a 2,000-pod world; JavaScript weights.
// Writes bench/results/browser-<label>.json and docs/benchmarks-browser.md (with the `before`
// figures if bench/results/browser-before.json exists) and exits non-zero when a figure is worse
// than twice its budget. Run: `npm run bench:browser` (after `npm run build`);
// options: --out <a checkout's out/ dir> (default out; served by that checkout's scripts/serve.mjs), --label <name> (default after), --runs <n>,
// --reuse-lighthouse (keep the Lighthouse figures of an earlier run with the same label).
// Lighthouse 13 asks for Node 22; it runs on Node 20 with an engine warning.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/findChromium.mjs';
import { largeWorld } from '../components/playground/worlds.ts';
import { lighthouseRuns } from './browserLighthouse.mjs';
import { firstVerdict, keystrokeToVerdict, playgroundTyping } from './browserLab.mjs';
import { BUDGETS, report, verdicts } from './browserReport.mjs';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    label: { type: 'string', default: 'after' },
    runs: { type: 'string', default: '3' },
    'reuse-lighthouse': { type: 'boolean', default: false },
  },
});
const out = resolve(args.out);
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://localhost:${port}`;
const runs = Number(args.runs);
const DOC = 'docs/benchmarks-browser.md';
const KEPT = '<!-- Hand-written notes below: `npm run bench:browser` rewrites only what is above this line. -->';
const PAGES = { lesson: '/en/learn/rbac/subject-verb-object/', capstone: '/en/learn/capstone/secure-the-shop/', playground: '/en/playground/' };

/** The site as `npm start` serves it (scripts/serve.mjs: gzip, security headers, caching), from out/'s parent. */
function serve() {
  return spawn(process.execPath, [resolve('scripts/serve.mjs')], {
    cwd: resolve(out, '..'),
    env: { ...process.env, PORT: String(port), HOST: 'localhost' },
    stdio: 'ignore',
  });
}

/** The scripts the page's HTML loads (gzip, as served), kB. */
function initialJs(path) {
  const html = readFileSync(`${out}${path}index.html`, 'utf8');
  const tags = [...html.matchAll(/<script([^>]*)src="([^"]+\.js)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const bytes = [...new Set(tags.map((m) => m[2]))].reduce((sum, f) => sum + gzipSync(readFileSync(`${out}${f}`)).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

if (basename(out) !== 'out') {
  console.error(`✖ --out must be a checkout's out/ directory (served by its scripts/serve.mjs), not ${out}.`);
  process.exit(1);
}
if (!existsSync(`${out}/index.html`)) {
  console.error(`✖ ${out} has no build: run \`npm run build\` first.`);
  process.exit(1);
}
const chromePath = await findChromium();
const server = serve();
await new Promise((r) => setTimeout(r, 1500));
const results = {
  label: args.label,
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model}`,
  // The load average (1 min) when the run started and when it ended: the figures are only comparable at a like load.
  load: [loadavg()[0]],
  lighthouse: {},
  initialJs: {},
};
try {
  for (const [name, path] of Object.entries(PAGES)) {
    results.initialJs[name] = initialJs(path);
    const earlier =
      args['reuse-lighthouse'] && existsSync(`bench/results/browser-${args.label}.json`)
        ? JSON.parse(readFileSync(`bench/results/browser-${args.label}.json`, 'utf8')).lighthouse?.[name]
        : undefined;
    results.lighthouse[name] = earlier ?? (await lighthouseRuns(base + path, { runs, chromePath }));
    console.log(name, JSON.stringify(results.lighthouse[name]));
  }
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    results.firstVerdict = {
      lesson: await firstVerdict(browser, base + PAGES.lesson, runs),
      capstone: await firstVerdict(browser, base + PAGES.capstone, runs),
    };
    console.log('first verdict', JSON.stringify(results.firstVerdict));
    results.keystroke = await keystrokeToVerdict(browser, base + PAGES.capstone);
    console.log('keystroke', JSON.stringify(results.keystroke));
    results.typing = await playgroundTyping(
      browser,
      base + PAGES.playground,
      largeWorld(40, 10),
      '\n# metadata-label-xyz: 12345\n# and more: keys typed fast land in order 67890',
    );
    console.log('typing', JSON.stringify(results.typing));
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}

/** The doc's hand-written notes below the marker (history, conditions): the bench rewrites only the tables above it. */
function keptNotes() {
  const text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  const at = text.indexOf(KEPT);
  return `\n${KEPT}\n${at >= 0 ? text.slice(at + KEPT.length).replace(/^\n+/, '\n') : '\n'}`;
}

results.load.push(loadavg()[0]);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/browser-${args.label}.json`, `${JSON.stringify(results, null, 2)}\n`);
const load = (label) => (existsSync(`bench/results/browser-${label}.json`) ? JSON.parse(readFileSync(`bench/results/browser-${label}.json`, 'utf8')) : null);
const after = args.label === 'before' ? load('after') : results;
const before = args.label === 'before' ? results : load('before');
if (after) writeFileSync(DOC, `${report({ before, after, pages: PAGES })}${keptNotes()}`);
const failed = verdicts(results).filter((v) => v.status === 'fail');
for (const v of verdicts(results)) console.log(`${v.status === 'ok' ? '✓' : v.status === 'miss' ? '△' : '✖'} ${v.name}: ${v.shown} (budget ${v.budget})`);
if (args.label !== 'before' && failed.length > 0) {
  console.error(`✖ ${failed.length} figure(s) worse than twice the budget (${Object.keys(BUDGETS).length} budgets)`);
  process.exit(1);
}
