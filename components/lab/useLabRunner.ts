'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseDefinition } from '@/lib/lesson';
import type { LabRequest, LabResponse, LabSnapshot } from './labProtocol';

export type LabStatus = 'idle' | 'checking' | 'done' | 'timeout' | 'error';

/** How long one check may take before the worker is restarted and the learner told. */
export const CHECK_TIMEOUT_MS = 3000;
/** How long a fresh worker may take to load and compile the simulator (slow laptop, cold cache) before checks are timed. */
export const WORKER_LOAD_TIMEOUT_MS = 20_000;

/**
 * Runs an exercise's checks in a Web Worker: at most one check in flight; edits made while it
 * runs are coalesced into one follow-up check with the latest files, so a verdict follows each
 * keystroke as soon as possible and a fast typist never builds a queue. A check that takes too
 * long is abandoned (the worker is terminated and a fresh one started) with a clear status.
 */
export function useLabRunner(exercise: ExerciseDefinition) {
  const workerRef = useRef<Worker | null>(null);
  const requestRef = useRef(0);
  const pendingRef = useRef<Record<string, string> | null>(null);
  const readyRef = useRef(false);
  const armRef = useRef<(requestId: number) => void>(() => {});
  const inFlightRef = useRef(false);
  const sendRef = useRef<(files: Record<string, string>) => void>(() => {});
  const watchdogRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [result, setResult] = useState<LabSnapshot | null>(null);
  const [status, setStatus] = useState<LabStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const [lastMs, setLastMs] = useState<number | null>(null);
  const [sequence, setSequence] = useState(0);

  const startWorker = useCallback(() => {
    const worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LabResponse>) => {
      const message = event.data;
      if (message.type === 'ready') {
        // Loaded: from now on a check is timed on its own (re-arm a check waiting for the load).
        readyRef.current = true;
        if (inFlightRef.current) armRef.current(requestRef.current);
        return;
      }
      if (message.requestId !== requestRef.current) return; // abandoned after a timeout
      clearTimeout(watchdogRef.current);
      inFlightRef.current = false;
      setSequence((n) => n + 1);
      const pending = pendingRef.current;
      pendingRef.current = null;
      if (pending) sendRef.current(pending);
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
    readyRef.current = false;
  }, [exercise]);

  useEffect(() => {
    startWorker();
    return () => {
      clearTimeout(watchdogRef.current);
      workerRef.current?.terminate();
      workerRef.current = null;
    };
  }, [startWorker]);

  const sendNow = useCallback((files: Record<string, string>) => {
    if (!workerRef.current) startWorker();
    const requestId = ++requestRef.current;
    inFlightRef.current = true;
    setStatus('checking');
    workerRef.current!.postMessage({ type: 'run', requestId, exerciseId: exercise.id, files } satisfies LabRequest);
    armRef.current(requestId);
  }, [exercise.id, startWorker]);

  armRef.current = (requestId: number) => {
    clearTimeout(watchdogRef.current);
    watchdogRef.current = setTimeout(() => {
      if (requestRef.current !== requestId) return;
      inFlightRef.current = false;
      pendingRef.current = null;
      workerRef.current?.terminate();
      workerRef.current = null;
      startWorker();
      setStatus('timeout');
    }, readyRef.current ? CHECK_TIMEOUT_MS : WORKER_LOAD_TIMEOUT_MS);
  };

  sendRef.current = sendNow;

  const check = useCallback((files: Record<string, string>) => {
    if (inFlightRef.current) pendingRef.current = files;
    else sendNow(files);
  }, [sendNow]);

  return { result, status, error, lastMs, sequence, check };
}
