// One Lighthouse mobile run on a URL, the full report saved as JSON, and a summary of what runs on
// the main thread at load (the audits issue 12 asks about). Usage:
//   node bench/lhOne.mjs <url> <out.json>
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [url, out] = process.argv.slice(2);
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
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`],
  userDataDir: false,
});
const load = loadavg()[0].toFixed(1);
try {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (out) writeFileSync(out, JSON.stringify(lhr));
  const a = lhr.audits;
  const ms = (v) => Math.round(v ?? NaN);
  console.log(
    `${url} perf ${Math.round(lhr.categories.performance.score * 100)} a11y ${Math.round(lhr.categories.accessibility.score * 100)} TBT ${ms(a['total-blocking-time'].numericValue)} FCP ${ms(a['first-contentful-paint'].numericValue)} LCP ${ms(a['largest-contentful-paint'].numericValue)} CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)} SI ${ms(a['speed-index'].numericValue)} load ${load}`,
  );
  for (const item of a['bootup-time'].details?.items ?? [])
    console.log(
      `  bootup ${item.url.replace(/^https?:\/\/[^/]+/, '')} total ${ms(item.total)} script ${ms(item.scripting)} parse ${ms(item.scriptParseCompile)}`,
    );
  for (const item of a['mainthread-work-breakdown'].details?.items ?? []) console.log(`  main ${item.groupLabel} ${ms(item.duration)}`);
  for (const item of a['long-tasks'].details?.items ?? [])
    console.log(`  long ${item.url.replace(/^https?:\/\/[^/]+/, '')} start ${ms(item.startTime)} dur ${ms(item.duration)}`);
  const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcpEl) console.log(`  LCP element ${lcpEl.selector} ${lcpEl.snippet?.slice(0, 120)}`);
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  if (phases) console.log(`  LCP phases ${phases.map((p) => `${p.phase} ${ms(p.timing)}`).join(', ')}`);
  const failed = Object.values(a)
    .filter((x) => x.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === x.id))
    .map((x) => x.id);
  if (failed.length) console.log(`  a11y failed ${failed.join(' ')}`);
} finally {
  await chrome.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
