'use client';
import { useId } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';
import { hydrateProgress, useProgress } from '@/lib/state/progress';
import { buildSubmission } from '@/lib/workshop/buildSubmission';
import type { Submission } from '@/lib/workshop/submission';
import { useSubmissionExport } from './useSubmissionExport';
import './workshop.css';

interface Props {
  lang: Lang;
  courseVersion: string;
  /** `track/lesson/` to export one lesson; absent for the whole course. */
  prefix?: string;
  /** A short name for the file (`roles`), or none for the whole course. */
  scope?: string;
}

/** "Hand in your work": the learner's saved work as a submission file and a link (nothing is sent). */
export function ExportSubmission({ lang, courseVersion, prefix, scope }: Props) {
  const nameId = useId();
  const saved = useProgress((st) => st.exercises);
  const count = Object.entries(saved).filter(([key, e]) => (!prefix || key.startsWith(prefix)) && (e.files || e.hintsShown > 0)).length;
  const build = (learner: string): Submission => buildSubmission({ learner, courseVersion, now: Date.now(), saved, prefix });
  const words = {
    tooLong: (chars: number, max: number) => tw(lang, 'linkTooLongExport', { chars, max }),
    copied: tw(lang, 'linkCopied'),
    shown: tw(lang, 'linkShown'),
  };
  const { name, onName, message, link, onDownload, onLink } = useSubmissionExport(lang, build, words, hydrateProgress);

  return (
    <section className="export-panel" aria-labelledby={`${nameId}-title`} data-testid="export-submission">
      <h2 id={`${nameId}-title`}>{tw(lang, 'exportTitle')}</h2>
      <p className="small">{tw(lang, prefix ? 'exportLessonLead' : 'exportCourseLead')}</p>
      <label htmlFor={nameId}>{tw(lang, 'yourName')}</label>
      <input id={nameId} type="text" value={name} maxLength={120} autoComplete="name" onChange={(e) => onName(e.target.value)} />
      <p className="small muted">{count === 0 ? tw(lang, 'nothingToExport') : tw(lang, 'exportCount', { n: count })}</p>
      <div className="export-row">
        <button type="button" className="button" onClick={() => onDownload(scope)} disabled={count === 0}>
          {tw(lang, 'downloadFile')}
        </button>
        <button type="button" className="button secondary" onClick={() => void onLink()} disabled={count === 0}>
          {tw(lang, 'copyLink')}
        </button>
        <span role="status" className="small">
          {message}
        </span>
      </div>
      {link && (
        <input
          className="export-link"
          type="text"
          readOnly
          value={link}
          aria-label={tw(lang, 'linkShown')}
          onFocus={(e) => e.target.select()}
          data-testid="submission-link"
        />
      )}
      {!prefix && (
        <p className="small muted">
          {tw(lang, 'forInstructors')} <a href={`/${lang}/instructor/`}>{tw(lang, 'instructorPage')}</a> ·{' '}
          <a href={`/embed/?lang=${lang}`}>{tw(lang, 'embedPage')}</a>
        </p>
      )}
    </section>
  );
}
