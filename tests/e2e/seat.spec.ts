// The learner's seat: what a goal not checked yet says (to the eye and to a screen reader), what
// is announced when a goal flips, and the playground draft followed across two tabs.
import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openPlayground } from './support/playground';

const EXERCISE = 'couch-is-a-configmap';
const EXERCISE_DIR = 'lessons/01-rbac/01-subject-verb-object/exercises/couch-is-a-configmap';
const lessonUrl = (lang: string) => `/${lang}/learn/rbac/subject-verb-object/`;
const PENDING = { en: 'pending: not checked yet', es: 'pendiente: todavía sin revisar' } as const;
const FAIL = { en: 'not yet', es: 'todavía no' } as const;

/** A simulator worker that never answers: every goal stays not checked, for as long as the test looks. */
async function silenceWorker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    class SilentWorker extends EventTarget {
      onmessage: unknown = null;
      onerror: unknown = null;
      postMessage(): void {}
      terminate(): void {}
    }
    (window as unknown as { Worker: unknown }).Worker = SilentWorker;
  });
}

const goalsOf = (page: Page) => page.locator(`[data-exercise-id="${EXERCISE}"] ol.goal-list`);

for (const lang of ['en', 'es'] as const) {
  test(`goals not checked yet say so, to the eye and by name, and pass axe (${lang})`, async ({ page }) => {
    await silenceWorker(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(lessonUrl(lang));
    const exercise = page.locator(`[data-exercise-id="${EXERCISE}"]`);
    await exercise.scrollIntoViewIfNeeded();
    const items = goalsOf(page).getByRole('listitem');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    // Every goal's accessible name ends with the pending words, and none says it fails.
    await expect(goalsOf(page).getByRole('listitem', { name: new RegExp(`: ${PENDING[lang]}$`) })).toHaveCount(count);
    await expect(goalsOf(page).getByRole('listitem', { name: new RegExp(`: ${FAIL[lang]}$`) })).toHaveCount(0);
    await expect(exercise.getByText(PENDING[lang]).first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).include(`[data-exercise-id="${EXERCISE}"] .exercise-goals`).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

/** Paste `text` into the exercise's editor, as a learner would. */
async function pasteInto(page: Page, editor: Locator, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

test('a goal that flips is announced once, politely, by name; the first verdict is not read goal by goal (es)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(lessonUrl('es'));
  const exercise = page.locator(`[data-exercise-id="${EXERCISE}"]`);
  const editor = exercise.getByTestId('editor').first();
  await editor.scrollIntoViewIfNeeded();
  await editor.hover();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"]').first()).toBeVisible({ timeout: 30_000 });
  const announcement = exercise.getByTestId('goal-announcement');
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  await expect(announcement).toHaveText('');
  // The failing goals' names, from the page (the lesson's own start files, not a list kept here).
  const failing = await exercise.locator('[data-testid="goal"][data-status="fail"] .goal-text').allTextContents();
  expect(failing.length).toBeGreaterThan(0);

  await pasteInto(page, editor, readFileSync(`${EXERCISE_DIR}/solution/role.yaml`, 'utf8'));
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"]')).toHaveCount(0, { timeout: 30_000 });
  const said =
    failing.length > 3 ? [`${failing.length} objetivos cambiaron: ${failing.length} ahora se cumplen`] : failing.map((g) => `Objetivo cumplido: ${g}`);
  for (const part of said) await expect(announcement).toContainText(part);
  // A goal that passed already is not read out again.
  const passedBefore = (await exercise.locator('[data-testid="goal"] .goal-text').allTextContents()).filter((g) => !failing.includes(g));
  for (const g of passedBefore) await expect(announcement).not.toContainText(g);

  // A file that does not parse: every goal says it is not checked (not "fails"), and axe is clean.
  await pasteInto(page, editor, 'kind: Role\nrules: [\n');
  await expect(goalsOf(page).getByRole('listitem', { name: /: sin verificar$/ })).toHaveCount(await exercise.getByTestId('goal').count(), { timeout: 30_000 });
  await expect(exercise.getByText('sin verificar').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).include(`[data-exercise-id="${EXERCISE}"] .exercise-goals`).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Back to the start: the same goals are announced as no longer passing (against the last verdict, not the unparsed file).
  await pasteInto(page, editor, readFileSync(`${EXERCISE_DIR}/start/role.yaml`, 'utf8'));
  await expect(exercise.locator('[data-testid="goal"][data-status="fail"]')).toHaveCount(failing.length, { timeout: 30_000 });
  await expect(announcement).toContainText(failing.length > 3 ? 'dejaron de cumplirse' : 'Este objetivo dejó de cumplirse:');
});

const editorText = (page: Page) =>
  page.getByTestId('editor').evaluate((el) => (el.querySelector('.monaco-container') as HTMLElement & { editorValue: string }).editorValue);

type SaveHold = { __holdSaves: () => void; __releaseSaves: () => void };

/**
 * Lets the test hold the page's timers of 400 ms or more (the draft's save delay) and release them
 * later, in order, so "typed but not saved yet" is a state the test sets, not a race it wins.
 */
async function holdableSaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const realSet = window.setTimeout.bind(window);
    const realClear = window.clearTimeout.bind(window);
    const held = new Map<number, () => void>();
    const released = new Map<number, number>();
    let holding = false;
    let nextId = 1_000_000_000;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (!holding || (ms ?? 0) < 400 || typeof fn !== 'function') return realSet(fn, ms, ...args);
      const id = nextId++;
      held.set(id, () => (fn as (...a: unknown[]) => void)(...args));
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined && held.delete(id)) return;
      realClear(id !== undefined && released.has(id) ? released.get(id) : id);
    }) as typeof window.clearTimeout;
    const hold = window as unknown as SaveHold;
    hold.__holdSaves = () => {
      holding = true;
    };
    hold.__releaseSaves = () => {
      holding = false;
      for (const [id, run] of held) {
        held.delete(id);
        released.set(id, realSet(run, 0));
      }
    };
  });
}

/** Type at the end of the playground's text. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.locator('[data-testid="editor"] .monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('the playground in two tabs: the later edit shows up in the other tab, typing is never overwritten', async ({ context }) => {
  test.setTimeout(150_000);
  const a = await context.newPage();
  await holdableSaves(a);
  await openPlayground(a);
  const b = await context.newPage();
  await openPlayground(b);

  await typeAtEnd(a, '\n# typed in tab A');
  await expect.poll(() => editorText(b), { timeout: 15_000 }).toContain('# typed in tab A');
  await typeAtEnd(b, '\n# then in tab B');
  await expect.poll(() => editorText(a), { timeout: 15_000 }).toMatch(/# typed in tab A[\s\S]*# then in tab B/);

  // Tab A is typing (its edit not saved yet) when another tab saves a draft edited later: what
  // is being typed stays, and A's save then reaches the other tab. A's save timers are held while
  // it types, so the other tab's save always arrives before A's own (no race with the 400 ms delay).
  const mark = '# still typing in A';
  await a.evaluate(() => (window as unknown as SaveHold).__holdSaves());
  await typeAtEnd(a, `\n${mark}`);
  await expect.poll(() => editorText(a)).toContain(mark);
  expect(await a.evaluate(() => localStorage.getItem('k8s-lab-playground-draft') ?? '')).not.toContain(mark);
  await a.evaluate(() => {
    const later = Date.now() + 60_000;
    const newValue = JSON.stringify({ text: 'kind: Namespace\n', savedAt: later, editedAt: later });
    window.dispatchEvent(new StorageEvent('storage', { key: 'k8s-lab-playground-draft', newValue }));
  });
  // Two frames: whatever the storage event changes has been rendered by then.
  await a.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await editorText(a)).toContain(mark);
  await a.evaluate(() => (window as unknown as SaveHold).__releaseSaves());
  await expect.poll(() => a.evaluate(() => localStorage.getItem('k8s-lab-playground-draft') ?? ''), { timeout: 15_000 }).toContain(mark);
  expect(await editorText(a)).toContain(mark);
  await expect.poll(() => editorText(b), { timeout: 15_000 }).toContain(mark);

  // A reload of either tab gives back the last edit.
  await b.bringToFront();
  await b.reload();
  await openPlayground(b);
  expect(await editorText(b)).toMatch(/# typed in tab A[\s\S]*# then in tab B[\s\S]*# still typing in A/);
});
