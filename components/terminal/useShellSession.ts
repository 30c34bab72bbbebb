'use client';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { pageWorld } from '../world/pageWorker';
import { describeIncident } from '../world/words';
import type { OutputLine, SessionOrigin } from '../world/protocol';

export interface ShellOutput {
  lines: OutputLine[];
  clear: boolean;
  /** The line left a heredoc (or quote) open: the terminal prompts `> ` for the next one. */
  pending?: boolean;
}

/**
 * A kubectl session held by the page worker: the terminal sends lines and gets lines back.
 * Commands run in order (one chain); `reset` opens a fresh session on the same origin.
 */
export function useShellSession(origin: SessionOrigin, lang: Lang) {
  const base = useId();
  const generation = useRef(0);
  const session = useRef(`${base}:0`);
  const counter = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const history = useRef<string[]>([]);
  const worldId = 'worldId' in origin ? origin.worldId : undefined;
  const originText = JSON.stringify(origin);

  const open = useCallback(() => {
    const id = session.current;
    chain.current = chain.current.then(() =>
      pageWorld().ask(`${id}:open`, worldId, { type: 'shellOpen', session: id, origin: JSON.parse(originText) as SessionOrigin, lang }, 10_000),
    );
  }, [worldId, originText, lang]);

  useEffect(() => {
    open();
    return () => {
      void pageWorld().ask(`${session.current}:close`, undefined, { type: 'shellClose', session: session.current });
    };
  }, [open]);

  /** Run one command line; resolves with its output (or the notice that it was stopped). */
  const run = useCallback(
    (line: string, cancel = false): Promise<ShellOutput> => {
      const id = session.current;
      const next = chain.current.then(async (): Promise<ShellOutput> => {
        const outcome = await pageWorld().ask(`${id}:${++counter.current}`, undefined, { type: 'shellRun', session: id, line, ...(cancel ? { cancel } : {}) });
        if (outcome.status === 'answered') {
          // The session's history: a heredoc is one entry, as bash keeps it.
          history.current = outcome.answer.history;
          return { lines: outcome.answer.lines, clear: outcome.answer.clear, ...(outcome.answer.pending ? { pending: true } : {}) };
        }
        if (outcome.status === 'stopped') return { lines: [{ stream: 'stderr', text: describeIncident(outcome.incident, lang) }], clear: false };
        if (outcome.status === 'failed') return { lines: [{ stream: 'stderr', text: outcome.error }], clear: false };
        return { lines: [], clear: false };
      });
      chain.current = next;
      return next;
    },
    [lang],
  );

  const addFile = useCallback((name: string, text: string) => {
    const id = session.current;
    chain.current = chain.current.then(() => pageWorld().ask(`${id}:${++counter.current}`, undefined, { type: 'shellFile', session: id, name, text }));
  }, []);

  const complete = useCallback(async (line: string) => {
    await chain.current;
    const outcome = await pageWorld().ask(`${session.current}:complete`, undefined, { type: 'shellComplete', session: session.current, line });
    return outcome.status === 'answered' ? outcome.answer : { replaceFrom: line.length, candidates: [] };
  }, []);

  const reset = useCallback(() => {
    const old = session.current;
    void pageWorld().ask(`${old}:close`, undefined, { type: 'shellClose', session: old });
    session.current = `${base}:${++generation.current}`;
    history.current = [];
    open();
  }, [base, open]);

  return { run, addFile, complete, reset, history };
}
