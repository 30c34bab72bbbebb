import Link from 'next/link';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { lessonHref, type LessonPage, type LessonRef } from '@/lib/content/shared';
import { LessonBlocks, type ExerciseData } from './LessonBlocks';
import type { DemoBlockData } from './terminal/DemoBlock';

interface Props {
  lang: Lang;
  page: LessonPage;
  trackTitle: string;
  previous?: LessonRef;
  next?: LessonRef;
  lessonKey: string;
  exercises: Record<string, ExerciseData>;
  demos: Record<string, DemoBlockData>;
}

function NavLink({ lang, lesson, rel }: { lang: Lang; lesson?: LessonRef; rel: 'prev' | 'next' }) {
  if (!lesson) return <span />;
  return (
    <Link className={`lesson-nav-link ${rel}`} rel={rel} href={lessonHref(lang, lesson)} prefetch={false}>
      <span className="muted">{t(lang, rel === 'prev' ? 'previous' : 'next')}</span>
      <span>{lesson.meta[lang].title}</span>
    </Link>
  );
}

/** A lesson page: title, objectives, table of contents, prose with interactive blocks, previous/next. */
export function LessonView({ lang, page, trackTitle, previous, next, lessonKey, exercises, demos }: Props) {
  const nextHref = next ? lessonHref(lang, next) : undefined;
  return (
    <div className="lesson-layout">
      <aside className="toc" aria-labelledby="toc-title">
        <p id="toc-title" className="toc-title">
          {t(lang, 'contents')}
        </p>
        <ol>
          {page.toc
            .filter((e) => e.depth === 2)
            .map((entry) => (
              <li key={entry.id}>
                <a href={`#${entry.id}`}>{entry.text}</a>
              </li>
            ))}
        </ol>
      </aside>
      <article className="lesson">
        <nav aria-label={t(lang, 'breadcrumbs')} className="breadcrumbs">
          <Link href={`/${lang}/`} prefetch={false}>
            {t(lang, 'courseMap')}
          </Link>{' '}
          <span aria-hidden="true">/</span> <span>{trackTitle}</span>
        </nav>
        <h1>{page.meta.title}</h1>
        <p className="lead">
          {page.meta.summary}{' '}
          <span className="muted">
            · {page.meta.minutes} {t(lang, 'minutesLong')}
          </span>
        </p>
        <section className="objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">{t(lang, 'objectives')}</h2>
          <ul>
            {page.meta.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <LessonBlocks lang={lang} blocks={page.blocks} lessonKey={lessonKey} exercises={exercises} demos={demos} nextHref={nextHref} />
        <nav aria-label={t(lang, 'lessonNav')} className="lesson-nav">
          <NavLink lang={lang} lesson={previous} rel="prev" />
          <NavLink lang={lang} lesson={next} rel="next" />
        </nav>
      </article>
    </div>
  );
}
