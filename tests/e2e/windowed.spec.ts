import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { largeWorld } from '../../components/playground/worlds';
import { openPlayground, replaceText } from './support/playground';

// The 2,000-pod playground's tables never draw thousands of rows: the traffic matrix (200 combined
// nodes, 40,000 cells) draws a window that follows the roving focus, and every cell stays
// reachable by keyboard (WAI-ARIA grid keys) and labelled with its place in the whole table.

const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.row === undefined ? null : { row: Number(el.dataset.row), col: Number(el.dataset.col) };
  });

async function bigMatrix(page: Page, lang = 'en') {
  await openPlayground(page, lang);
  const world = largeWorld(40, 10);
  await replaceText(page, world);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length), { timeout: 90_000 });
  await expect(page.getByTestId('traffic-view')).toHaveAttribute('data-world-version', /[1-9]/, { timeout: 90_000 });
  await page.getByTestId('show-matrix').click();
  const matrix = page.getByTestId('traffic-matrix');
  await expect(matrix).toBeVisible({ timeout: 30_000 });
  return matrix;
}

test("the 2,000-pod world's traffic matrix is windowed, yet every row and column is reachable by keyboard", async ({ page }) => {
  test.setTimeout(180_000);
  const matrix = await bigMatrix(page);
  const size = Number(await matrix.getAttribute('aria-rowcount')) - 1;
  expect(size).toBeGreaterThan(100);
  // A window, not size × size buttons.
  const drawn = await matrix.locator('button.grid-cell').count();
  expect(drawn).toBeLessThanOrEqual(20 * 12);
  expect(drawn).toBeGreaterThan(0);

  await matrix.locator('[data-row="0"][data-col="0"]').focus();
  await page.keyboard.press('Control+End');
  await expect.poll(() => focusedCell(page)).toEqual({ row: size - 1, col: size - 1 });
  await expect(matrix.locator(`tr[aria-rowindex="${size + 1}"]`)).toHaveCount(1);
  await page.keyboard.press('Control+Home');
  await expect.poll(() => focusedCell(page)).toEqual({ row: 0, col: 0 });

  // Row by row and column by column past the window's edge: the window follows the focus.
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedCell(page)).toEqual({ row: 25, col: 15 });
  const focused = matrix.locator('[data-row="25"][data-col="15"]');
  await expect(focused).toHaveAttribute('aria-label', / to .*: (allowed|denied)/);
  await expect(page.getByTestId('grid-window')).toContainText('Rows 7–26 of');

  // Pointer users page the window with labelled buttons.
  await page.getByTestId('grid-windowDown').click();
  await expect(page.getByTestId('grid-window')).toContainText('Rows 27–46 of');
  await expect(matrix.locator('tr[aria-rowindex="47"]')).toHaveCount(1);

  const axe = await new AxeBuilder({ page }).include('[data-testid="traffic-view"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('the windowed matrix speaks Spanish and fits a 390 px screen', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await bigMatrix(page, 'es');
  await expect(page.getByTestId('grid-window')).toContainText('Se ven las filas 1–20 de');
  await expect(page.getByTestId('grid-windowDown')).toHaveText('Filas siguientes');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
