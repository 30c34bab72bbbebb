'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseDefinition } from '@/lib/lesson';
import type { LabRequest, LabResponse, LabSnapshot } from './labProtocol';

export type LabStatus = 'idle' | 'checking' | 'done' | 'timeout' | 'error';

/** How long one check may take before the worker is restarted and the learner told. */
export const CHECK_TIMEOUT_MS = 3000;
const DEBOUNCE_MS = 120;

/**
 * Runs an exercise's checks in a Web Worker, debounced. A check that takes too long is
 * abandoned (the worker is terminated and a fresh one started) with a clear status.
 */
export function useLabRunner(exercise: ExerciseDefinition) {
  const workerRef = useRef<Worker | null>(null);
  const requestRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const watchdogRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [result, setResult] = useState<LabSnapshot | null>(null);
  const [status, setStatus] = useState<LabStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [lastMs, setLastMs] = useState<number | null>(null);

  const startWorker = useCallback(() => {
    const worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LabResponse>) => {
      const message = event.data;
      if (message.requestId !== requestRef.current) return; // a newer check is on its way
      clearTimeout(watchdogRef.current);
      if (message.type === 'result') {
        setResult(message.result);
        setLastMs(message.ms);
        setStatus('done');
        setError(null);
      } else {
        setStatus('error');
        setError(message.error);
      }
    };
    worker.postMessage({ type: 'define', exercise } satisfies LabRequest);
    workerRef.current = worker;
  }, [exercise]);

  useEffect(() => {
    startWorker();
    return () => {
      clearTimeout(timerRef.current);
      clearTimeout(watchdogRef.current);
      workerRef.current?.terminate();
      workerRef.current = null;
    };
  }, [startWorker]);

  const sendNow = useCallback((files: Record<string, string>) => {
    if (!workerRef.current) startWorker();
    const requestId = ++requestRef.current;
    setStatus('checking');
    workerRef.current!.postMessage({ type: 'run', requestId, exerciseId: exercise.id, files } satisfies LabRequest);
    clearTimeout(watchdogRef.current);
    watchdogRef.current = setTimeout(() => {
      if (requestRef.current !== requestId) return;
      workerRef.current?.terminate();
      workerRef.current = null;
      startWorker();
      setStatus('timeout');
    }, CHECK_TIMEOUT_MS);
  }, [exercise.id, startWorker]);

  const check = useCallback((files: Record<string, string>, immediate = false) => {
    clearTimeout(timerRef.current);
    if (immediate) sendNow(files);
    else timerRef.current = setTimeout(() => sendNow(files), DEBOUNCE_MS);
  }, [sendNow]);

  return { result, status, error, lastMs, check };
}
