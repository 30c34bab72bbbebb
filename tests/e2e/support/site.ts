import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page of the export (both languages), as URL paths, from out/ (the site under test). */
export function exportedPages(): string[] {
  const out = join(__dirname, '../../../out');
  return readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** Record Content-Security-Policy violations in the page (before any of its scripts run). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Wait until the service worker controls the page and has precached everything. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
        }),
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(true);
}

export async function goalStatuses(exercise: Locator): Promise<string[]> {
  await expect(exercise.locator('[data-testid="goal"][data-status="pending"]')).toHaveCount(0, { timeout: 20_000 });
  return exercise.locator('[data-testid="goal"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
}

/** Grade an exercise: the start fails, the solution passes (the lab worker answers). */
export async function exerciseGrades(page: Page, exercise: Locator): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await exercise.scrollIntoViewIfNeeded();
  expect(await goalStatuses(exercise)).toContain('fail');
  await exercise.getByTestId('show-solution').click();
  await exercise.getByTestId('use-solution').click();
  await expect.poll(() => goalStatuses(exercise), { timeout: 20_000 }).not.toContain('fail');
  await expect(exercise.getByTestId('lab-status')).toHaveClass(/status-pass/);
}

/** Replace an exercise's first file with `text` by pasting it into Monaco, as a learner would (typing line by line would let Monaco auto-indent). Needs clipboard permissions. */
export async function pasteIntoExercise(page: Page, exerciseId: string, text: string) {
  const exercise = page.locator(`[data-exercise-id="${exerciseId}"]`);
  const editor = exercise.getByTestId('editor').first();
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}
