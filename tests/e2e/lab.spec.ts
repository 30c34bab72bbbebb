import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every lesson page that has exercises, from the lessons folder (the same data the site is built from). */
function lessonsWithExercises(): { path: string; ids: string[] }[] {
  const root = join(__dirname, '../../lessons');
  const out: { path: string; ids: string[] }[] = [];
  for (const track of readdirSync(root)
    .filter((n) => /^\d\d-/.test(n))
    .sort()) {
    for (const lesson of readdirSync(join(root, track))
      .filter((n) => /^\d\d-/.test(n))
      .sort()) {
      const dir = join(root, track, lesson, 'exercises');
      if (!existsSync(dir)) continue;
      const ids = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
      if (ids.length) out.push({ path: `learn/${track.slice(3)}/${lesson.slice(3)}/`, ids });
    }
  }
  return out;
}

async function goalStatuses(page: Page, exerciseId: string): Promise<string[]> {
  const exercise = page.locator(`[data-exercise-id="${exerciseId}"]`);
  await expect(exercise.locator('[data-testid="goal"][data-status="pending"]')).toHaveCount(0, { timeout: 30_000 });
  return exercise.locator('[data-testid="goal"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
}

// One test per exercise, each in a fresh page: a page with five exercises walked in one test took
// 50-65 s under CI's load (each click waits for frames on a busy main thread) against the 60 s budget.
for (const { path, ids } of lessonsWithExercises()) {
  for (const id of ids) {
    test(`exercise ${id} on ${path}: start fails, solution passes, reset restores`, async ({ page }) => {
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(`/en/${path}`);
      const exercise = page.locator(`[data-exercise-id="${id}"]`);
      await exercise.scrollIntoViewIfNeeded();
      expect(await goalStatuses(page, id), `${id} start`).toContain('fail');
      await exercise.getByTestId('show-solution').click();
      await exercise.getByTestId('use-solution').click();
      await expect.poll(() => goalStatuses(page, id), { timeout: 15_000 }).not.toContain('fail');
      await expect(exercise.getByTestId('lab-status')).toHaveClass(/status-pass/);
      await exercise.getByTestId('reset').click();
      await expect.poll(() => goalStatuses(page, id), { timeout: 15_000 }).toContain('fail');
    });
  }
}

test('a typed fix turns a goal green, the draft survives a reload, Monaco loads lazily', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [{ path, ids }] = lessonsWithExercises().filter((l) => l.path.includes('subject-verb-object'));
  await page.goto(`/en/${path}`);
  const exercise = page.locator(`[data-exercise-id="${ids.includes('pochoclo-couch') ? 'pochoclo-couch' : ids[0]}"]`);
  const editor = exercise.getByTestId('editor');
  await expect(editor).toHaveAttribute('data-editor-ready', 'fallback');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  const before = await exercise.locator('[data-testid="goal"][data-status="pass"]').count();
  await exercise.getByTestId('show-solution').click();
  const solution = (await exercise.locator('.solution-text').first().textContent()) ?? '';
  await exercise.getByTestId('show-solution').click();
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // Paste, as a learner would (typing line by line would let Monaco auto-indent).
  await page.evaluate((text) => navigator.clipboard.writeText(text), solution);
  await page.keyboard.press('Control+V');
  await expect.poll(async () => exercise.locator('[data-testid="goal"][data-status="pass"]').count(), { timeout: 15_000 }).toBeGreaterThan(before);
  await page.reload();
  await expect.poll(async () => exercise.locator('[data-testid="goal"][data-status="pass"]').count(), { timeout: 15_000 }).toBeGreaterThan(before);
});

test('a YAML syntax error shows a marker at the right line and the page stays responsive', async ({ page }) => {
  const [{ path, ids }] = lessonsWithExercises();
  await page.goto(`/en/${path}`);
  const exercise = page.locator(`[data-exercise-id="${ids[0]}"]`);
  const textarea = exercise.locator('.fallback-editor textarea');
  const monaco = exercise.locator('.monaco-editor');
  const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   labels: [\n';
  if (await textarea.isVisible()) await textarea.fill(broken);
  else {
    await monaco.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(broken);
  }
  const diagnostic = exercise.locator('[data-testid="diagnostic"][data-severity="error"]').first();
  await expect(diagnostic).toBeVisible({ timeout: 15_000 });
  expect(Number(await diagnostic.getAttribute('data-line'))).toBeGreaterThanOrEqual(4);
  expect(Number(await diagnostic.getAttribute('data-line'))).toBeLessThanOrEqual(6);
  await expect(exercise.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: 15_000 });
  // Still responsive: the page answers a click within a normal time.
  await exercise.getByTestId('show-solution').click();
  await expect(exercise.getByTestId('use-solution')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an exercise page has no axe violations (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(90_000);
    const [{ path }] = lessonsWithExercises();
    const context = await browser.newContext({ colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`/es/${path}`);
    await expect(page.locator('[data-testid="goal"]').first()).not.toHaveAttribute('data-status', 'pending', { timeout: 15_000 });
    await page.locator('[data-testid="editor"]').first().scrollIntoViewIfNeeded();
    await page.locator('[data-testid="editor"][data-editor-ready="monaco"]').first().waitFor({ timeout: 20_000 });
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('.xterm').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `test-results/exercise-es-${colorScheme}.png`, fullPage: false });
    await context.close();
  });
}
