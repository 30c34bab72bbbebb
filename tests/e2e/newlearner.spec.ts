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

for (const lang of ['en', 'es'] as const) {
  test(`an unknown address under /${lang}/ says so in ${lang} only and leads to the course map (390 px)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const response = await page.goto(`/${lang}/learn/rbac/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const notFound = page.getByTestId('not-found');
    await expect(notFound.locator(`section[lang="${lang}"]`)).toBeVisible();
    await expect(notFound.locator(`section[lang="${lang === 'en' ? 'es' : 'en'}"]`)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Page not found' : 'No encontramos esta página');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: lang === 'en' ? 'Go to the course map' : 'Ir al mapa del curso' }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    await context.close();
  });
}

test('an address in no language shows both, each marked with its language', async ({ page }) => {
  const response = await page.goto('/fr/');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('not-found').locator('section[lang="en"]')).toBeVisible();
  await expect(page.getByTestId('not-found').locator('section[lang="es"]')).toBeVisible();
});

