#!/usr/bin/env node
// One Lighthouse run (mobile, as bench:browser) on one page, with what the score hides: the main
// thread's work per script (bootup-time), its long tasks, the work by category and the LCP element.
// For looking at a page's load; the budgets live in bench/browser.mjs. Serve the export first
// (`npm start`), then: `node bench/lhPage.mjs http://localhost:3000/en/playground/ [--json out.json]`.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { findChromium } from '../scripts/findChromium.mjs';
import { failedAccessibility, lighthouseReport } from './browserLighthouse.mjs';

const [url, flag, jsonPath] = process.argv.slice(2);
const loadBefore = loadavg()[0];
const lhr = await lighthouseReport(url, await findChromium());
if (flag === '--json' && jsonPath) writeFileSync(jsonPath, JSON.stringify(lhr));
const a = lhr.audits;
const ms = (v) => `${Math.round(v ?? 0)} ms`;
const path = (u) => String(u).replace(/^https?:\/\/[^/]+/, '');
console.log(`load ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log(
  `performance ${lhr.categories.performance.score === null ? 'unscored (' + (lhr.runtimeError?.code ?? 'a metric failed') + ')' : Math.round(lhr.categories.performance.score * 100)}, accessibility ${Math.round(lhr.categories.accessibility.score * 100)}; TBT ${ms(a['total-blocking-time'].numericValue)}, FCP ${ms(a['first-contentful-paint'].numericValue)}, LCP ${ms(a['largest-contentful-paint'].numericValue)}, SI ${ms(a['speed-index'].numericValue)}, CLS ${a['cumulative-layout-shift'].numericValue?.toFixed(3) ?? '?'}`,
);
console.log('bootup-time (script: total / scripting / parse+compile):');
for (const item of a['bootup-time'].details?.items ?? [])
  console.log(`  ${path(item.url)}: ${ms(item.total)} / ${ms(item.scripting)} / ${ms(item.scriptParseCompile)}`);
console.log('main thread by category:');
for (const item of a['mainthread-work-breakdown'].details?.items ?? []) console.log(`  ${item.groupLabel}: ${ms(item.duration)}`);
console.log('long tasks (start, duration, script):');
for (const item of a['long-tasks'].details?.items ?? []) console.log(`  ${ms(item.startTime)} ${ms(item.duration)} ${path(item.url)}`);
const lcpElement = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
if (lcpElement) console.log(`LCP element: ${lcpElement.selector} ${lcpElement.snippet?.slice(0, 120) ?? ''}`);
const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
if (phases) console.log(`LCP phases: ${phases.map((p) => `${p.phase} ${ms(p.timing)}`).join(', ')}`);
const failed = failedAccessibility(lhr);
if (failed.length) console.log('accessibility failed:', failed.join(', '));
