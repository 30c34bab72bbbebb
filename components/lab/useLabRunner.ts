'use client';
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { ExerciseDefinition, LabResult } from '@/lib/lesson';
import { pageWorld } from '../world/pageWorker';
import { CHECK_BUDGET_MS, type Incident } from '../world/client';
import { askCheck, exerciseDefinition, exerciseWorldId, type CheckOutcome } from './firstCheck';
import { reuseUnchanged } from './sameResult';

export { exerciseWorldId };

export type LabStatus = 'idle' | 'checking' | 'done' | 'timeout' | 'error';
export type LabSnapshot = LabResult;

/** How long one check may take before the worker is restarted and the learner told. */
export const CHECK_TIMEOUT_MS = CHECK_BUDGET_MS;

/**
 * Checks an exercise in the page worker: at most one check in flight; edits made while it runs
 * are coalesced into one follow-up check with the latest files. A check that takes too long is
 * stopped (the worker restarted) and reported with the input that caused it; the next edit is
 * checked as soon as the worker is back.
 */
export function useLabRunner(exercise: ExerciseDefinition) {
  const worldId = exerciseWorldId(exercise);
  const definition = exerciseDefinition(exercise);
  const [result, setResult] = useState<LabSnapshot | null>(null);
  const [status, setStatus] = useState<LabStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [incident, setIncident] = useState<Incident | null>(null);
  const [lastMs, setLastMs] = useState<number | null>(null);
  const [sequence, setSequence] = useState(0);

  useEffect(() => {
    pageWorld().define(worldId, definition);
  }, [worldId, definition]);
  useEffect(() => () => pageWorld().cancel(`check:${worldId}`), [worldId]);

  /** One answer of the worker, shown: the result, the time it took, or what went wrong. */
  const show = useCallback((outcome: Exclude<CheckOutcome, { status: 'superseded' }>) => {
    setSequence((n) => n + 1);
    if (outcome.status === 'answered') {
      setResult((previous) => reuseUnchanged(previous, outcome.answer.result));
      setLastMs(outcome.ms);
      setStatus('done');
      setError(null);
      setIncident(null);
    } else if (outcome.status === 'stopped') {
      setStatus('timeout');
      setIncident(outcome.incident);
    } else {
      setStatus('error');
      setError(outcome.error);
    }
  }, []);

  const check = useCallback(
    (files: Record<string, string>) => {
      setStatus('checking');
      void askCheck(definition, files).then((outcome) => {
        if (outcome.status === 'superseded') return;
        // A transition: React renders the verdict (up to dozens of goals, their explanations and
        // links) in short slices, yielding to input, instead of one long task when it arrives.
        startTransition(() => show(outcome));
      });
    },
    [definition, show],
  );

  return { result, status, error, incident, lastMs, sequence, check };
}
