import { test, expect, type Page } from '@playwright/test';
import { largeWorld } from '../../components/playground/worlds';
import { openPlayground, replaceText } from './support/playground';

// A large model (components/lab/editorChanges.ts) drops bracket pair colours: they are a model
// option in Monaco, and with them on each frame asked the model for its brackets, which re-parsed
// the bracket tree of the whole 24,000-line file (the longest task while typing into 2,000 pods).
// The editor's own option did not reach a model created before it: this checks the colours as drawn.

const BRACKETS = 'k: [a, {b: c}]';

/** Bracket colour spans Monaco drew in the editor's visible lines. */
async function colouredBrackets(page: Page): Promise<number> {
  return page.locator('[data-testid="editor"] .view-lines [class*="bracket-highlighting"]').count();
}

async function editorText(page: Page): Promise<string> {
  return page.locator('[data-testid="editor"] .monaco-container').evaluate((el) => (el as unknown as { editorValue: string }).editorValue);
}

test('a large model is drawn without bracket pair colours, a small one with them again', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);

  await replaceText(page, `${BRACKETS}\n`);
  await expect.poll(() => colouredBrackets(page)).toBeGreaterThanOrEqual(4);

  const world = `${largeWorld(40, 10)}---\n${BRACKETS}\n`;
  await replaceText(page, world);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length), { timeout: 60_000 });
  await page.keyboard.press('Control+End');
  await expect(page.locator('[data-testid="editor"] .view-lines')).toContainText(BRACKETS);
  expect(await colouredBrackets(page)).toBe(0);
  // Typing still lands (the brackets typed are plain text now).
  await page.keyboard.type('# [x]');
  expect(await editorText(page)).toBe(`${world}# [x]`);
  expect(await colouredBrackets(page)).toBe(0);

  await replaceText(page, `${BRACKETS}\n`);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(BRACKETS.length + 1), { timeout: 60_000 });
  await expect.poll(() => colouredBrackets(page)).toBeGreaterThanOrEqual(4);
});
