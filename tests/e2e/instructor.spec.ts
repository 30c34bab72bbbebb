// Issue 18 part 1: learners export their work (a file, a link); the instructor drops the files on
// /<lang>/instructor/ and every exercise is re-graded in a worker with the same simulator.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { flagFor } from '../../lib/event/flag';
import { join } from 'node:path';

const EXERCISE_DIR = join(__dirname, '../../lessons/01-rbac/01-subject-verb-object/exercises/pochoclo-couch');
const KEY = 'rbac/subject-verb-object/pochoclo-couch';
const LESSON = '/learn/rbac/subject-verb-object/';
const readDir = (sub: string) => ({ 'role.yaml': readFileSync(join(EXERCISE_DIR, sub, 'role.yaml'), 'utf8') });
const GOAL_IDS = [...readFileSync(join(EXERCISE_DIR, 'exercise.yaml'), 'utf8').matchAll(/^\s*- id:\s*["']?([\w-]+)/gm)].map((m) => m[1]);

const WORDS = {
  en: {
    name: 'Your name (as your instructor knows you)',
    download: 'Download the file',
    copyLink: 'Copy the link',
    passed: '✓ passed',
    failing: '✗ failing',
    csv: 'Download CSV',
    problems: 'Files that could not be graded',
    sortPassed: 'Passed',
  },
  es: {
    name: 'Tu nombre (como te conoce tu docente)',
    download: 'Descargar el archivo',
    copyLink: 'Copiar el link',
    passed: '✓ aprobado',
    failing: '✗ falla',
    csv: 'Descargar CSV',
    problems: 'Archivos que no se pudieron calificar',
    sortPassed: 'Aprobados',
  },
};
type Lang = keyof typeof WORDS;

/** A learner's browser: saved work for the exercise, then the export panel of the lesson page. */
async function exportAs(page: Page, lang: Lang, learner: string, files: Record<string, string>, hints: number): Promise<string> {
  await page.goto(`/${lang}/`);
  await page.evaluate(
    ({ key, files, hints }) => {
      localStorage.clear();
      localStorage.setItem(
        `k8s-lab-exercise:${key}`,
        JSON.stringify({ v: 2, files, passedGoals: [], completed: false, hintsShown: hints, updatedAt: Date.UTC(2026, 11, 7, 10, 30) }),
      );
    },
    { key: KEY, files, hints },
  );
  await page.goto(`/${lang}${LESSON}`);
  const panel = page.getByTestId('export-submission');
  await panel.getByLabel(WORDS[lang].name).fill(learner);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: WORDS[lang].download }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** Drop files on the drop zone as a browser drop event carries them. */
async function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, files);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

/** RFC 4180 rows (quoted cells may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter(Boolean)) {
    const cells = [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
    rows.push(cells);
  }
  return rows;
}

async function rowOf(page: Page, learner: string) {
  return page.locator(`tr[data-learner="${learner}"]`);
}

for (const lang of ['en', 'es'] as const) {
  test(`two learners' exported files give the right roster and CSV (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const ana = await exportAs(page, lang, 'Ana Pérez', readDir('solution'), 1);
    const bruno = await exportAs(page, lang, '=Bruno', readDir('start'), 0);
    const parsed = JSON.parse(ana) as { format: string; exercises: Record<string, { files: Record<string, string>; hintsUsed: number }> };
    expect(parsed.format).toBe('k8s-lab-submission/1');
    expect(Object.keys(parsed.exercises)).toEqual([KEY]);
    expect(ana).not.toMatch(/"passedGoals"|"completed"|"verdict"/);

    await page.goto(`/${lang}/instructor/`);
    await drop(page, [
      { name: 'ana.json', text: ana },
      { name: 'bruno.json', text: bruno },
    ]);
    const anaRow = await rowOf(page, 'Ana Pérez');
    const brunoRow = await rowOf(page, '=Bruno');
    await expect(anaRow.locator(`td[data-exercise="${KEY}"]`)).toContainText(WORDS[lang].passed);
    await expect(brunoRow.locator(`td[data-exercise="${KEY}"]`)).toContainText(WORDS[lang].failing);
    const failingText = await brunoRow.locator(`td[data-exercise="${KEY}"]`).innerText();
    const named = GOAL_IDS.filter((id) => failingText.includes(id));
    expect(named.length).toBeGreaterThan(0);

    // Sort by "passed", descending then ascending, with the keyboard.
    const sortPassed = page.getByRole('button', { name: new RegExp(`^${WORDS[lang].sortPassed}`) });
    await sortPassed.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('tbody tr').first()).toHaveAttribute('data-learner', '=Bruno');
    await page.keyboard.press('Enter');
    await expect(page.locator('tbody tr').first()).toHaveAttribute('data-learner', 'Ana Pérez');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: WORDS[lang].csv }).click()]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    const anaLine = csv.find((row) => row[0] === 'Ana Pérez' && row[3] === KEY)!;
    const brunoLine = csv.find((row) => row[0] === "'=Bruno" && row[3] === KEY)!;
    expect(anaLine[5]).toBe(lang === 'en' ? 'passed' : 'aprobado');
    expect(anaLine[7]).toBe('1');
    expect(brunoLine[5]).toBe(lang === 'en' ? 'failing' : 'falla');
    expect(brunoLine[6].split(' ').sort()).toEqual([...named].sort());
    // Accessible: no serious or critical axe violation on the filled roster.
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        ),
    ).toEqual([]);
    // Every learner has one row per exercise of the course; only the submitted one is graded.
    expect(csv.filter((row) => row[0] === 'Ana Pérez').every((row) => row[3] === KEY || row[5] === (lang === 'en' ? 'not started' : 'sin empezar'))).toBe(true);
  });
}

test('a hostile file is reported and the rest still graded (es, 390 px)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const good = await exportAs(page, 'es', 'Carla', readDir('solution'), 0);
  const header = { format: 'k8s-lab-submission/1', learner: 'Mallory', courseVersion: '0.0.1+000000000000', createdAt: '2026-12-07T10:00:00Z' };
  const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`t/l/e${i}`, { files: {}, hintsUsed: 0 }]));
  const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`).join('\n')}\n`;
  await page.goto('/es/instructor/');
  await drop(page, [
    { name: 'not-json.json', text: '{"format": "k8s-lab-submission/1", "learner": ' },
    { name: 'many.json', text: JSON.stringify({ ...header, exercises: many }) },
    {
      name: 'proto.json',
      text: `{"format":"k8s-lab-submission/1","learner":"Proto","courseVersion":"x","createdAt":"2026-12-07T10:00:00Z","exercises":{"__proto__":{"files":{}}}}`,
    },
    { name: 'bomb.json', text: JSON.stringify({ ...header, learner: 'Bomba', exercises: { [KEY]: { files: { 'role.yaml': bomb }, hintsUsed: 0 } } }) },
    { name: 'carla.json', text: good },
  ]);
  const problems = page.locator('.roster-failures');
  await expect(problems.getByRole('heading', { name: WORDS.es.problems })).toBeVisible();
  await expect(problems.locator('li[data-source="not-json.json"]')).toContainText('no es JSON');
  await expect(problems.locator('li[data-source="many.json"]')).toContainText('demasiadas entradas (10.000; como máximo 500)');
  await expect(page.locator('tr[data-learner="Carla"]').locator(`td[data-exercise="${KEY}"]`)).toContainText(WORDS.es.passed);
  await expect(page.locator('tr[data-learner="Bomba"]').locator(`td[data-exercise="${KEY}"]`)).toContainText(/✗ falla|⚠/);
  await expect(page.locator('tr[data-learner="Bomba"]')).toContainText('calificado con la versión');
  await expect(page.locator('tr[data-learner="Proto"]')).toHaveCount(1);
  await expect(page.getByText(/Quedó afuera de proto\.json/)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('a submission link opens on the instructor page and is graded (en)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/');
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        `k8s-lab-exercise:${key}`,
        JSON.stringify({ v: 2, files: { 'role.yaml': 'kind: Role' }, passedGoals: [], completed: false, hintsShown: 2, updatedAt: Date.UTC(2026, 11, 7) }),
      ),
    KEY,
  );
  await page.goto('/en/');
  const panel = page.getByTestId('export-submission');
  await panel.getByLabel(WORDS.en.name).fill('Dana');
  await panel.getByRole('button', { name: WORDS.en.copyLink }).click();
  const link = await page.getByTestId('submission-link').inputValue();
  expect(link).toMatch(/\/en\/instructor\/#sub=[A-Za-z0-9_-]+$/);
  await page.goto(link);
  await expect(page.locator('tr[data-learner="Dana"]').locator(`td[data-exercise="${KEY}"]`)).toContainText(WORDS.en.failing);
  await expect(page.locator('tr[data-learner="Dana"]')).toContainText('2 hints');
});

test('an event block shows its re-checked score on the roster (es)', async ({ page }) => {
  const dir = join(__dirname, '../../lessons/event');
  const challenges = readdirSync(dir)
    .filter((n) => /^\d\d-/.test(n))
    .map((n) => ({ id: n.slice(3), points: Number(/^points:\s*(\d+)/m.exec(readFileSync(join(dir, n, 'challenge.yaml'), 'utf8'))![1]) }));
  const [right, wrong] = challenges;
  const event = {
    eventId: 'taller',
    startedAt: '2026-12-07T10:00:00Z',
    challenges: {
      [right.id]: { flagSubmitted: flagFor('taller', right.id), solvedAt: '2026-12-07T10:20:00Z', hintsUsed: 0 },
      [wrong.id]: { flagSubmitted: flagFor('otro-taller', wrong.id), solvedAt: '2026-12-07T10:21:00Z', hintsUsed: 0 },
    },
  };
  const file = JSON.stringify({
    format: 'k8s-lab-submission/1',
    learner: 'Eva',
    courseVersion: '0.1.0+000000000000',
    createdAt: '2026-12-07T11:00:00Z',
    exercises: { [KEY]: { files: readDir('solution'), hintsUsed: 0 } },
    event,
  });
  await page.goto('/es/instructor/');
  await drop(page, [{ name: 'eva.json', text: file }]);
  const max = challenges.reduce((n, c) => n + c.points, 0);
  await expect(page.locator('tr[data-learner="Eva"]').getByTestId('event-cell')).toContainText(
    `${right.points}/${max} puntos · 1/${challenges.length} resueltos`,
  );
  await expect(page.locator('tr[data-learner="Eva"]').getByTestId('event-cell')).toContainText('evento taller');
});
