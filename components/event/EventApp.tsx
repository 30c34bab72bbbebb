'use client';
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import { eventLinkQuery, timeLeft } from '@/lib/event/eventLink';
import { PRACTICE_EVENT } from '@/lib/event/flag';
import { challengeScore, eventScore, isSolved } from '@/lib/event/score';
import { ChallengePanel } from './ChallengePanel';
import { EventExport } from './EventExport';
import { EventTimer } from './EventTimer';
import type { FlagOutcome } from './FlagForm';
import { useEventProgress } from './useEventProgress';
import type { ChallengeView } from './types';
import './event.css';

/** A Secret's value still base64-encoded (`ZmxhZ3s...`): say so instead of a plain "wrong". */
function looksBase64Flag(text: string): boolean {
  try {
    return /^flag\{/.test(atob(text.trim()));
  } catch {
    return false;
  }
}

function selectedFromHash(challenges: ChallengeView[]): string {
  const hash = typeof window === 'undefined' ? '' : decodeURIComponent(window.location.hash.slice(1));
  return challenges.some((c) => c.id === hash) ? hash : (challenges[0]?.id ?? '');
}

/** The event page: status (event, score, timer), the challenge list, the chosen challenge, the export. */
export function EventApp({ lang, challenges, courseVersion }: { lang: Lang; challenges: ChallengeView[]; courseVersion: string }) {
  const { progress, showHint, submitFlag } = useEventProgress();
  const [selected, setSelected] = useState(challenges[0]?.id ?? '');
  const [over, setOver] = useState(false);
  useEffect(() => {
    const sync = () => setSelected(selectedFromHash(challenges));
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [challenges]);
  const onOver = useCallback(() => setOver(true), []);
  if (!progress)
    return (
      <p className="muted" aria-busy="true">
        …
      </p>
    );

  const total = eventScore(challenges, progress);
  const challenge = challenges.find((c) => c.id === selected) ?? challenges[0];
  const own = (id: string) => (Object.prototype.hasOwnProperty.call(progress.challenges, id) ? progress.challenges[id] : undefined);
  const closed = over || timeLeft(progress.startedAt, progress.timerMinutes, Date.now()) === 0;
  const onFlag = (flag: string): FlagOutcome => {
    if (flag.trim() === '') return { kind: 'empty' };
    if (!submitFlag(challenge.id, flag)) return looksBase64Flag(flag) ? { kind: 'base64' } : { kind: 'wrong' };
    const points = challengeScore(progress.eventId, challenge, { hintsUsed: own(challenge.id)?.hintsUsed ?? 0, flagSubmitted: flag });
    return { kind: 'right', points, max: challenge.points };
  };

  return (
    <div className="event-app">
      <div className="event-status" data-testid="event-status">
        <span>
          <span className="event-stat-label">{te(lang, 'eventId')}</span> <strong data-testid="event-id">{progress.eventId}</strong>
          {progress.eventId === PRACTICE_EVENT ? <span className="muted small"> · {te(lang, 'practice')}</span> : null}
        </span>
        <span>
          <span className="event-stat-label">{te(lang, 'score')}</span>{' '}
          <strong data-testid="event-score" data-score={total.score}>
            {te(lang, 'scoreValue', { score: total.score, max: total.max })}
          </strong>{' '}
          <span className="muted small">({te(lang, 'solvedCount', { solved: total.solved, total: challenges.length })})</span>
        </span>
        <EventTimer lang={lang} startedAt={progress.startedAt} minutes={progress.timerMinutes} onOver={onOver} />
      </div>
      <div className="event-layout">
        <nav className="event-list" aria-label={te(lang, 'challenges')}>
          <ol>
            {challenges.map((c) => {
              const solved = isSolved(progress.eventId, c, own(c.id));
              return (
                <li key={c.id}>
                  <a
                    href={`#${c.id}`}
                    aria-current={c.id === challenge.id ? 'true' : undefined}
                    className={solved ? 'solved' : ''}
                    data-testid={`challenge-link-${c.id}`}
                  >
                    <span className="event-list-title">{c.title[lang]}</span>
                    <span className="event-list-meta">{solved ? `✓ ${te(lang, 'solved')}` : te(lang, 'points', { points: c.points })}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
        <ChallengePanel
          lang={lang}
          eventId={progress.eventId}
          challenge={challenge}
          progress={own(challenge.id)}
          closed={closed}
          scored={isSolved(progress.eventId, challenge, own(challenge.id)) ? challengeScore(progress.eventId, challenge, own(challenge.id)) : undefined}
          onHint={() => showHint(challenge.id, challenge.hints.length)}
          onFlag={onFlag}
        />
      </div>
      <EventExport lang={lang} courseVersion={courseVersion} progress={progress} />
      <p className="small muted event-note">{te(lang, 'honesty')}</p>
      <p className="small muted event-note">
        {te(lang, 'instructorLink', { link: `/${lang}/event/${eventLinkQuery({ eventId: 'my-workshop', timerMinutes: 90 })}` })}
      </p>
    </div>
  );
}
