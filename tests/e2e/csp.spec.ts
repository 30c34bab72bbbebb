import { test, expect } from '@playwright/test';
import { cspViolations, exerciseGrades, exportedPages, recordCspViolations } from './support/site';

// The served site (scripts/serve.mjs) sends a strict CSP: script-src 'self' plus the hashes of
// Next's inline scripts, no 'unsafe-eval'. Every page, the editor, the terminal and the views run
// without a single violation.

test('the security headers are sent', async ({ request }) => {
  const page = await request.get('/en/');
  const headers = page.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'sha256-/);
  expect(csp).not.toContain('unsafe-eval');
  for (const directive of ["worker-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-cache');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  const html = await page.text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  expect((await request.get(chunk)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the violation recorder sees a blocked inline script (so zero means zero)', async ({ page, context }) => {
  await recordCspViolations(context);
  await page.goto('/en/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = 1';
    document.body.append(s);
  });
  await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
});

for (const [i, group] of Object.entries(chunks(exportedPages(), 4))) {
  test(`pages run under the CSP without violations (${Number(i) + 1}/4)`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await recordCspViolations(context);
    for (const path of group) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await cspViolations(page), path).toEqual([]);
    }
  });
}

test('an exercise under the CSP: editor, lab worker, terminal and views, no violations', async ({ page, context }) => {
  test.setTimeout(120_000);
  await recordCspViolations(context);
  await page.goto('/en/learn/rbac/subject-verb-object/');
  const exercise = page.locator('[data-exercise-id="pochoclo-couch"]');
  const editor = exercise.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
  await exercise.locator('.monaco-editor').click();
  // At the end of the file: a comment typed mid-line would break the YAML ("fix the YAML first").
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# a comment\n');
  await exerciseGrades(page, exercise);
  await exercise.getByTestId('toggle-terminal').click();
  await exercise.getByTestId('terminal').locator('.xterm').click();
  await page.keyboard.type('kubectl get roles -A\n');
  await page.goto('/en/playground/');
  await expect(page.getByTestId('traffic-view')).toBeVisible();
  for (const tab of ['permissions', 'admission', 'terminal']) await page.getByTestId(`tab-${tab}`).click();
  await page.waitForLoadState('networkidle');
  expect(await cspViolations(page)).toEqual([]);
});

function chunks<T>(list: T[], n: number): T[][] {
  const size = Math.ceil(list.length / n);
  return Array.from({ length: n }, (_, i) => list.slice(i * size, (i + 1) * size));
}
