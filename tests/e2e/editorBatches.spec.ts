import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { largeWorld } from '../../components/playground/worlds';
import { openPlayground, replaceText as paste } from './support/playground';

// The editor hands a large model's text to the page in batches (components/lab/editorChanges.ts):
// whatever path an edit takes (keys typed fast, undo and redo, several cursors, a paste, a click on
// the page right after typing), the page's text, the saved draft and the worker end up with
// exactly the editor's text.

const DRAFT_KEY = 'k8s-lab-playground-draft';

async function editorText(page: Page): Promise<string> {
  return page.locator('[data-testid="editor"] .monaco-container').evaluate((el) => (el as unknown as { editorValue: string }).editorValue);
}

async function savedDraft(page: Page): Promise<string> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { text: string }).text : '';
  }, DRAFT_KEY);
}

async function typeFast(page: Page, text: string): Promise<void> {
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(10 + (i % 11));
  }
}

/** The page's text (its saved draft) and the worker's (its length) are the editor's. */
async function expectSettled(page: Page, expected: string): Promise<void> {
  expect(await editorText(page)).toBe(expected);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(expected.length), { timeout: 60_000 });
  await expect.poll(() => savedDraft(page), { timeout: 30_000 }).toBe(expected);
}

test('a 2,000-pod world: keys, undo and redo, several cursors and a paste reach the page exactly', async ({ page }) => {
  test.setTimeout(240_000);
  await openPlayground(page);
  const world = largeWorld(40, 10);
  await paste(page, world);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length), { timeout: 60_000 });

  // Keys typed fast at the end, then the last two lines undone (Monaco undoes a typed line at a time).
  await page.keyboard.press('Control+End');
  await typeFast(page, '\n# one\n# two');
  expect(await editorText(page)).toBe(`${world}\n# one\n# two`);
  await page.keyboard.press('Control+Z');
  const undone = await editorText(page);
  expect(world.length).toBeLessThan(undone.length);
  expect(`${world}\n# one\n# two`.startsWith(undone)).toBe(true);
  await page.keyboard.press('Control+Shift+Z');
  await expectSettled(page, `${world}\n# one\n# two`);

  // Three cursors, one per line end (Shift+Alt+Up adds a cursor above on Linux), type at once.
  await page.keyboard.press('Control+End');
  await typeFast(page, '\n#a\n#b\n#c');
  await page.keyboard.press('Shift+Alt+ArrowUp');
  await page.keyboard.press('Shift+Alt+ArrowUp');
  await page.keyboard.press('End');
  await typeFast(page, '!');
  await page.keyboard.press('Escape');
  const cursors = `${world}\n# one\n# two\n#a!\n#b!\n#c!`;
  expect(await editorText(page)).toBe(cursors);

  // A paste of 60 kB in the middle of the large text, then one key after it.
  const block = `# pasted\n${'# filler line for a large paste of comments\n'.repeat(1400)}`;
  await page.evaluate((value) => navigator.clipboard.writeText(value), block);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+V');
  await page.keyboard.type('x');
  await expectSettled(page, `${block}x${cursors}`);
});

test('a click on the page right after typing into a large world acts on the text as typed', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page);
  const world = largeWorld(40, 10);
  await paste(page, world);
  await expect(page.getByTestId('playground')).toHaveAttribute('data-model-text-length', String(world.length), { timeout: 60_000 });
  await page.keyboard.press('Control+End');
  const typed = '\n# typed just before the click';
  await page.keyboard.type(typed, { delay: 5 });
  // At once (on a quiet machine within the batch's wait): leaving the editor hands its text on, so
  // the page's button acts on every key typed.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(world + typed);
  await expectSettled(page, world + typed);
});
