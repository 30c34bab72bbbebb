'use client';
import { useEffect, useId, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';
import { hydrateProgress, useProgress } from '@/lib/state/progress';
import { readItem, writeItem } from '@/lib/state/safeStorage';
import { buildSubmission } from '@/lib/workshop/buildSubmission';
import { serializeSubmission, submissionFileName, type Submission } from '@/lib/workshop/submission';
import { MAX_LINK_CHARS, submissionLink } from './submissionLink';
import './workshop.css';

const NAME_KEY = 'k8s-lab-learner-name';

interface Props {
  lang: Lang;
  courseVersion: string;
  /** `track/lesson/` to export one lesson; absent for the whole course. */
  prefix?: string;
  /** A short name for the file (`roles`), or none for the whole course. */
  scope?: string;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Hand in your work": the learner's saved work as a submission file and a link (nothing is sent). */
export function ExportSubmission({ lang, courseVersion, prefix, scope }: Props) {
  const nameId = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const saved = useProgress((s) => s.exercises);
  useEffect(() => {
    hydrateProgress();
    setName(readItem(NAME_KEY) ?? '');
  }, []);
  const count = Object.entries(saved).filter(([key, e]) => (!prefix || key.startsWith(prefix)) && (e.files || e.hintsShown > 0)).length;

  const build = (): Submission => buildSubmission({ learner: name, courseVersion, now: Date.now(), saved, prefix });
  const onName = (value: string) => {
    setName(value);
    writeItem(NAME_KEY, value);
  };
  const onDownload = () => download(submissionFileName(build(), scope), serializeSubmission(build()));
  const onLink = async () => {
    const { link: made, chars } = await submissionLink(window.location.origin, lang, build());
    if (!made) {
      setLink(null);
      setMessage(tw(lang, 'linkTooLongExport', { chars, max: MAX_LINK_CHARS }));
      return;
    }
    setLink(made);
    try {
      await navigator.clipboard.writeText(made);
      setMessage(tw(lang, 'linkCopied'));
    } catch {
      setMessage(tw(lang, 'linkShown'));
    }
  };

  return (
    <section className="export-panel" aria-labelledby={`${nameId}-title`} data-testid="export-submission">
      <h2 id={`${nameId}-title`}>{tw(lang, 'exportTitle')}</h2>
      <p className="small">{tw(lang, prefix ? 'exportLessonLead' : 'exportCourseLead')}</p>
      <label htmlFor={nameId}>{tw(lang, 'yourName')}</label>
      <input id={nameId} type="text" value={name} maxLength={120} autoComplete="name" onChange={(e) => onName(e.target.value)} />
      <p className="small muted">{count === 0 ? tw(lang, 'nothingToExport') : tw(lang, 'exportCount', { n: count })}</p>
      <div className="export-row">
        <button type="button" className="button" onClick={onDownload} disabled={count === 0}>
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
