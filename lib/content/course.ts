import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkYaml } from '../lesson/schemas';
import { LANGS, type Lang } from '../i18n/languages';
import { parseLessonMeta } from './frontMatter';
import { ContentError, type LessonMeta, type LessonRef, type Localized, type Track } from './types';

export const DEFAULT_LESSONS_DIR = process.env.LESSONS_DIR ? resolve(process.cwd(), process.env.LESSONS_DIR) : join(process.cwd(), 'lessons');
const ORDERED = /^(\d{2})-([a-z0-9][a-z0-9-]*)$/;

function orderedDirs(dir: string): { name: string; order: number; slug: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .map((name) => ({ name, match: ORDERED.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => ({ name, order: Number(match[1]), slug: match[2] }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

function rel(root: string, file: string): string {
  return relative(join(root, '..'), file);
}

function loadTrackMeta(root: string, dir: string): { title: Localized; summary: Localized } {
  const file = join(dir, 'track.yaml');
  if (!existsSync(file)) throw new ContentError(rel(root, file), 1, 1, 'missing track.yaml (title and summary per language)');
  const { data, problems } = checkYaml('track', readFileSync(file, 'utf8'));
  if (problems.length) throw new ContentError(rel(root, file), problems[0].line, problems[0].column, problems[0].message);
  return data as { title: Localized; summary: Localized };
}

/** The Markdown file of one lesson in one language. */
export function lessonFile(lesson: Pick<LessonRef, 'dir'>, lang: Lang): string {
  return join(lesson.dir, `lesson.${lang}.md`);
}

function loadLessonRef(root: string, trackSlug: string, dir: string, entry: { order: number; slug: string }): LessonRef {
  const meta = {} as Localized<LessonMeta>;
  for (const lang of LANGS) {
    const file = lessonFile({ dir }, lang);
    if (!existsSync(file)) {
      const other = LANGS.find((l) => l !== lang && existsSync(lessonFile({ dir }, l)));
      throw new ContentError(rel(root, file), 1, 1, `missing translation: lesson.${lang}.md does not exist${other ? ` (lesson.${other}.md does)` : ''}`);
    }
    meta[lang] = parseLessonMeta(rel(root, file), readFileSync(file, 'utf8')).meta;
  }
  const exercisesDir = join(dir, 'exercises');
  const exercises = existsSync(exercisesDir)
    ? readdirSync(exercisesDir)
        .filter((n) => statSync(join(exercisesDir, n)).isDirectory())
        .sort()
    : [];
  return { track: trackSlug, slug: entry.slug, dir, order: entry.order, meta, exercises };
}

/** Load the course outline: tracks and lessons ordered by their `NN-` prefix. Throws ContentError. */
export function loadCourse(root: string = DEFAULT_LESSONS_DIR): Track[] {
  return orderedDirs(root).map((trackEntry) => {
    const dir = join(root, trackEntry.name);
    const { title, summary } = loadTrackMeta(root, dir);
    const lessons = orderedDirs(dir).map((entry) => loadLessonRef(root, trackEntry.slug, join(dir, entry.name), entry));
    return { slug: trackEntry.slug, dir, order: trackEntry.order, title, summary, lessons };
  });
}

/** Every lesson in course order. */
export function allLessons(course: Track[]): LessonRef[] {
  return course.flatMap((track) => track.lessons);
}

export { lessonRoute } from './shared';
