'use client';
import { useEffect, useRef } from 'react';
import type { RosterState } from './useRoster';
import { linkInput, SUBMISSION_FRAGMENT_KEY } from './submissionLink';

/** A learner's link opened directly (`/en/instructor/#sub=…`): graded once the course is loaded. */
export function useLinkInHash(roster: RosterState): void {
  const done = useRef(false);
  const { course, add } = roster;
  useEffect(() => {
    if (!course || done.current) return;
    done.current = true;
    const hash = window.location.hash;
    if (new URLSearchParams(hash.slice(1)).get(SUBMISSION_FRAGMENT_KEY)) add([linkInput(hash, 0)]);
  }, [course, add]);
}
