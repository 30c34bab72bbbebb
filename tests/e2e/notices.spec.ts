import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { goalStatuses, waitForServiceWorker } from './support/site';
import { startVersionedServer } from './support/versionedServer';

const LESSON = '/learn/rbac/subject-verb-object/';
const EXERCISE = '[data-exercise-id="pochoclo-couch"]';
const KEY = 'k8s-lab-exercise:rbac/subject-verb-object/pochoclo-couch';

/** Another page of the same origin fills localStorage to the last byte. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

async function typeInExercise(page: Page, text: string): Promise<void> {
  const exercise = page.locator(EXERCISE);
  const editor = exercise.getByTestId('editor');
  await editor.scrollIntoViewIfNeeded();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
  await exercise.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

for (const lang of ['en', 'es'] as const) {
  test(`full storage: the edit is kept and the learner is told to export (${lang}, 390 px)`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${lang}${LESSON}`);
    await fillStorage(page);
    await typeInExercise(page, '\n# still here');
    const notice = page.getByTestId('storage-notice');
    await expect(notice).toContainText(
      lang === 'en' ? "Your browser's storage is full: export your progress" : 'El almacenamiento de tu navegador está lleno: exportá tu progreso',
    );
    await expect(page.locator(EXERCISE).locator('.monaco-editor')).toContainText('# still here');
    expect(await goalStatuses(page.locator(EXERCISE))).toContain('fail'); // the lab keeps checking
    await page.screenshot({ path: `test-results/storage-full-${lang}-390.png` });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: lang === 'en' ? 'Export progress' : 'Exportar progreso' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(JSON.stringify(exported.exercises['rbac/subject-verb-object/pochoclo-couch'].files)).toContain('# still here');
  });
}

test('unreadable saved data is kept aside, offered for download, and the page works', async ({ page, context }) => {
  const raw = '{"v":2,"files":{"role.yaml":3},"passedGoals":[],"completed":false';
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, value);
      }
    },
    [KEY, raw],
  );
  await page.goto(`/en${LESSON}`);
  const aside = page.getByTestId('storage-aside');
  await expect(aside).toContainText('kept aside');
  expect(await page.evaluate((key) => localStorage.getItem(`k8s-lab-aside:${key}`), KEY)).toBe(raw);
  expect(await goalStatuses(page.locator(EXERCISE))).toContain('fail');
  await typeInExercise(page, '\n# new draft');
  expect(await page.evaluate((key) => localStorage.getItem(`k8s-lab-aside:${key}`), KEY)).toBe(raw);
  const [download] = await Promise.all([page.waitForEvent('download'), aside.getByRole('button', { name: 'Download the unreadable data' }).click()]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual({ [`k8s-lab-aside:${KEY}`]: raw });
});

test('blocked storage: lesson pages work and say progress is not kept', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/es${LESSON}`);
  await expect(page.getByTestId('storage-notice')).toContainText('no deja que el laboratorio guarde nada');
  expect(await goalStatuses(page.locator(EXERCISE))).toContain('fail');
  expect(errors).toEqual([]);
});

test.describe('a new version', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ mode: 'serial' });
  const port = Number(process.env.E2E_PORT ?? 3100) + 30;
  let server: Awaited<ReturnType<typeof startVersionedServer>>;
  test.beforeAll(async () => {
    server = await startVersionedServer(port);
  });
  test.afterAll(async () => server?.stop());

  for (const lang of ['en', 'es'] as const) {
    test(`is offered as a reload, and the draft survives it (${lang}, 390 px)`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/${lang}${LESSON}`);
      await waitForServiceWorker(page);
      await typeInExercise(page, '\n# before the update');
      server.deploy();
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });
      const prompt = page.getByTestId('update-ready');
      await expect(prompt).toBeVisible({ timeout: 60_000 });
      await expect(prompt).toContainText(lang === 'en' ? 'A new version of the lab is ready' : 'Hay una versión nueva del laboratorio');
      await page.screenshot({ path: `test-results/update-ready-${lang}-390.png` });
      await Promise.all([page.waitForEvent('load'), prompt.getByTestId('update-reload').click()]);
      await expect(page.getByTestId('update-ready')).toHaveCount(0);
      // The new version runs, with the draft as it was (Monaco draws only the lines in view: read the saved draft).
      expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('# before the update');
      await page.locator(EXERCISE).getByTestId('editor').scrollIntoViewIfNeeded();
      await expect(page.locator(EXERCISE).getByTestId('editor')).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
      await page.locator(EXERCISE).locator('.monaco-editor').click();
      await page.keyboard.press('Control+End');
      await expect(page.locator(EXERCISE).locator('.monaco-editor')).toContainText('# before the update');
    });
  }
});
