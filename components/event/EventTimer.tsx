'use client';
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import { formatClock, timeLeft } from '@/lib/event/eventLink';

/** The countdown of a timed event (from the learner's first visit); calls onOver once at zero. */
export function EventTimer({ lang, startedAt, minutes, onOver }: { lang: Lang; startedAt: string; minutes?: number; onOver: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (minutes === undefined) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [minutes]);
  const left = timeLeft(startedAt, minutes, now);
  useEffect(() => {
    if (left === 0) onOver();
  }, [left, onOver]);
  if (left === undefined)
    return (
      <span className="event-timer muted" data-testid="event-timer">
        {te(lang, 'noTimer')}
      </span>
    );
  return (
    <span className={`event-timer${left === 0 ? ' over' : ''}`} data-testid="event-timer" data-left={Math.ceil(left / 1000)}>
      <span className="event-stat-label">{te(lang, 'timer')}</span>{' '}
      <strong role="timer" aria-live="off">
        {formatClock(left)}
      </strong>
      {left === 0 ? (
        <span className="event-timeup" role="status">
          {' '}
          {te(lang, 'timeUp')}
        </span>
      ) : null}
    </span>
  );
}
