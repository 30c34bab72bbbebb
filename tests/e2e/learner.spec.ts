// Issue 14: nothing a learner does is lost; every page works on a phone and a keyboard, in both
// languages and both themes.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

function lessonPaths(): string[] {
  const root = join(__dirname, '../../lessons');
  const out: string[] = [];
  for (const track of readdirSync(root)
    .filter((n) => /^\d\d-/.test(n))
    .sort()) {
    for (const lesson of readdirSync(join(root, track))
      .filter((n) => /^\d\d-/.test(n) && statSync(join(root, track, n)).isDirectory())
      .sort()) {
      if (existsSync(join(root, track, lesson, 'lesson.en.md'))) out.push(`learn/${track.slice(3)}/${lesson.slice(3)}/`);
    }
  }
  return out;
}

const PAGES = ['', 'playground/', ...lessonPaths()];

/** Console errors and uncaught exceptions of a page (hydration errors included). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Scroll through the page so lazily loaded parts (editors, terminals) appear, then back to the top. */
async function visitAll(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForTimeout(300);
}

async function overflow(page: Page): Promise<{ px: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.right <= width + 1 || r.width === 0) return false;
        for (let p = el.parentElement; p; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { px: document.documentElement.scrollWidth - width, culprits };
  });
}

async function seriousAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('.xterm').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

for (const lang of ['en', 'es'] as const) {
  for (const path of PAGES) {
    test(`/${lang}/${path}: no overflow at 390 px or desktop, no console error, axe clean in light and dark`, async ({ browser }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`/${lang}/${path}`);
      await visitAll(page);
      expect((await overflow(page)).px, 'desktop overflow').toBeLessThanOrEqual(0);
      expect(await seriousAxe(page), 'axe light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousAxe(page), 'axe dark').toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await visitAll(page);
      const phone = await overflow(page);
      expect(phone.px, `390 px overflow: ${phone.culprits.join(' ')}`).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}

const EXERCISE = 'learn/rbac/subject-verb-object/';

async function monacoReady(page: Page, scope = page.locator('body')) {
  const editor = scope.getByTestId('editor').first();
  await editor.scrollIntoViewIfNeeded();
  await editor.hover(); // the playground fetches Monaco once a pointer or the focus reaches the editor
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 20_000 });
  return editor;
}

test('"Use the solution" asks first and "my version" comes back with one click', async ({ page }) => {
  await page.goto(`/en/${EXERCISE}`);
  const exercise = page.locator('[data-exercise-id]').first();
  const editor = await monacoReady(page, exercise);
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# my own note');
  await expect(editor.locator('.view-lines')).toContainText('my own note');

  // Dismissing the question keeps everything as it is.
  page.once('dialog', (d) => void d.dismiss());
  await exercise.getByTestId('show-solution').click();
  await exercise.getByTestId('use-solution').click();
  await expect(editor.locator('.view-lines')).toContainText('my own note');
  await expect(exercise.getByTestId('restore-mine')).toHaveCount(0);

  page.once('dialog', (d) => {
    expect(d.message()).toContain('Your version is kept');
    void d.accept();
  });
  await exercise.getByTestId('use-solution').click();
  await expect(exercise.getByTestId('lab-status')).toHaveClass(/status-pass/, { timeout: 15_000 });
  await expect(editor.locator('.view-lines')).not.toContainText('my own note');

  // Still there after a reload, then one click brings it back.
  await page.reload();
  const restore = page.locator('[data-exercise-id]').first().getByTestId('restore-mine');
  await expect(restore).toBeVisible();
  await restore.click();
  await expect(page.locator('[data-exercise-id]').first().getByTestId('lab-status')).not.toHaveClass(/status-pass/, { timeout: 15_000 });
  // Progress is stored one entry per exercise: read every entry the site keeps.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          Object.keys(localStorage)
            .map((k) => localStorage.getItem(k) ?? '')
            .join('\n'),
        ),
      { timeout: 5_000 },
    )
    .toContain('my own note');
  const again = await monacoReady(page, page.locator('[data-exercise-id]').first());
  await again.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await expect(again.locator('.view-lines')).toContainText('my own note');
  await expect(restore).toHaveCount(0);
});

test('the solution caption says which diff is shown: side by side when wide, inline on a phone', async ({ page }) => {
  await page.goto(`/es/${EXERCISE}`);
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.getByTestId('show-solution').click();
  await expect(exercise.getByTestId('solution-caption').first()).toHaveAttribute('data-view', 'side-by-side');
  await expect(exercise.getByTestId('solution-caption').first()).toContainText('izquierda: tus archivos');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(exercise.getByTestId('solution-caption').first()).toHaveAttribute('data-view', 'inline');
  await expect(exercise.getByTestId('solution-caption').first()).toContainText('en línea');
});

test('a broken file says "fix the YAML first" instead of counting goals', async ({ page }) => {
  await page.goto(`/en/${EXERCISE}`);
  const exercise = page.locator('[data-exercise-id]').first();
  const editor = await monacoReady(page, exercise);
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('kind: Role\nmetadata:\n  name: [x\n');
  const status = exercise.getByTestId('lab-status');
  await expect(status).toContainText('Fix the YAML first', { timeout: 15_000 });
  await expect(status).not.toContainText('goals pass');
  await expect(exercise.locator('[data-testid="goal"][data-status="stale"]').first()).toBeVisible();
});

test('on a phone, failing details start collapsed and the status stays next to the editor', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/en/${EXERCISE}`);
  const exercise = page.locator('[data-exercise-id]').first();
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"]').first()).toBeVisible({ timeout: 15_000 });
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"] details.goal-detail[open]')).toHaveCount(0);
  const editor = await monacoReady(page, exercise);
  await editor.scrollIntoViewIfNeeded();
  const mirror = exercise.getByTestId('lab-status-mirror');
  await expect(mirror).toBeInViewport();
  await expect(mirror).toContainText('goals pass');
  await context.close();
});

const PLAYGROUND = '/en/playground/';

async function playgroundEditor(page: Page) {
  await expect(page.getByTestId('traffic-view')).toBeVisible();
  return monacoReady(page);
}

test('playground: drafts persist across navigation and reload, the URL follows the text, fast typing is kept', async ({ page }) => {
  // Each keystroke rebuilds the views on the main thread today: give a loaded machine time.
  test.setTimeout(120_000);
  await page.goto(PLAYGROUND);
  const editor = await playgroundEditor(page);
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  const typed = '\n# fast typist 0123456789 abcdefghijklmnopqrstuvwxyz';
  await page.keyboard.type(typed, { delay: 0 });
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('k8s-lab-playground-draft') ?? ''), { timeout: 30_000 })
    .toContain('abcdefghijklmnopqrstuvwxyz');
  await expect(page).toHaveURL(/#s=/, { timeout: 10_000 });
  const url = page.url();

  // The address bar follows every edit (debounced), so it never restores an older snapshot.
  await page.keyboard.type('\n# second edit');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('k8s-lab-playground-draft') ?? ''), { timeout: 30_000 }).toContain('second edit');
  await expect.poll(() => page.url(), { timeout: 10_000 }).not.toBe(url);
  const final = await page.evaluate(() => localStorage.getItem('k8s-lab-playground-draft') ?? '');
  expect(JSON.parse(final).text).toMatch(/# fast typist 0123456789 abcdefghijklmnopqrstuvwxyz\n# second edit$/);
  await page.reload();
  const reloaded = await playgroundEditor(page);
  await reloaded.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await expect(reloaded.locator('.view-lines')).toContainText('# second edit');

  // Away and back without the link: the draft comes back.
  await page.goto('/en/');
  await page.goto(PLAYGROUND);
  const back = await playgroundEditor(page);
  await back.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await expect(back.locator('.view-lines')).toContainText('abcdefghijklmnopqrstuvwxyz');
  await expect(back.locator('.view-lines')).toContainText('# second edit');
});

test('playground: loading another world resets the question forms to that world', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto(PLAYGROUND);
  await expect(page.getByTestId('traffic-form').locator('input').first()).toHaveValue(/^shop\//);
  await page.getByTestId('world-pick').selectOption('team');
  await page.getByTestId('world-load').click();
  await expect(page.getByTestId('traffic-form').locator('input').first()).not.toHaveValue(/^shop\//);
  // The permission view (Team opens on it) starts from a subject Team's bindings name, not Shop's.
  await expect(page.getByTestId('permission-view').getByTestId('subject-pick')).toHaveValue(/\S/);
});

test('/favicon.ico is served', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test('screenshots: exercise and playground, en and es, desktop and 390 px', async ({ browser }) => {
  test.setTimeout(300_000);
  for (const lang of ['en', 'es'] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 } });
      const page = await context.newPage();
      await page.goto(`/${lang}/learn/networking/network-policies/`);
      const exercise = page.locator('[data-exercise-id="and-or"]');
      await exercise.scrollIntoViewIfNeeded();
      await expect(exercise.locator('[data-testid="goal"][data-status="fail"]').first()).toBeVisible({ timeout: 15_000 });
      await exercise.screenshot({ path: `test-results/learner-and-or-${lang}-${width}.png` });
      await page.goto(`/${lang}/playground/`);
      await page.screenshot({ path: `test-results/learner-playground-${lang}-${width}.png`, fullPage: width < 500 });
      await context.close();
    }
  }
});
