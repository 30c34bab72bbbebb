import { readFileSync } from 'node:fs';
import { relative, join } from 'node:path';
import type { Lang } from '../i18n/languages';
import { allLessons, DEFAULT_LESSONS_DIR, lessonFile, lessonRoute, loadCourse } from './course';
import { parseLessonMeta } from './frontMatter';
import { renderLessonBody, type RenderContext } from './markdown';
import type { LessonPage, LessonRef, Track } from './types';

function routeChecker(course: Track[]): (href: string) => boolean {
  const routes = new Set(allLessons(course).map(lessonRoute));
  return (href) => {
    const path = href.split('#')[0].split('?')[0];
    const normalized = path.endsWith('/') ? path : `${path}/`;
    return routes.has(normalized) || normalized === '/' || normalized === '/playground/';
  };
}

/** Render one lesson in one language (build time). */
export async function renderLesson(
  course: Track[],
  lesson: LessonRef,
  lang: Lang,
  options: { root?: string; onCode?: RenderContext['onCode'] } = {},
): Promise<LessonPage> {
  const root = options.root ?? DEFAULT_LESSONS_DIR;
  const path = lessonFile(lesson, lang);
  const file = relative(join(root, '..'), path);
  const { meta, body, bodyLine } = parseLessonMeta(file, readFileSync(path, 'utf8'));
  const { blocks, toc } = await renderLessonBody(body, { file, lang, lineOffset: bodyLine, linkExists: routeChecker(course), onCode: options.onCode });
  return { lang, meta, blocks, toc };
}

let cached: Track[] | undefined;
/** The course, loaded once per build. */
export function getCourse(): Track[] {
  cached ??= loadCourse();
  return cached;
}

export function findLesson(course: Track[], track: string, slug: string): LessonRef | undefined {
  return course.find((t) => t.slug === track)?.lessons.find((l) => l.slug === slug);
}

/** Previous and next lessons in course order. */
export function neighbours(course: Track[], lesson: LessonRef): { previous?: LessonRef; next?: LessonRef } {
  const list = allLessons(course);
  const index = list.findIndex((l) => l.dir === lesson.dir);
  return { previous: list[index - 1], next: list[index + 1] };
}
