import { test, expect } from '@playwright/test';
import { exerciseGrades, exportedPages, goalStatuses, waitForServiceWorker } from './support/site';

// The service worker (scripts/build/sw.mjs) precaches the whole export on the first visit.
test.use({ serviceWorkers: 'allow' });

test('after one visit, pages never opened work offline and an exercise still grades', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/en/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('/es/playground/').then(
        (r) => r.ok,
        () => 'network error',
      ),
    ),
  ).toBe(true);

  // A lesson in the other language, never opened: its exercise grades in the lab worker.
  await page.goto('/es/learn/rbac/subject-verb-object/');
  await exerciseGrades(page, page.locator('[data-exercise-id="pochoclo-couch"]'));
  // Monaco and its YAML worker load from the cache too.
  const editor = page.locator('[data-exercise-id="pochoclo-couch"]').getByTestId('editor');
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });

  // Reloading offline: the worker starts again and answers (an earlier service worker broke this).
  await page.reload();
  await expect.poll(() => goalStatuses(page.locator('[data-exercise-id="pochoclo-couch"]')), { timeout: 20_000 }).not.toContain('fail');

  // The playground and a demo, offline.
  await page.goto('/en/playground/');
  await expect(page.getByTestId('traffic-view')).toBeVisible();
  await page.getByTestId('tab-terminal').click();
  const input = page.locator('.terminal-panel input[name="cmd"]');
  await input.fill('kubectl get pods -A');
  await input.press('Enter');
  await expect.poll(async () => (await page.getByTestId('terminal').locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ')).toMatch(/Running/);
  await context.setOffline(false);
});

test('every page of both languages is in the precache', async ({ page }) => {
  await page.goto('/en/');
  await waitForServiceWorker(page);
  const missing = await page.evaluate(async (paths) => {
    const keys = new Set<string>();
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) keys.add(new URL(request.url).pathname);
    return paths.filter((p) => !keys.has(`${p}index.html`));
  }, exportedPages());
  expect(missing).toEqual([]);
});

test('the lab worker answers after reloads under the service worker, online', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/learn/rbac/subject-verb-object/');
  await waitForServiceWorker(page);
  for (let i = 0; i < 3; i++) {
    await page.reload();
    const exercise = page.locator('[data-exercise-id="pochoclo-couch"]');
    await exercise.scrollIntoViewIfNeeded();
    expect(await goalStatuses(exercise)).toContain('fail');
  }
  await exerciseGrades(page, page.locator('[data-exercise-id="pochoclo-couch"]'));
});
