import Link from 'next/link';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { lessonHref, type Track } from '@/lib/content/shared';
import { LessonProgressBadge } from './LessonProgressBadge';

/** The course map: tracks in order, each lesson with its title, summary and minutes. */
export function CourseMap({ lang, course }: { lang: Lang; course: Track[] }) {
  return (
    <ol className="tracks">
      {course.map((track) => {
        const minutes = track.lessons.reduce((sum, l) => sum + l.meta[lang].minutes, 0);
        return (
          <li key={track.slug} className="track">
            <h2 id={`track-${track.slug}`}>{track.title[lang]}</h2>
            <p className="track-summary">
              {track.summary[lang]}{' '}
              <span className="muted">
                · {track.lessons.length} {t(lang, track.lessons.length === 1 ? 'lesson' : 'lessons')} · {minutes} {t(lang, 'minutes')}
              </span>
            </p>
            <ol className="lessons" aria-labelledby={`track-${track.slug}`}>
              {track.lessons.map((lesson) => {
                const meta = lesson.meta[lang];
                const coming = meta.status === 'coming';
                const key = `${lesson.track}/${lesson.slug}`;
                return (
                  <li key={key} className={coming ? 'lesson-card coming' : 'lesson-card'}>
                    <h3>{coming ? meta.title : <Link href={lessonHref(lang, lesson)}>{meta.title}</Link>}</h3>
                    <p>{meta.summary}</p>
                    <p className="lesson-meta">
                      <span>
                        {meta.minutes} {t(lang, 'minutes')}
                      </span>
                      {coming ? (
                        <span className="badge">{t(lang, 'comingSoon')}</span>
                      ) : (
                        <LessonProgressBadge lesson={key} exercises={lesson.exercises} lang={lang} />
                      )}
                    </p>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
