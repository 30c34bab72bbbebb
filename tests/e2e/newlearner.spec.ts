// A new learner on the built site: what broke when someone walked the course from outside (links
// to a line, a missing page, two tabs, a damaged progress file), each kept here as a test.
import { test, expect, type Page } from '@playwright/test';

/** The line the editor's cursor is on: Monaco's active line number, or the textarea's caret line. */
async function cursorLine(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const editor = active?.closest('[data-testid="editor"]');
    if (!editor || !active) return null;
    if (active instanceof HTMLTextAreaElement && !active.closest('.monaco-editor')) return active.value.slice(0, active.selectionStart).split('\n').length;
    const number = editor.querySelector('.line-numbers.active-line-number');
    return number ? Number(number.textContent) : null;
  });
}

test('a goal\'s "go to line" in another file opens that file with the cursor on the line (es)', async ({ page }) => {
  await page.goto('/es/learn/capstone/secure-the-shop/');
  const exercise = page.locator('[data-exercise-id="secure-the-shop"]');
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"]').first()).toBeVisible({ timeout: 30_000 });
  const jump = exercise.locator('.goal-jump:visible', { hasText: 'workloads.yaml' }).first();
  const line = Number(/línea (\d+)/.exec(await jump.innerText())?.[1]);
  expect(line).toBeGreaterThan(1);
  await jump.click();
  await expect(exercise.getByRole('tab', { selected: true })).toContainText('workloads.yaml');
  // The cursor is on the line, in the editor, at once (a textarea) and once Monaco has taken over.
  await expect.poll(() => cursorLine(page), { timeout: 10_000 }).toBe(line);
  const editor = exercise.getByTestId('editor');
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
  await expect.poll(() => cursorLine(page), { timeout: 10_000 }).toBe(line);
  await expect(editor).toBeInViewport();

  // Back to the first file through a link of another goal: same again, Monaco already loaded once.
  const back = exercise.locator('.goal-jump:visible', { hasText: 'rbac.yaml' }).first();
  const backLine = Number(/línea (\d+)/.exec(await back.innerText())?.[1]);
  await back.click();
  await expect(exercise.getByRole('tab', { selected: true })).toContainText('rbac.yaml');
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
  await expect.poll(() => cursorLine(page), { timeout: 10_000 }).toBe(backLine);
});

