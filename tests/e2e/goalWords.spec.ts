// Words at the edge (issue 15): a failing goal's explanation and fix reach the page as message
// codes and are rendered in the page's language only; no code shows through untranslated.
import { test, expect, type Page } from '@playwright/test';

const LESSON = 'learn/rbac/subject-verb-object/';
/** What the renderer shows for a code no catalog words: `[goal.missingTarget]`. */
const UNKNOWN_CODE = /\[(?:goal|explain|attack|counterexample|trap|common)\.[\w.-]+\]/;
const FIX_LABEL = { en: 'What to change:', es: 'Qué cambiar:' };

async function failingGoal(page: Page, lang: 'en' | 'es') {
  await page.goto(`/${lang}/${LESSON}`);
  const failing = page.locator('[data-testid="goal"][data-status="fail"]').first();
  await expect(failing).toBeVisible({ timeout: 20_000 });
  const detail = failing.locator('.goal-detail');
  if (!(await detail.evaluate((d) => (d as HTMLDetailsElement).open))) await detail.locator('summary').first().click();
  const why = (await failing.locator('.goal-why').innerText()).trim();
  const fix = (await failing.locator('.goal-fix').innerText()).trim();
  return { failing, why, fix };
}

test('a failing goal explains itself and says what to change, in the page language only', async ({ browser }) => {
  test.setTimeout(90_000);
  const texts: Record<string, { why: string; fix: string }> = {};
  for (const [lang, width] of [
    ['en', 1280],
    ['es', 390],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const { failing, why, fix } = await failingGoal(page, lang);
    expect(why.length, `${lang} why`).toBeGreaterThan(10);
    expect(fix.startsWith(FIX_LABEL[lang]), `${lang} fix: ${fix}`).toBe(true);
    expect(`${why} ${fix}`).not.toMatch(UNKNOWN_CODE);
    texts[lang] = { why, fix: fix.slice(FIX_LABEL[lang].length).trim() };
    await failing.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/goal-words-${lang}-${width}.png`, fullPage: false });
    await context.close();
  }
  // One language each: the Spanish page does not show the English words.
  expect(texts.en.fix.length).toBeGreaterThan(10);
  expect(texts.es.fix).not.toBe(texts.en.fix);
  expect(texts.es.why).not.toContain(texts.en.fix);
});
