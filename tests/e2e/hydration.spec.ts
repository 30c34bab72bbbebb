import { test, expect, type Page } from '@playwright/test';

// Lesson pages hydrate their interactive blocks lazily (components/LazyHydrate.tsx): the prose and
// every block arrive as server HTML; a block comes alive when it nears the screen, when a pointer
// or the keyboard focus enters it, or later when the browser is idle. These tests take the last
// exercise of the capstone (far below the first screen) and check it works however it is reached.
const CAPSTONE = '/en/learn/capstone/secure-the-shop/';
const LAST = 'attack-path';

async function goalStatuses(page: Page, id: string): Promise<string[]> {
  const exercise = page.locator(`[data-exercise-id="${id}"]`);
  await expect(exercise.locator('[data-testid="goal"][data-status="pending"]')).toHaveCount(0, { timeout: 20_000 });
  return exercise.locator('[data-testid="goal"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
}

test("the exercise blocks come in the page's HTML (goals, editor text, buttons) and none is hydrated before the page runs", async ({ browser, request }) => {
  const html = await (await request.get(CAPSTONE)).text();
  for (const marker of [`data-exercise-id="${LAST}"`, 'data-testid="goal"', '<textarea', 'data-testid="show-solution"', `id="hydrate-exercise-${LAST}"`])
    expect(html).toContain(marker);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CAPSTONE);
  await expect(page.locator(`[data-exercise-id="${LAST}"] [data-testid="goal"]`).first()).toBeAttached();
  await expect(page.locator('[data-hydrated]')).toHaveCount(0);
  await context.close();
});

test('an exercise far down the page works once scrolled to: start fails, the solution passes', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(CAPSTONE);
  const exercise = page.locator(`[data-exercise-id="${LAST}"]`);
  await exercise.scrollIntoViewIfNeeded();
  await expect(page.locator(`#hydrate-exercise-${LAST}`)).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
  expect(await goalStatuses(page, LAST)).toContain('fail');
  await exercise.getByTestId('show-solution').click();
  await exercise.getByTestId('use-solution').click();
  await expect.poll(() => goalStatuses(page, LAST), { timeout: 20_000 }).not.toContain('fail');
  await expect(exercise.getByTestId('lab-status')).toHaveClass(/status-pass/);
});

test('keyboard users reach a block by Tab and its buttons answer at once', async ({ page }) => {
  await page.goto(CAPSTONE);
  const block = page.locator(`#hydrate-exercise-${LAST}`);
  const hint = block.getByTestId('show-hint');
  // Focus the last focusable element before the block (as a learner tabbing down the page would
  // have), then the keyboard alone: Tab until the hint button, Enter reveals a hint.
  await block.evaluate((root) => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, textarea, select, [tabindex="0"]')];
    const before = all.filter((el) => !root.contains(el) && root.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).pop();
    before?.focus();
  });
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await hint.evaluate((button) => document.activeElement === button);
  }
  expect(reached, 'Tab reaches the hint button of the far exercise').toBe(true);
  await page.keyboard.press('Enter');
  await expect(block.locator('.hints li')).toHaveCount(1, { timeout: 10_000 });
  await expect(block).toHaveAttribute('data-hydrated', '');
});

test('blocks nobody reached come alive when the browser is idle (so jumping anywhere finds them live)', async ({ page }) => {
  await page.goto(CAPSTONE);
  await expect(page.locator('[data-hydrated]')).toHaveCount(await page.locator('.lazy-hydrate').count(), { timeout: 30_000 });
  expect(await goalStatuses(page, LAST)).toContain('fail');
});

test("text typed into an exercise before the page's JavaScript ran is kept and checked", async ({ page }) => {
  // Hold the page's scripts back until the learner has typed into the server's textarea.
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(CAPSTONE, { waitUntil: 'commit' });
  const exercise = page.locator(`[data-exercise-id="${LAST}"]`);
  const textarea = exercise.locator('.fallback-editor textarea');
  const typed = `${await textarea.inputValue()}\n# typed early: kept\nthis is: [not yaml\n`;
  await textarea.fill(typed);
  await expect(page.locator('[data-hydrated]')).toHaveCount(0);
  release();
  await expect(page.locator(`#hydrate-exercise-${LAST}`)).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
  await expect(exercise.locator('[data-testid="diagnostic"][data-severity="error"]').first()).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(() =>
      exercise
        .getByTestId('editor')
        .evaluate(
          (el) => (el.querySelector('.monaco-container') as unknown as { editorValue?: string } | null)?.editorValue ?? el.querySelector('textarea')?.value,
        ),
    )
    .toBe(typed);
});

test('a click on a block whose code has not arrived yet is delivered once the block is live, exactly once', async ({ page, request }) => {
  // The scripts the HTML names load; every chunk fetched later (the blocks' code) waits.
  const html = await (await request.get(CAPSTONE)).text();
  const inHtml = new Set([...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]));
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let held!: () => void;
  const someHeld = new Promise<void>((r) => {
    held = r;
  });
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    if (!inHtml.has(new URL(route.request().url()).pathname)) {
      held();
      await released;
    }
    await route.continue();
  });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(CAPSTONE);
  await someHeld; // the page has hydrated its shell and asked for a block's code
  const exercise = page.locator(`[data-exercise-id="${LAST}"]`);
  await exercise.getByTestId('show-solution').click();
  await expect(page.locator(`#hydrate-exercise-${LAST}`)).not.toHaveAttribute('data-hydrated', '');
  release();
  await expect(page.locator(`#hydrate-exercise-${LAST}`)).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
  await expect(exercise.getByTestId('show-solution')).toHaveAttribute('aria-expanded', 'true');
  await exercise.getByTestId('use-solution').click();
  await expect.poll(() => goalStatuses(page, LAST), { timeout: 20_000 }).not.toContain('fail');
});

const LESSON = '/en/learn/rbac/subject-verb-object/';

test("a lesson's Markdown is server HTML React never owns: no element inside the prose is hydrated", async ({ page }) => {
  await page.goto(LESSON);
  // Every block live (idle hydration), then look at what React holds: it marks each node it
  // hydrated with a `__reactFiber$…` property.
  await expect(page.locator('[data-hydrated]')).toHaveCount(await page.locator('.lazy-hydrate').count(), { timeout: 30_000 });
  const owned = await page.evaluate(() => {
    const isOwned = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactFiber$'));
    const prose = [...document.querySelectorAll('article.lesson > .prose')].flatMap((block) => [...block.querySelectorAll('*')]);
    const exercise = [...document.querySelectorAll('[data-hydrated] [data-exercise-id] *')];
    return { prose: prose.length, proseOwned: prose.filter(isOwned).length, exercise: exercise.length, exerciseOwned: exercise.filter(isOwned).length };
  });
  expect(owned.prose).toBeGreaterThan(50);
  expect(owned.proseOwned).toBe(0);
  // The check can fail: the live exercise's elements are React's.
  expect(owned.exerciseOwned).toBeGreaterThan(20);
});

test('a lesson view renders (code, world, tables) only once it nears the screen, and then works', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto(LESSON);
  await expect(page.locator('[data-hydrated]')).toHaveCount(await page.locator('.lazy-hydrate').count(), { timeout: 30_000 });
  const slot = page.locator('.lab-block[data-view]').first();
  // Far below the first screen: its block is live, its view is not rendered.
  expect(await slot.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(823 + 600);
  await expect(slot.locator('.lesson-view-slot')).toBeAttached();
  await expect(slot.locator('[data-lesson-view]')).toHaveCount(0);
  // The view's code (the component that writes `data-lesson-view`) is not among the scripts yet.
  const chunks = () => [...new Set(requested.filter((url) => url.includes('/_next/static/chunks/') && url.endsWith('.js')))];
  const hasView = async (urls: string[]) => {
    for (const url of urls) if ((await (await page.request.get(url)).text()).includes('data-lesson-view')) return true;
    return false;
  };
  const before = chunks();
  expect(await hasView(before), 'the view code is not fetched before it is wanted').toBe(false);
  await slot.scrollIntoViewIfNeeded();
  await expect(slot.locator('[data-lesson-view]')).toBeVisible({ timeout: 20_000 });
  expect(await hasView(chunks().filter((url) => !before.includes(url))), 'the view code is fetched when it is wanted').toBe(true);
  await expect(slot.locator('table, svg, ol').first()).toBeVisible({ timeout: 20_000 });
});

test("a verdict's goal explanations come a few per task, and every goal gets its own", async ({ page }) => {
  await page.goto(CAPSTONE);
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.scrollIntoViewIfNeeded();
  const goals = exercise.locator('[data-testid="goal"]');
  const total = await goals.count();
  expect(total).toBeGreaterThan(40);
  await expect(exercise.locator('[data-testid="goal"][data-status="pending"]')).toHaveCount(0, { timeout: 20_000 });
  await expect(exercise.locator('[data-testid="goal"] .goal-detail')).toHaveCount(total, { timeout: 20_000 });
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"] .goal-why').first()).not.toBeEmpty();
});
