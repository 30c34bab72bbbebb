'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkshopCourse } from '@/lib/workshop/course';
import type { RosterEntry, RosterFailure } from '@/lib/workshop/roster';
import { SUBMISSION_LIMITS } from '@/lib/workshop/submission';
import { GraderClient, type GraderWorker } from './graderClient';
import { gradeSubmissionText, isFailure } from './gradeSubmission';
import { linkProblem } from './submissionLink';

/** One input to grade: a file's text (read lazily) or a failure known before reading. */
export interface RosterInput {
  source: string;
  text: () => Promise<string>;
  /** Known problem before any reading (file too large, link not ours): reported as is. */
  failure?: RosterFailure['problems'];
}

export interface RosterState {
  course: WorkshopCourse | null;
  courseError: string | null;
  entries: RosterEntry[];
  failures: RosterFailure[];
  progress: { done: number; total: number; files: number; busy: boolean };
  add: (inputs: RosterInput[]) => void;
  clear: () => void;
}

const newWorker = () => new Worker(new URL('./grader.worker.ts', import.meta.url), { type: 'module' }) as unknown as GraderWorker;

/** The instructor page's state: the course, the grading worker, the roster as files come in. */
export function useRoster(): RosterState {
  const [course, setCourse] = useState<WorkshopCourse | null>(null);
  const [courseError, setCourseError] = useState<string | null>(null);
  const [entries, setEntries] = useState<RosterEntry[]>([]);
  const [failures, setFailures] = useState<RosterFailure[]>([]);
  const [progress, setProgress] = useState({ done: 0, total: 0, files: 0, busy: false });
  const client = useRef<GraderClient | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const counter = useRef(0);

  useEffect(() => {
    let live = true;
    fetch('/workshop/course.json')
      .then((r) => (r.ok ? (r.json() as Promise<WorkshopCourse>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((c) => {
        if (live) {
          setCourse(c);
          client.current = new GraderClient(c, newWorker);
        }
      })
      .catch((e: unknown) => {
        if (live) setCourseError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
      client.current?.dispose();
    };
  }, []);

  const add = useCallback(
    (inputs: RosterInput[]) => {
      if (!course) return;
      setProgress((p) => ({ ...p, busy: true }));
      for (const input of inputs) {
        const id = `${++counter.current}:${input.source}`;
        chain.current = chain.current.then(async () => {
          const grader = client.current;
          if (!grader) return;
          if (input.failure) {
            setFailures((f) => [...f, { id, source: input.source, problems: input.failure! }]);
            return;
          }
          const on = {
            onRead: (n: number) => setProgress((p) => ({ ...p, total: p.total + n })),
            onGraded: () => setProgress((p) => ({ ...p, done: p.done + 1 })),
          };
          const result = await input.text().then(
            (text) => gradeSubmissionText(grader, course, id, input.source, text, on),
            (error: unknown): RosterFailure => ({ id, source: input.source, problems: [{ code: linkProblem(error), path: '' }] }),
          );
          if (isFailure(result)) setFailures((f) => [...f, result]);
          else setEntries((e) => [...e, result]);
          setProgress((p) => ({ ...p, files: p.files + 1 }));
        });
      }
      chain.current = chain.current.then(() => setProgress((p) => ({ ...p, busy: false })));
    },
    [course],
  );

  const clear = useCallback(() => {
    setEntries([]);
    setFailures([]);
    setProgress({ done: 0, total: 0, files: 0, busy: false });
  }, []);

  return { course, courseError, entries, failures, progress, add, clear };
}

/** A dropped or picked file as an input: refused unread when larger than any submission. */
export function fileInput(file: File, source = file.webkitRelativePath || file.name): RosterInput {
  const max = SUBMISSION_LIMITS.fileChars;
  if (file.size > max * 4) return { source, text: () => Promise.resolve(''), failure: [{ code: 'too-large', path: '', params: { size: file.size, max } }] };
  return { source, text: () => file.text() };
}
