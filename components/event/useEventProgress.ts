'use client';
import { useCallback, useEffect, useState } from 'react';
import { readEventLink } from '@/lib/event/eventLink';
import { checkFlag } from '@/lib/event/flag';
import { timeLeft } from '@/lib/event/eventLink';
import type { ChallengeProgress, EventProgress } from '@/lib/event/types';
import { openEvent, saveEvent } from '@/lib/state/eventProgress';

/**
 * The event this page runs (from the link's `?event=&minutes=`) and the learner's progress in it,
 * saved on every change. Null until the page has read the link (static HTML knows no query).
 */
export function useEventProgress() {
  const [progress, setProgress] = useState<EventProgress | null>(null);
  useEffect(() => {
    const explicit = new URLSearchParams(window.location.search).has('event');
    const opened = openEvent({ ...readEventLink(window.location.search), explicit }, Date.now());
    saveEvent(opened);
    setProgress(opened);
  }, []);

  const update = useCallback((id: string, change: (c: ChallengeProgress) => ChallengeProgress) => {
    setProgress((p) => {
      if (!p) return p;
      const own = Object.prototype.hasOwnProperty.call(p.challenges, id) ? p.challenges[id] : { hintsUsed: 0 };
      const next = { ...p, challenges: { ...p.challenges, [id]: change(own) } };
      saveEvent(next);
      return next;
    });
  }, []);

  const showHint = useCallback((id: string, max: number) => update(id, (c) => ({ ...c, hintsUsed: Math.min(max, c.hintsUsed + 1) })), [update]);

  /** Keep a submitted flag when it is right (a wrong guess is not kept: the first right one counts). */
  const submitFlag = useCallback(
    (id: string, flag: string): boolean => {
      if (!progress || timeLeft(progress.startedAt, progress.timerMinutes, Date.now()) === 0) return false;
      const right = checkFlag(progress.eventId, id, flag);
      if (right)
        update(id, (c) =>
          c.flagSubmitted !== undefined && checkFlag(progress.eventId, id, c.flagSubmitted)
            ? c
            : { ...c, flagSubmitted: flag.trim(), solvedAt: new Date().toISOString() },
        );
      return right;
    },
    [progress, update],
  );

  return { progress, showHint, submitFlag };
}
