// Investigation helper (not part of `npm run bench:browser`). Load a page with the V8 sampling profiler on; print self time by function (and by script) of the
// main thread over the first seconds. Usage: node bench/profileLoad.mjs <url> [ms] [top]
import { chromium } from '@playwright/test';
const [url, msArg, topArg] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(msArg ?? 6000));
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
const byFn = new Map();
const byUrl = new Map();
for (const [id, ms] of self) {
  const { callFrame: f } = byId.get(id);
  const u = f.url.replace(/^https?:\/\/[^/]+/, '').replace('/_next/static/chunks/', '') || '(native)';
  const key = `${f.functionName || '(anon)'} ${u}:${f.lineNumber}:${f.columnNumber}`;
  if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
  byFn.set(key, (byFn.get(key) ?? 0) + ms);
  byUrl.set(u, (byUrl.get(u) ?? 0) + ms);
}
const top = Number(topArg ?? 25);
console.log('by script:');
for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
console.log('by function (self):');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
