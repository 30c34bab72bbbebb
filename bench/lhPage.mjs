#!/usr/bin/env node
// One Lighthouse run (mobile, as bench:browser) on one page, with what the score hides: the main
// thread's work per script (bootup-time), its long tasks and the work by category. For looking at a
// page's load; the budgets live in bench/browser.mjs. Serve the export first (`npm start`), then:
// `node bench/lhPage.mjs http://localhost:3103/en/playground/ [--json out.json]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../scripts/findChromium.mjs';

const [url, flag, jsonPath] = process.argv.slice(2);
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];
const userDataDir = mkdtempSync(join(tmpdir(), 'lh-profile-'));
const loadBefore = loadavg()[0];
const chrome = await chromeLauncher.launch({ chromePath: await findChromium(), chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`], userDataDir: false });
try {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (flag === '--json' && jsonPath) writeFileSync(jsonPath, JSON.stringify(lhr));
  const a = lhr.audits;
  const ms = (v) => `${Math.round(v ?? 0)} ms`;
  console.log(`load ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
  console.log(
    `performance ${Math.round(lhr.categories.performance.score * 100)}, accessibility ${Math.round(lhr.categories.accessibility.score * 100)}; TBT ${ms(a['total-blocking-time'].numericValue)}, FCP ${ms(a['first-contentful-paint'].numericValue)}, LCP ${ms(a['largest-contentful-paint'].numericValue)}, SI ${ms(a['speed-index'].numericValue)}, CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`,
  );
  console.log('bootup-time (script: total / scripting / parse+compile):');
  for (const item of a['bootup-time'].details?.items ?? [])
    console.log(`  ${item.url.replace(/^https?:\/\/[^/]+/, '')}: ${ms(item.total)} / ${ms(item.scripting)} / ${ms(item.scriptParseCompile)}`);
  console.log('main thread by category:');
  for (const item of a['mainthread-work-breakdown'].details?.items ?? []) console.log(`  ${item.groupLabel}: ${ms(item.duration)}`);
  console.log('long tasks (start, duration, script):');
  for (const item of a['long-tasks'].details?.items ?? [])
    console.log(`  ${ms(item.startTime)} ${ms(item.duration)} ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}`);
  const failed = Object.values(a).filter((x) => x.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id));
  if (failed.length) console.log('accessibility failed:', failed.map((x) => x.id).join(', '));
} finally {
  await chrome.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
