import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { LessonView } from '@/components/LessonView';
import { ExportSubmission } from '@/components/workshop/ExportSubmission';
import { TryTheAttack } from '@/components/event/TryTheAttack';
import { challengesDefendedBy } from '@/lib/content/challenges';
import { currentCourseVersion } from '@/lib/content/courseVersion';
import {
  allLessons,
  findLesson,
  getCourse,
  lessonRoute,
  loadLessonDemos,
  loadLessonExercises,
  neighbours,
  renderLesson,
  DEFAULT_LESSONS_DIR,
} from '@/lib/content';
import { isLang, LANGS } from '@/lib/i18n/languages';
import { inLanguage } from '@/lib/content/inLanguage';

export const dynamicParams = false;

type Params = { lang: string; track: string; lesson: string };

export function generateStaticParams(): Params[] {
  const lessons = allLessons(getCourse()).filter((l) => l.meta.en.status !== 'coming');
  return LANGS.flatMap((lang) => lessons.map((l) => ({ lang, track: l.track, lesson: l.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { lang, track, lesson } = await params;
  const ref = findLesson(getCourse(), track, lesson);
  if (!ref || !isLang(lang)) return {};
  return { title: ref.meta[lang].title, description: ref.meta[lang].summary };
}

export default async function LessonRoute({ params }: { params: Promise<Params> }) {
  const { lang, track, lesson } = await params;
  const course = getCourse();
  const ref = findLesson(course, track, lesson);
  if (!ref || !isLang(lang)) notFound();
  const page = await renderLesson(course, ref, lang);
  const { previous, next } = neighbours(course, ref);
  const loaded = loadLessonExercises(ref.dir, DEFAULT_LESSONS_DIR);
  // Only the page's language goes to the page (its client blocks and their payload).
  const demos = inLanguage(Object.fromEntries(loadLessonDemos(ref.dir, DEFAULT_LESSONS_DIR)), lang);
  const exercises = inLanguage(Object.fromEntries([...loaded].map(([id, e]) => [id, { definition: e.definition, descriptionHtml: e.descriptionHtml }])), lang);
  const path = lessonRoute({ track, slug: lesson });
  const trackTitle = course.find((t) => t.slug === track)?.title[lang] ?? track;
  return (
    <>
      <SiteHeader lang={lang} alternates={{ en: `/en${path}`, es: `/es${path}` }} />
      <main id="main" className="page lesson-page">
        <LessonView
          lang={lang}
          page={page}
          trackTitle={trackTitle}
          previous={previous}
          next={next}
          lessonKey={`${track}/${lesson}`}
          exercises={exercises}
          demos={demos}
        />
        <TryTheAttack lang={lang} challenges={challengesDefendedBy(`${track}/${lesson}`)} />
        {loaded.size > 0 && <ExportSubmission lang={lang} courseVersion={currentCourseVersion()} prefix={`${track}/${lesson}/`} scope={lesson} />}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
