'use client';
import { useEffect, useId, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import type { EventProgress } from '@/lib/event/types';
import { readItem, writeItem } from '@/lib/state/safeStorage';
import { buildSubmission } from '@/lib/workshop/buildSubmission';
import { serializeSubmission, submissionFileName, type Submission } from '@/lib/workshop/submission';
import { MAX_LINK_CHARS, submissionLink } from '../workshop/submissionLink';
import '../workshop/workshop.css';

/** The same key the course export uses: the learner types their name once. */
const NAME_KEY = 'k8s-lab-learner-name';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    setName(readItem(NAME_KEY) ?? '');
  }, []);
  const build = (): Submission => buildSubmission({ learner: name, courseVersion, now: Date.now(), saved: {}, event: eventBlock(progress) });
  const onLink = async () => {
    const { link: made, chars } = await submissionLink(window.location.origin, lang, build());
    if (!made) {
      setLink(null);
      setMessage(te(lang, 'linkTooLong', { chars, max: MAX_LINK_CHARS }));
      return;
    }
    setLink(made);
    try {
      await navigator.clipboard.writeText(made);
      setMessage(te(lang, 'linkCopied'));
    } catch {
      setMessage(te(lang, 'linkShown'));
    }
  };
  return (
    <section className="export-panel event-export" aria-labelledby={`${nameId}-title`} data-testid="event-export">
      <h2 id={`${nameId}-title`}>{te(lang, 'exportTitle')}</h2>
      <p className="small">{te(lang, 'exportLead')}</p>
      <label htmlFor={nameId}>{te(lang, 'yourName')}</label>
      <input
        id={nameId}
        type="text"
        value={name}
        maxLength={120}
        autoComplete="name"
        onChange={(e) => {
          setName(e.target.value);
          writeItem(NAME_KEY, e.target.value);
        }}
      />
      <div className="export-row">
        <button
          type="button"
          className="button"
          onClick={() => download(submissionFileName(build(), `event-${progress.eventId}`), serializeSubmission(build()))}
        >
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
