// The playground as a person uses it, shared by the specs that drive it.
import { expect, type Page } from '@playwright/test';

/** Open the playground and wait until its editor is the real Monaco editor. */
export async function openPlayground(page: Page, lang = 'en'): Promise<void> {
  await page.goto(`/${lang}/playground/`);
  // The views render once their section nears the screen (below the editor on a phone).
  await page.getByTestId('playground-views').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('traffic-view')).toBeVisible();
  const editor = page.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await editor.hover(); // the playground fetches Monaco once a pointer or the focus reaches the editor
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
}

/** Replace the editor's text, as a learner pasting would (typing would let Monaco auto-indent). */
export async function replaceText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-testid="editor"] .monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}
