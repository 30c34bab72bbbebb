import { test, expect, type Page } from '@playwright/test';

// The playground's editor is a plain textarea until the learner reaches it; then Monaco replaces it
// (components/lab/CodeEditor.tsx, loadMonaco 'touched'). The textarea has Monaco's height, so the
// swap moves nothing: before, a 28-row textarea (590 px) became a 300-380 px editor and the status,
// problems and share panel jumped up under the learner's pointer (a layout shift of 0.09 at 390 px).

/** An element's box in page coordinates (hovering may scroll the page). */
async function box(page: Page, testId: string): Promise<{ y: number; height: number }> {
  return page.getByTestId(testId).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { y: rect.top + window.scrollY, height: rect.height };
  });
}

/** Layout shifts recorded from now on (the PerformanceObserver is set up before the page loads). */
async function shiftsSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (t) => (window as unknown as { __shifts: [number, number][] }).__shifts.filter(([at]) => at >= t).reduce((sum, [, v]) => sum + v, 0),
    since,
  );
}

for (const { lang, width, height } of [
  { lang: 'en', width: 1280, height: 900 },
  { lang: 'es', width: 390, height: 844 },
]) {
  test(`${lang} at ${width} px: Monaco takes the textarea's place without moving the page`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: [number, number][] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shifts.push([e.startTime, e.value]);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/${lang}/playground/`);
    const editor = page.getByTestId('editor');
    await expect(editor).toHaveAttribute('data-editor-ready', 'fallback');
    await expect(page.getByTestId('playground')).not.toHaveAttribute('data-model-text-length', '-1', { timeout: 30_000 });
    // Let the page settle (fonts, the first answer, the views on a wide screen) before comparing.
    await page.waitForTimeout(500);
    const editorBefore = await box(page, 'editor');
    const statusBefore = await box(page, 'playground-status');
    const textarea = editor.locator('textarea');
    await expect(textarea).toHaveValue(/kind: Namespace/);

    const touched = await page.evaluate(() => performance.now());
    await editor.hover();
    await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
    await expect(editor.locator('.monaco-editor .view-lines')).toContainText('kind: Namespace');

    const editorAfter = await box(page, 'editor');
    const statusAfter = await box(page, 'playground-status');
    expect(Math.abs(editorAfter.height - editorBefore.height)).toBeLessThanOrEqual(1);
    expect(Math.abs(statusAfter.y - statusBefore.y)).toBeLessThanOrEqual(1);
    expect(await shiftsSince(page, touched)).toBeLessThan(0.001);
  });
}

test('the textarea has the size of Monaco on a phone and what is typed into it reaches the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/es/playground/');
  const textarea = page.getByTestId('editor').locator('textarea');
  await expect(page.getByTestId('playground')).not.toHaveAttribute('data-model-text-length', '-1', { timeout: 30_000 });
  const { height } = (await textarea.boundingBox())!;
  expect(height).toBeGreaterThan(250);
  expect(height).toBeLessThan(400);
  await textarea.fill('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: typed-here\n');
  await expect(page.getByTestId('playground')).toHaveAttribute('data-objects', '1', { timeout: 30_000 });
});
