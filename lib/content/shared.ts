// The content module both sides may import: the types the server hands to components, and the
// lesson routes. No Node imports here or in what it imports (tests/unit/content/shared.test.ts).
import type { Lang } from '../i18n/languages';
import type { LessonRef } from './types';

export type { DemoData, DemoStep, LessonBlock, LessonMeta, LessonPage, LessonRef, Localized, TocEntry, Track } from './types';

/** Route of a lesson without the language prefix: `/learn/<track>/<lesson>/`. */
export function lessonRoute(lesson: Pick<LessonRef, 'track' | 'slug'>): string {
  return `/learn/${lesson.track}/${lesson.slug}/`;
}

/** The lesson's page in one language: `/<lang>/learn/<track>/<lesson>/`. */
export function lessonHref(lang: Lang, lesson: Pick<LessonRef, 'track' | 'slug'>): string {
  return `/${lang}${lessonRoute(lesson)}`;
}
