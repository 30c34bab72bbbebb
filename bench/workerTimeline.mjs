#!/usr/bin/env node
// The page worker's start-up, cold, as a timeline from navigation start: the page's load event,
// the worker created, each of its scripts fetched (Resource Timing inside the worker), its
// `ready` message (simulator evaluated), the first check's answer, and the verdict on the page.
// Usage: node bench/workerTimeline.mjs [url] [runs]  (a static export served, e.g. `npm run serve`)
// Each run ends with the worker's scripts fetched before its first answer (count, bytes, gzip) and
// their V8 compile in this process (`vm.Script` of out/'s copy, no code cache, minimum of 15:
// the machine's load barely moves a minimum).
import { existsSync, readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { chromium } from 'playwright';

const url = process.argv[2] ?? 'http://localhost:3000/en/learn/capstone/secure-the-shop/';
const runs = Number(process.argv[3] ?? 3);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

/** Page side: when the worker was made and what it said, on the page's clock. */
function hook() {
  const marks = (window.__workerMarks = []);
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      marks.push(['worker created', performance.now()]);
      this.addEventListener('message', (event) => {
        const type = event.data?.type;
        if (type === 'ready' || (type === 'answer' && !marks.some((m) => m[0] === 'first answer')))
          marks.push([type === 'ready' ? 'ready' : 'first answer', performance.now()]);
      });
    }
  };
  new MutationObserver((_, observer) => {
    const root = document.querySelector('[data-exercise-id]');
    if (root && Number(root.getAttribute('data-check-sequence')) > 0) {
      marks.push(['verdict shown', performance.now()]);
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-check-sequence'], childList: true });
}

for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(hook);
  const workerSeen = new Promise((resolve) => page.on('worker', resolve));
  await page.goto(url);
  await page.waitForFunction(() => window.__workerMarks.some((m) => m[0] === 'verdict shown'), undefined, { timeout: 60_000 });
  const worker = await workerSeen;
  const pageSide = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    load: performance.getEntriesByType('navigation')[0].loadEventStart,
    marks: window.__workerMarks,
  }));
  const workerSide = await worker.evaluate(() => ({
    origin: performance.timeOrigin,
    resources: performance
      .getEntriesByType('resource')
      .map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize, size: r.decodedBodySize })),
    marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
  }));
  const shift = workerSide.origin - pageSide.origin;
  const rows = [['load event', pageSide.load], ...pageSide.marks];
  for (const r of workerSide.resources)
    rows.push([
      `  fetched ${r.name} (${Math.round(r.bytes / 1024)} kB gzip, ${Math.round(r.size / 1024)} kB; asked at ${Math.round(r.start + shift)} ms)`,
      r.end + shift,
    ]);
  for (const [name, at] of workerSide.marks) rows.push([`  worker mark ${name}`, at + shift]);
  rows.sort((a, b) => a[1] - b[1]);
  console.log(`run ${run + 1}: ${url}`);
  for (const [name, at] of rows) console.log(`${String(Math.round(at)).padStart(6)} ms  ${name}`);
  console.log(beforeFirstAnswer(workerSide, pageSide, shift));
  await context.close();
}
await browser.close();

/** The worker's scripts that arrived before its first answer: count, bytes, gzip, V8 compile. */
function beforeFirstAnswer(workerSide, pageSide, shift) {
  const answer = pageSide.marks.find((m) => m[0] === 'first answer')?.[1] ?? Infinity;
  const scripts = workerSide.resources.filter((r) => r.name.includes('.js') && r.end + shift <= answer);
  const kB = (n) => Math.round(n / 1024);
  const bytes = scripts.reduce((sum, r) => sum + r.size, 0);
  const gzip = scripts.reduce((sum, r) => sum + r.bytes, 0);
  const sources = scripts.map((r) => `out/_next/static/chunks/${r.name.split('?')[0]}`).filter((path) => existsSync(path));
  return `  before the first answer: ${scripts.length} worker scripts, ${kB(bytes)} kB (${kB(gzip)} kB gzip); V8 compile ${compileMs(sources)} ms (${sources.length} found in out/)`;
}

function compileMs(paths) {
  const sources = paths.map((path) => readFileSync(path, 'utf8'));
  let best = Infinity;
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    // A comment of its own per round: V8 caches the compilation of a source text it has seen.
    for (const [n, source] of sources.entries()) new Script(`${source}\n//${Math.random()}`, { filename: `c${i}-${n}.js` });
    best = Math.min(best, performance.now() - started);
  }
  return best.toFixed(1);
}
