// What a learner feels, measured in headless Chromium (Playwright): cold load to the first verdict,
// keystroke to verdict, and typing into the playground with a 2,000-pod world. Used by bench/browser.mjs.
import { median } from './browserLighthouse.mjs';

const pick = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Navigation start to the first exercise's first verdict (its check answered by the worker), ms. */
export async function firstVerdict(browser, url, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__firstVerdict = 0;
      new MutationObserver((_, observer) => {
        const root = document.querySelector('[data-exercise-id]');
        if (root && Number(root.getAttribute('data-check-sequence')) > 0) {
          window.__firstVerdict = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-check-sequence'], childList: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstVerdict > 0, undefined, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__firstVerdict));
    await context.close();
  }
  return { median: median(times), all: times.map((t) => Math.round(t)) };
}

/** Keydown to the exercise's next verdict, one key every 120 ms, in the first exercise's editor. */
export async function keystrokeToVerdict(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.locator('[data-testid="editor"]').scrollIntoViewIfNeeded();
  await exercise.locator('[data-editor-ready="monaco"]').waitFor({ timeout: 60_000 });
  await exercise.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const root = document.querySelector('[data-exercise-id]');
    window.__latencies = [];
    let t0 = 0;
    document.addEventListener(
      'keydown',
      () => {
        t0 = performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (t0) {
        window.__latencies.push(performance.now() - t0);
        t0 = 0;
      }
    }).observe(root, { attributes: true, attributeFilter: ['data-check-sequence'] });
  });
  for (const ch of '\n# keystroke benchmark typing a comment line here') {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  const latencies = (await page.evaluate(() => window.__latencies)).sort((a, b) => a - b);
  await page.close();
  return { samples: latencies.length, p50: pick(latencies, 0.5), p95: pick(latencies, 0.95) };
}

/**
 * The playground with a world of `text` (pasted), then `typed` at 10-20 ms per key at the end:
 * whether every key landed in order, the longest main-thread task while typing (longtask), and the
 * time from the last key until the summary and the traffic view are about the final text.
 * `profilePath`: also write the main thread's CPU profile while typing there (open it in DevTools).
 */
export async function playgroundTyping(browser, url, text, typed, profilePath) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('editor').scrollIntoViewIfNeeded();
  await page.getByTestId('editor').hover(); // Monaco loads once a pointer reaches the editor
  await page.locator('[data-editor-ready="monaco"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="editor"] .monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
  await page.locator(`[data-testid="playground"][data-model-text-length="${text.length}"]`).waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const pg = document.querySelector('[data-testid="playground"]');
      const tv = document.querySelector('[data-testid="traffic-view"]');
      return pg && tv && tv.getAttribute('data-world-version') === pg.getAttribute('data-world-version');
    },
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    window.__tasks = [];
    window.__lastKey = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'keydown',
      () => {
        window.__lastKey = performance.now();
      },
      true,
    );
  });
  const cdp = profilePath ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { path: `${profilePath}.trace.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  }
  const started = await page.evaluate(() => performance.now());
  for (const [i, ch] of [...typed].entries()) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(10 + (i % 11));
  }
  const finalLength = text.length + typed.length;
  await page.waitForFunction(
    (length) => {
      const pg = document.querySelector('[data-testid="playground"]');
      const tv = document.querySelector('[data-testid="traffic-view"]');
      const done =
        pg &&
        tv &&
        pg.getAttribute('data-model-text-length') === String(length) &&
        tv.getAttribute('data-world-version') === pg.getAttribute('data-world-version');
      if (done && !window.__updatedAt) window.__updatedAt = performance.now();
      return done;
    },
    finalLength,
    { timeout: 120_000, polling: 16 },
  );
  if (cdp) {
    await browser.stopTracing();
    const { profile } = await cdp.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(profilePath, JSON.stringify(profile));
  }
  const result = await page.evaluate(
    ({ started }) => {
      const lastKey = window.__lastKey;
      const during = window.__tasks.filter(([start, duration]) => start + duration >= started && start <= lastKey);
      return {
        longestTask: Math.max(0, ...during.map(([, d]) => d)),
        tasksOver50: during.length,
        updatedAfterLastKey: window.__updatedAt - lastKey,
        value: document.querySelector('[data-testid="editor"] .monaco-container').editorValue,
      };
    },
    { started },
  );
  await context.close();
  return {
    keys: typed.length,
    inOrder: typeof result.value === 'string' ? result.value === text + typed : null,
    longestTask: result.longestTask,
    tasksOver50: result.tasksOver50,
    updatedAfterLastKey: result.updatedAfterLastKey,
  };
}
