// Load a page in Chromium, record a trace, and list the page's main-thread tasks over a threshold
// of CPU time (the trace's thread time: a task descheduled on a busy machine is not counted as
// long) with what ran in them, and a stand-in for Lighthouse's TBT (each task's CPU time x4, its
// mobile simulation, minus 50 ms). Usage:
//   node bench/traceLoad.mjs <url> [threshold ms, 12] [trace.json]   (QUIET=1: totals only; WAIT=ms after load, 8000)
// THROTTLE=4: Chromium's CPU throttling as Lighthouse's mobile run (the thread is paused, so
// thread time stays the unthrottled figure): tasks are then listed and counted by wall time
// (threshold 50 ms), and "TBT (wall)" is Lighthouse's own sum of (duration - 50 ms).
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const [url, thresholdArg, outArg] = process.argv.slice(2);
const threshold = Number(thresholdArg ?? (Number(process.env.THROTTLE ?? 1) > 1 ? 50 : 12));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const throttle = Number(process.env.THROTTLE ?? 1);
if (throttle > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(process.env.WAIT ?? 8000));
const buf = await browser.stopTracing();
await browser.close();
const { traceEvents } = JSON.parse(buf.toString());
if (outArg) writeFileSync(outArg, buf);
// main thread of the renderer: the thread with CrRendererMain name
// The page's main thread: where the navigation to `url` started.
const navs = traceEvents.filter((e) => e.name === 'navigationStart');
const nav =
  navs.find((e) => String(e.args?.data?.documentLoaderURL ?? '').startsWith('http')) ?? navs.find((e) => e.args?.data?.isLoadingMainFrame) ?? navs.at(-1);
const mains = new Set([`${nav.pid}:${nav.tid}`]);
const t0 = nav?.ts ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
const onMain = traceEvents.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
const cpu = (e) => (e.tdur ?? e.dur) / 1000;
const wall = (e) => e.dur / 1000;
const length = throttle > 1 ? wall : cpu;
const all = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
const tasks = all.filter((e) => length(e) >= threshold);
const tbtWall = all.reduce((sum, e) => sum + Math.max(0, wall(e) - 50), 0);
// A load-robust stand-in for Lighthouse's TBT: thread (CPU) time of each task, x4 as Lighthouse's
// simulation, minus 50 ms, summed over every task (descheduled time under load is not counted).
const tbtProxy = all.reduce((sum, e) => sum + Math.max(0, 4 * cpu(e) - 50), 0);
// Lighthouse counts blocking time from first contentful paint: the same stand-in without the
// page's first frame.
// Lighthouse's simulation puts the page's scripts after FCP whatever order they ran in here, so
// "after FCP" is every task but the one that did the first layout (the first frame).
const firstLayout = onMain.find((e) => e.name === 'Layout' && e.ts >= t0);
const fcp = firstLayout?.ts ?? t0;
const afterFcp = all.filter((e) => !(firstLayout && e.ts <= firstLayout.ts && e.ts + e.dur >= firstLayout.ts + firstLayout.dur) && e.ts >= t0);
const tbtProxyFcp = afterFcp.reduce((sum, e) => sum + Math.max(0, 4 * cpu(e) - 50), 0);
const tbtWallFcp = afterFcp.reduce((sum, e) => sum + Math.max(0, wall(e) - 50), 0);
const cpuAll = all.reduce((sum, e) => sum + cpu(e), 0);
let total = 0,
  count = 0;
for (const task of tasks) {
  const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const by = new Map();
  for (const e of inside) {
    if (
      ![
        'EvaluateScript',
        'FunctionCall',
        'ParseHTML',
        'Layout',
        'UpdateLayoutTree',
        'v8.compile',
        'Paint',
        'TimerFire',
        'FireAnimationFrame',
        'EventDispatch',
        'HandlePostMessage',
        'v8.callFunction',
        'ParseAuthorStyleSheet',
        'MinorGC',
        'MajorGC',
        'FireIdleCallback',
        'RunMicrotasks',
        'PrePaint',
        'Layerize',
      ].includes(e.name)
    )
      continue;
    const d = e.args?.data ?? {};
    const where = (d.url ?? d.stackTrace?.[0]?.url ?? '').replace(/^https?:\/\/[^/]+/, '').replace('/_next/static/chunks/', '');
    const key = `${e.name}${where ? ' ' + where : ''}${d.functionName ? ' ' + d.functionName : ''}${d.type ? ' ' + d.type : ''}`;
    by.set(key, (by.get(key) ?? 0) + e.dur / 1000);
  }
  const top = [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(' | ');
  if (!process.env.QUIET)
    console.log(
      `${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${cpu(task).toFixed(0).padStart(4)} ms cpu (${(task.dur / 1000).toFixed(0)} wall)  ${top}`,
    );
  total += length(task);
  count++;
}
if (throttle > 1)
  console.log(
    `${throttle}x throttled: ${count} tasks >= ${threshold} ms wall, ${total.toFixed(0)} ms in them; TBT (wall) ${tbtWall.toFixed(0)} ms; without the first frame (layout at ${((fcp - t0) / 1000).toFixed(0)} ms): ${afterFcp.filter((e) => wall(e) >= 50).length} tasks >= 50 ms, TBT (wall) ${tbtWallFcp.toFixed(0)} ms`,
  );
else
  console.log(
    `${count} tasks >= ${threshold} ms cpu, ${total.toFixed(0)} ms in them; main thread cpu ${cpuAll.toFixed(0)} ms in ${all.length} tasks; TBT proxy (4x cpu - 50) ${tbtProxy.toFixed(0)} ms; without the first frame (layout at ${((fcp - t0) / 1000).toFixed(0)} ms): ${afterFcp.filter((e) => cpu(e) >= 12.5).length} tasks >= 12.5 ms cpu, proxy ${tbtProxyFcp.toFixed(0)} ms`,
  );
