import { test, expect } from '@playwright/test';
import { DEFAULT_LESSONS_DIR, findLesson, getCourse, loadLessonExercises } from '../../lib/content';
import type { ExerciseDefinition } from '../../lib/lesson';

// Lesson pages without JavaScript (components/lab/ExerciseStatic.tsx): each exercise block shows
// its brief, its goals and the files it starts from as plain server HTML; with JavaScript the
// interactive exercise shows instead. And a page carries its own language only
// (lib/content/inLanguage.ts): the other language's exercise texts are not in its HTML.
const LESSONS = [
  ['rbac', 'subject-verb-object'],
  ['capstone', 'secure-the-shop'],
] as const;
const LANGS = ['en', 'es'] as const;

function exercisesOf(track: string, slug: string): ExerciseDefinition[] {
  const ref = findLesson(getCourse(), track, slug);
  if (!ref) throw new Error(`no lesson ${track}/${slug}`);
  return [...loadLessonExercises(ref.dir, DEFAULT_LESSONS_DIR).values()].map((e) => e.definition);
}

/** Texts that HTML and the RSC payload carry verbatim (no characters either escapes). */
const plain = (text: string) => text.length >= 12 && /^[\p{L}\p{N} ,.:;()¿?¡!-]+$/u.test(text);

for (const [track, slug] of LESSONS) {
  for (const lang of LANGS) {
    const path = `/${lang}/learn/${track}/${slug}/`;

    test(`without JavaScript, ${path} shows each exercise's brief, goals and starting files`, async ({ browser }) => {
      const exercises = exercisesOf(track, slug);
      expect(exercises.length).toBeGreaterThan(0);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      for (const exercise of exercises) {
        const block = page.locator(`[data-exercise-static="${exercise.id}"]`);
        await expect(block.getByRole('heading', { level: 2 })).toHaveText(exercise.title[lang]);
        await expect(block.locator('.exercise-description')).toBeVisible();
        await expect(block.locator('.goal-text')).toHaveText(exercise.goals.map((g) => g.text[lang]));
        const shown = [...exercise.files.map((file) => ({ file, text: exercise.start[file] })), ...(exercise.world ? [exercise.world] : [])];
        for (const { file, text } of shown) {
          const figure = block.locator('figure').filter({ has: page.locator('figcaption code', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }) });
          await expect(figure.locator('pre')).toBeVisible();
          expect(await figure.locator('pre').textContent()).toBe(text);
        }
      }
      await context.close();
    });

    test(`with JavaScript, ${path} shows the interactive exercises and carries no ${lang === 'en' ? 'Spanish' : 'English'} exercise text`, async ({
      page,
      request,
    }) => {
      const exercises = exercisesOf(track, slug);
      await page.goto(path);
      await expect(page.locator('[data-exercise-id]')).toHaveCount(exercises.length);
      await expect(page.locator('[data-exercise-static]')).toHaveCount(0);
      const html = await (await request.get(path)).text();
      const other = lang === 'en' ? 'es' : 'en';
      // The YAML files are the same in both languages (their comments are bilingual).
      const yaml = exercises.flatMap((e) => [...Object.values(e.start), ...Object.values(e.solution), e.world?.text ?? '']).join('\n');
      const words = exercises
        .flatMap((e) => [e.title, ...e.goals.map((g) => g.text), ...e.hints])
        .filter((t) => t.en !== t.es && plain(t[other]) && plain(t[lang]) && !yaml.includes(t[other]));
      expect(words.length).toBeGreaterThan(2);
      for (const text of words) {
        expect(html).toContain(text[lang]);
        expect(html, `${other} text in the ${lang} page`).not.toContain(text[other]);
      }
    });
  }
}
