'use client';
import { useId } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import type { EventProgress } from '@/lib/event/types';
import { buildSubmission } from '@/lib/workshop/buildSubmission';
import type { Submission } from '@/lib/workshop/submission';
import { useSubmissionExport } from '../workshop/useSubmissionExport';
import '../workshop/workshop.css';

/** The event block of a submission: what was submitted, never whether it was right. */
export function eventBlock(progress: EventProgress): NonNullable<Submission['event']> {
  const challenges = Object.fromEntries(
    Object.entries(progress.challenges).map(([id, c]) => [
      id,
      { hintsUsed: c.hintsUsed, ...(c.flagSubmitted !== undefined ? { flagSubmitted: c.flagSubmitted } : {}), ...(c.solvedAt ? { solvedAt: c.solvedAt } : {}) },
    ]),
  );
  return { eventId: progress.eventId, startedAt: progress.startedAt, challenges, ...(progress.timerMinutes ? { timerMinutes: progress.timerMinutes } : {}) };
}

/** "Hand in your results": a k8s-lab-submission/1 file (or link) with the event block; nothing is sent. */
export function EventExport({ lang, courseVersion, progress }: { lang: Lang; courseVersion: string; progress: EventProgress }) {
  const nameId = useId();
  const build = (learner: string): Submission => buildSubmission({ learner, courseVersion, now: Date.now(), saved: {}, event: eventBlock(progress) });
  const words = {
    tooLong: (chars: number, max: number) => te(lang, 'linkTooLong', { chars, max }),
    copied: te(lang, 'linkCopied'),
    shown: te(lang, 'linkShown'),
  };
  const { name, onName, message, link, onDownload, onLink } = useSubmissionExport(lang, build, words);
  return (
    <section className="export-panel event-export" aria-labelledby={`${nameId}-title`} data-testid="event-export">
      <h2 id={`${nameId}-title`}>{te(lang, 'exportTitle')}</h2>
      <p className="small">{te(lang, 'exportLead')}</p>
      <label htmlFor={nameId}>{te(lang, 'yourName')}</label>
      <input id={nameId} type="text" value={name} maxLength={120} autoComplete="name" onChange={(e) => onName(e.target.value)} />
      <div className="export-row">
        <button type="button" className="button" onClick={() => onDownload(`event-${progress.eventId}`)}>
          {te(lang, 'downloadResults')}
        </button>
        <button type="button" className="button secondary" onClick={() => void onLink()}>
          {te(lang, 'copyLink')}
        </button>
        <span role="status" className="small">
          {message}
        </span>
      </div>
      {link && <input className="export-link" type="text" readOnly value={link} aria-label={te(lang, 'linkShown')} onFocus={(e) => e.target.select()} />}
    </section>
  );
}
