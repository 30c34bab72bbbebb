#!/usr/bin/env node
// Browser measurements (not tests): JavaScript transferred per page (gzip, as served), and
// keystroke-to-verdict latency in a lesson exercise. Needs a build in out/ (`npm run build`).
// Writes docs/benchmarks-browser.md. Run: `npm run bench:browser`.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/findChromium.mjs';

const port = 3200;
const base = `http://localhost:${port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'] });

/** The page's own scripts (the HTML's script tags, minus nomodule polyfills), gzip-compressed. */
function initialJs(path) {
  const html = readFileSync(`out${path}index.html`, 'utf8');
  const tags = [...html.matchAll(/<script([^>]*)src="([^"]+\.js)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3]));
  const files = [...new Set(tags.map((m) => m[2]))];
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(`out${f}`)).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

async function jsWeight(path) {
  const page = await browser.newPage();
  const seen = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().endsWith('.js')) return;
    const sizes = await request.sizes().catch(() => null);
    seen.push({ url: request.url(), bytes: sizes?.responseBodySize ?? 0 });
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await page.close();
  const sum = (list) => Math.round(list.reduce((s, x) => s + x.bytes, 0) / 102.4) / 10;
  return { all: sum(seen), files: seen.length };
}

async function keystrokeLatency(path) {
  const page = await browser.newPage();
  await page.goto(base + path);
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.locator('[data-testid="editor"]').scrollIntoViewIfNeeded(); // Monaco loads when the editor nears the screen
  await exercise.locator('[data-editor-ready="monaco"]').waitFor({ timeout: 30_000 });
  await exercise.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const root = document.querySelector('[data-exercise-id]');
    window.__latencies = [];
    let t0 = 0;
    document.addEventListener('keydown', () => { t0 = performance.now(); }, true);
    new MutationObserver(() => { if (t0) { window.__latencies.push(performance.now() - t0); t0 = 0; } }).observe(root, { attributes: true, attributeFilter: ['data-check-sequence'] });
  });
  for (const ch of '\n# keystroke benchmark typing a comment line here') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  const latencies = (await page.evaluate(() => window.__latencies)).sort((a, b) => a - b);
  await page.close();
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { samples: latencies.length, p50: pick(0.5), p95: pick(0.95) };
}

const lesson = '/en/learn/rbac/subject-verb-object/';
const rows = [];
for (const [name, path] of [['course map', '/en/'], ['introduction lesson', '/en/learn/introduction/kubernetes-basics/'], ['RBAC lesson with exercises', lesson]]) {
  const w = await jsWeight(path);
  rows.push(`| ${name} (\`${path}\`) | ${initialJs(path)} kB | ${w.all} kB |`);
}
const k = await keystrokeLatency(lesson);
await browser.close();
server.kill();

const report = `# Browser measurements

Recorded by \`npm run bench:browser\` on ${new Date().toISOString().slice(0, 10)} (${cpus().length} × ${cpus()[0]?.model}, headless Chromium), against the static export served with gzip.

## JavaScript transferred (gzip)

Initial: the scripts the HTML loads (gzip), what the page needs before anything lazy (Monaco, its
workers, the simulator worker, xterm) is fetched. Total: every script and worker transferred once the
page has settled, lazy ones included.

| page | initial JS (target < 170 kB on lesson pages) | total after load, lazy chunks included |
| --- | --- | --- |
${rows.join('\n')}

## Keystroke to verdict

Typing into the Monaco editor of the first exercise on \`${lesson}\`, one key every 120 ms; time from keydown to the
exercise's new verdict (the check runs in a Web Worker).

| samples | p50 | p95 (target < 50 ms) |
| --- | --- | --- |
| ${k.samples} | ${k.p50?.toFixed(1)} ms | ${k.p95?.toFixed(1)} ms |
`;
writeFileSync('docs/benchmarks-browser.md', report);
console.log(report);
