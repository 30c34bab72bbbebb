// A new learner on the built site: what broke when someone walked the course from outside (links
// to a line, a missing page, two tabs, a damaged progress file), each kept here as a test.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cspViolations, recordCspViolations } from './support/site';

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
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: lang === 'es' ? 'dark' : 'light' });
    await recordCspViolations(context);
    const page = await context.newPage();
    const response = await page.goto(`/${lang}/learn/rbac/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const notFound = page.getByTestId('not-found');
    await expect(notFound.locator(`section[lang="${lang}"]`)).toBeVisible();
    await expect(notFound.locator(`section[lang="${lang === 'en' ? 'es' : 'en'}"]`)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Page not found' : 'No encontramos esta página');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await cspViolations(page)).toEqual([]);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
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

const LESSON = '/en/learn/rbac/subject-verb-object/';

async function openExercise(page: Page, id: string) {
  await page.goto(LESSON);
  const editor = page.locator(`[data-exercise-id="${id}"]`).getByTestId('editor').first();
  await editor.scrollIntoViewIfNeeded();
  await editor.hover();
  await expect(editor).toHaveAttribute('data-editor-ready', 'monaco', { timeout: 30_000 });
  return editor;
}

const editorText = (editor: ReturnType<Page['locator']>) =>
  editor.evaluate((el) => (el.querySelector('.monaco-container') as HTMLElement & { editorValue: string }).editorValue);

test('two tabs on one lesson: what is typed in one shows in the other, and typing there keeps both', async ({ context }) => {
  test.setTimeout(120_000);
  const a = await context.newPage();
  const editorA = await openExercise(a, 'pochoclo-couch');
  const b = await context.newPage();
  const editorB = await openExercise(b, 'pochoclo-couch');

  await a.bringToFront();
  await editorA.locator('.monaco-editor').click();
  await a.keyboard.press('Control+End');
  await a.keyboard.type('\n# typed in the first tab');
  await expect.poll(() => editorText(editorB), { timeout: 10_000 }).toContain('# typed in the first tab');

  await b.bringToFront();
  await editorB.locator('.monaco-editor').click();
  await b.keyboard.press('Control+End');
  await b.keyboard.type('\n# then in the second');
  await expect.poll(() => editorText(editorA), { timeout: 10_000 }).toMatch(/# typed in the first tab\n# then in the second$/);

  // What is saved has both, and a reload of either tab shows both.
  await a.bringToFront();
  await a.reload();
  const reloaded = await openExercise(a, 'pochoclo-couch');
  expect(await editorText(reloaded)).toMatch(/# typed in the first tab\n# then in the second$/);
});

test('importing a damaged, foreign or huge progress file says why in Spanish and changes nothing (es)', async ({ page }) => {
  await page.goto('/es/');
  const tools = page.locator('.progress-tools');
  const status = tools.getByRole('status');
  const input = tools.locator('input[type="file"]');
  const files = [
    { name: 'progreso.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "k8s-security-lab-progress", "exer') },
    { name: 'otra-cosa.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "package.json de otro proyecto"}') },
    { name: 'futuro.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "k8s-security-lab-progress", "version": 7, "exercises": {}}') },
    { name: 'roto.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "k8s-security-lab-progress", "version": 1, "exercises": {"a": 3}}') },
    { name: 'enorme.json', mimeType: 'application/json', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) },
  ];
  const said: string[] = [];
  for (const file of files) {
    await input.setInputFiles(file);
    await expect(status).toContainText('No se pudo importar');
    said.push(await status.innerText());
    await input.evaluate((el: HTMLInputElement) => el.form?.reset());
  }
  expect(said).toEqual([
    expect.stringContaining('no es JSON'),
    expect.stringContaining('no es un archivo de progreso de este laboratorio'),
    expect.stringContaining('versión más nueva'),
    expect.stringContaining('dañado'),
    expect.stringContaining('demasiado grande'),
  ]);
  // No English reason on the Spanish page.
  for (const text of said) expect(text).not.toMatch(/\b(not|the file|damaged|unsupported|version \d)\b/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('k8s-lab-exercise:')))).toEqual([]);
});

test('importing an older progress file keeps the later work typed here, and says so (en)', async ({ page }) => {
  const editor = await openExercise(page, 'pochoclo-couch');
  await editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# newer than the backup');
  // The exercise's storage key (`track/lesson/exercise`), once the draft is saved.
  const savedKey = () =>
    page.evaluate(
      () => Object.keys(localStorage).find((k) => k.endsWith('/pochoclo-couch') && localStorage.getItem(k)?.includes('newer than the backup')) ?? '',
    );
  await expect.poll(savedKey).not.toBe('');
  const key = (await savedKey()).replace('k8s-lab-exercise:', '');
  const backup = {
    format: 'k8s-security-lab-progress',
    version: 1,
    exercises: {
      [key]: { files: { 'role.yaml': '# an old backup\n' }, passedGoals: [], completed: false, hintsShown: 0, updatedAt: 1 },
      'rbac/subject-verb-object/not-started-here': {
        files: { 'x.yaml': '# from the backup\n' },
        passedGoals: [],
        completed: false,
        hintsShown: 0,
        updatedAt: 1,
      },
    },
  };
  await page.goto('/en/');
  await page
    .locator('.progress-tools input[type="file"]')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const status = page.locator('.progress-tools').getByRole('status');
  await expect(status).toContainText('Exercises taken from the file: 1.');
  await expect(status).toContainText('where your work is more recent: 1.');
  const saved = await page.evaluate((k) => localStorage.getItem(`k8s-lab-exercise:${k}`) ?? '', key);
  expect(saved).toContain('newer than the backup');
  expect(saved).not.toContain('an old backup');
});

test("the terminal's help line shows `help` as code, not with backticks (es)", async ({ page }) => {
  await page.goto('/es/learn/rbac/subject-verb-object/');
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.getByTestId('toggle-terminal').click();
  // The terminal's code is fetched on the first click: give a loaded machine time.
  const help = exercise.locator('.terminal-tools .muted');
  await expect(help).toContainText('lista los comandos', { timeout: 30_000 });
  await expect(help).not.toContainText('`');
  await expect(help.locator('code')).toHaveText('help');
});

test('keyboard only: Tab completes in the terminal, Shift+Tab or Esc then Tab leave it (no trap, es)', async ({ page }) => {
  await page.goto('/es/learn/rbac/subject-verb-object/');
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.getByTestId('toggle-terminal').focus();
  await page.keyboard.press('Enter');
  const input = exercise.locator('.xterm-helper-textarea');
  await expect(input).toBeAttached({ timeout: 20_000 });
  const focused = () => page.evaluate(() => `${document.activeElement?.className ?? ''} ${document.activeElement?.textContent ?? ''}`);
  // From the buttons into the terminal by Tab; typing there and Tab completes, the focus stays.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toContain('xterm-helper-textarea');
  await page.keyboard.type('kubectl ge');
  await page.keyboard.press('Tab');
  await expect(exercise.getByTestId('terminal')).toContainText('kubectl get');
  await expect.poll(focused).toContain('xterm-helper-textarea');
  // Shift+Tab goes back to the buttons; Esc then Tab goes on to the transcript button.
  await page.keyboard.press('Shift+Tab');
  await expect.poll(focused).toContain('Reiniciar');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toContain('xterm-helper-textarea');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toContain('Transcripción');
});

test('Ctrl+V pastes 200 commands into the terminal; each runs once, in order (en)', async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/learn/rbac/subject-verb-object/');
  const exercise = page.locator('[data-exercise-id]').first();
  await exercise.getByTestId('toggle-terminal').click();
  const terminal = exercise.getByTestId('terminal');
  await expect(terminal.locator('.xterm-helper-textarea')).toBeAttached({ timeout: 20_000 });
  await terminal.locator('.xterm').click();
  const commands = Array.from({ length: 200 }, (_, i) => `kubectl get configmaps -n ns${i}`);
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${commands.join('\n')}\n`);
  await page.keyboard.press('Control+V');
  await exercise.getByRole('button', { name: 'Transcript' }).click();
  const transcript = exercise.getByTestId('transcript');
  await expect(transcript).toContainText('-n ns199', { timeout: 150_000 });
  const ran = (await transcript.innerText()).split('\n').filter((line) => line.startsWith('$ kubectl get configmaps'));
  // The transcript keeps the last 400 entries (a command and its one line of output each): the
  // commands it shows are the last ones, each once, in order.
  expect(ran.length).toBeGreaterThanOrEqual(150);
  expect(ran).toEqual(commands.slice(commands.length - ran.length).map((c) => `$ ${c}`));
});
