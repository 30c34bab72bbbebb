import type { Metadata } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { EventApp } from '@/components/event/EventApp';
import type { ChallengeView } from '@/components/event/types';
import { allLessons, getCourse, lessonRoute } from '@/lib/content';
import { loadEventTrack } from '@/lib/content/challenges';
import { currentCourseVersion } from '@/lib/content/courseVersion';
import { isLang, LANGS, type Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return isLang(lang) ? { title: te(lang, 'eventTitle'), description: te(lang, 'eventLead') } : {};
}

/** What the client needs of each challenge: no scripted solve, no defence world. */
function challengeViews(): ChallengeView[] {
  const lessons = new Map(allLessons(getCourse()).map((l) => [`${l.track}/${l.slug}`, l]));
  return loadEventTrack().challenges.map((c) => {
    const lesson = lessons.get(c.defence.lesson);
    return {
      id: c.id,
      points: c.points,
      title: c.title,
      summary: c.summary,
      briefHtml: c.briefHtml,
      start: c.start,
      world: c.world,
      hints: c.hints,
      defence: {
        text: c.defence.text,
        path: lesson ? lessonRoute(lesson) : '/',
        lessonTitle: { en: lesson?.meta.en.title ?? c.defence.lesson, es: lesson?.meta.es.title ?? c.defence.lesson },
      },
    };
  });
}

export default async function EventPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang: raw } = await params;
  const lang: Lang = isLang(raw) ? raw : 'en';
  return (
    <>
      <SiteHeader lang={lang} alternates={{ en: '/en/event/', es: '/es/event/' }} />
      <main id="main" className="page event-page">
        <h1>{te(lang, 'eventTitle')}</h1>
        <p className="lead">{te(lang, 'eventLead')}</p>
        <EventApp lang={lang} challenges={challengeViews()} courseVersion={currentCourseVersion()} />
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
