'use client';
import { InlineMarkdown } from '../lab/InlineMarkdown';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { editLine, emptyLine, paintInput, type LineState } from './lineEditor';
import { XtermView, type XtermHandle } from './XtermView';
import { terminalSafe } from './terminalText';
import { useDemoPlayer } from './useDemoPlayer';
import { DemoControls } from './DemoControls';
import type { DemoData as LoadedDemo } from '@/lib/content/shared';
import type { SessionOrigin } from '../world/protocol';
import { useShellSession, type ShellOutput } from './useShellSession';

/** What the terminal needs of a demo (its world comes separately, as the session's origin). */
export type DemoData = Pick<LoadedDemo, 'id' | 'title' | 'steps'>;

interface Props {
  lang: Lang;
  /**
   * Where the session's cluster comes from: a world of the page worker (its files are what
   * `kubectl apply -f NAME` reads) or a demo's objects. The session runs in the page worker.
   */
  origin: SessionOrigin;
  demo?: DemoData;
  label: string;
}

const PROMPT = '\u001b[1;34m$\u001b[0m ';
/** bash's PS2: the prompt while a heredoc, quote or continued line waits for more. */
const CONTINUATION = '\u001b[1;34m>\u001b[0m ';

/** A terminal with a simulated kubectl, and (optionally) a demo that replays into it. */
export function TerminalPanel({ lang, origin, demo, label }: Props) {
  const xterm = useRef<XtermHandle>(null);
  const shell = useShellSession(origin, lang);
  const lineRef = useRef<LineState>(emptyLine(0));
  /** The worker holds an open heredoc (or quote): the prompt is `> ` until it is closed. */
  const pendingRef = useRef(false);
  /** A command is running: pasted lines wait here and are entered once it is done. */
  const busyRef = useRef(false);
  const queueRef = useRef('');
  const [transcript, setTranscript] = useState<string[]>([]);
  const [showTranscript, setShowTranscript] = useState(false);
  const [interactive, setInteractive] = useState(!demo);

  /** The transcript: the session as plain text (commands, output, narration), for screen readers and copying. */
  const log = useCallback((text: string) => {
    const plain = text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
    setTranscript((lines) => [...lines, plain].slice(-400));
  }, []);

  /**
   * Command output: to the terminal and the transcript. The simulator's text is shown, never
   * interpreted (terminalSafe); only our own colour codes wrap it.
   */
  const print = useCallback(
    (text: string, color?: string) => {
      const safe = terminalSafe(text);
      xterm.current?.write(color ? `${color}${safe}\u001b[0m\n` : `${safe}\n`);
      log(`${text}\n`);
    },
    [log],
  );

  const show = useCallback(
    (result: ShellOutput) => {
      if (result.clear) {
        xterm.current?.clear();
        return;
      }
      for (const line of result.lines) print(line.text, line.stream === 'stderr' ? '\u001b[33m' : undefined);
    },
    [print],
  );

  /** Run a line in the worker's session; the prompt comes back once its output is printed. */
  const execute = useCallback((line: string) => shell.run(line).then(show), [shell, show]);

  const prompt = () => (pendingRef.current ? CONTINUATION : PROMPT);

  /** The cursor's row within the line being edited (a long line wraps over several rows). */
  const rowRef = useRef(0);

  /** Repaint the prompt and the line (all its rows), the cursor where it is in the line. */
  const paint = useCallback((text: string, cursor: number) => {
    const safe = terminalSafe(text);
    const at = terminalSafe(text.slice(0, cursor)).length;
    const { out, row } = paintInput(prompt(), 2, safe, at, xterm.current?.cols() ?? 80, rowRef.current);
    xterm.current?.write(out);
    rowRef.current = row;
  }, []);

  const redraw = useCallback((state: LineState) => paint(state.line, state.cursor), [paint]);

  /** A fresh prompt on a new row. */
  const freshPrompt = useCallback((text: string) => {
    rowRef.current = 0;
    xterm.current?.write(text);
  }, []);

  const onDataRef = useRef<(data: string) => void>(() => undefined);

  /**
   * A line entered (terminal or the text field): echo it and send it. While it leaves a heredoc
   * (or quote, or a continued line) open, the worker keeps it and the prompt is `> `; once
   * complete, the command runs and the prompt comes back.
   */
  const submit = useCallback(
    (line: string) => {
      paint(line, line.length);
      rowRef.current = 0;
      xterm.current?.write('\r\n');
      log(`${pendingRef.current ? '>' : '$'} ${line}\n`);
      lineRef.current = emptyLine(shell.history.current.length);
      busyRef.current = true;
      void shell.run(line).then((result) => {
        show(result);
        pendingRef.current = result.pending === true;
        busyRef.current = false;
        if (!lineRef.current.line) lineRef.current = emptyLine(shell.history.current.length);
        freshPrompt(prompt());
        if (lineRef.current.line) redraw(lineRef.current);
        const queued = queueRef.current;
        queueRef.current = '';
        if (queued) onDataRef.current(queued);
      });
    },
    [show, log, redraw, paint, freshPrompt, shell],
  );

  const onData = useCallback(
    (data: string) => {
      if (!interactive) return;
      if (busyRef.current && queueRef.current) {
        queueRef.current += data;
        return;
      }
      const { state, action } = editLine(lineRef.current, data, shell.history.current);
      lineRef.current = state;
      if (action.type === 'redraw') redraw(state);
      if (action.type === 'cancel') {
        // Ctrl-C drops the line and any open heredoc, as bash does.
        const dropped = pendingRef.current;
        pendingRef.current = false;
        queueRef.current = '';
        xterm.current?.write('^C\r\n');
        if (dropped) {
          log('^C\n');
          void shell.run('', true);
        }
        freshPrompt(PROMPT);
      }
      if (action.type === 'clear') {
        xterm.current?.clear();
        rowRef.current = 0;
        redraw(state);
      }
      if (action.type === 'complete')
        void shell.complete(state.line.slice(0, state.cursor)).then(({ replaceFrom, candidates }) => {
          if (lineRef.current !== state) return; // typed on meanwhile
          if (candidates.length === 1) {
            const line = state.line.slice(0, replaceFrom) + candidates[0] + ' ' + state.line.slice(state.cursor);
            lineRef.current = { ...state, line, cursor: replaceFrom + candidates[0].length + 1 };
            redraw(lineRef.current);
          } else if (candidates.length > 1) {
            xterm.current?.write(`\r\n${terminalSafe(candidates.join('  '))}\r\n`);
            rowRef.current = 0;
            redraw(state);
          }
        });
      if (action.type === 'submit') {
        submit(action.line);
        if (action.rest) {
          if (busyRef.current) queueRef.current += action.rest;
          else onDataRef.current(action.rest);
        }
      }
    },
    [interactive, redraw, submit, freshPrompt, shell],
  );
  onDataRef.current = onData;

  const player = useDemoPlayer({
    steps: demo?.steps ?? [],
    lang,
    write: (text) => xterm.current?.write(text),
    run: (command) => {
      log(`$ ${command}\n`);
      return execute(command);
    },
    narrate: (text) => log(`» ${text}\n`),
    record: (text) => log(text),
    addFile: (name, text) => shell.addFile(name, text),
    prompt: () => freshPrompt(PROMPT),
    reset: () => {
      shell.reset();
      pendingRef.current = false;
      xterm.current?.clear();
      setTranscript([]);
    },
  });

  useEffect(() => {
    if (interactive) freshPrompt(PROMPT);
  }, [interactive, freshPrompt]);

  return (
    <div className="terminal-panel">
      {demo ? (
        <DemoControls
          lang={lang}
          title={demo.title[lang]}
          steps={demo.steps.length}
          player={player}
          interactive={interactive}
          setInteractive={setInteractive}
          focusTerminal={() => xterm.current?.focus()}
        />
      ) : null}
      {player.narration ? (
        <p className="narration" aria-live="polite" data-testid="narration">
          <InlineMarkdown text={player.narration} />
        </p>
      ) : null}
      <div className="terminal" data-testid="terminal" data-mode={interactive ? 'interactive' : 'demo'}>
        <XtermView ref={xterm} onData={onData} label={label} />
      </div>
      <div className="terminal-tools">
        <button type="button" className="link-button" aria-expanded={showTranscript} onClick={() => setShowTranscript((v) => !v)}>
          {t(lang, 'transcript')}
        </button>
        {interactive ? (
          <span className="muted small">
            <InlineMarkdown text={t(lang, 'terminalHelp')} />
          </span>
        ) : null}
      </div>
      {showTranscript ? (
        <pre className="transcript" data-testid="transcript" tabIndex={0} aria-label={t(lang, 'transcript')}>
          {transcript.join('')}
        </pre>
      ) : null}
      {interactive ? (
        <form
          className="terminal-input"
          onSubmit={(e) => {
            e.preventDefault();
            const input = e.currentTarget.elements.namedItem('cmd') as HTMLInputElement;
            if (!input.value.trim() && !pendingRef.current) return;
            submit(input.value);
            input.value = '';
          }}
        >
          <label className="visually-hidden" htmlFor={`cmd-${label}`}>
            {t(lang, 'commandInput')}
          </label>
          <input id={`cmd-${label}`} name="cmd" autoComplete="off" spellCheck={false} placeholder={t(lang, 'commandPlaceholder')} />
          <button type="submit" className="button secondary">
            {t(lang, 'runCommand')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
