'use client';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { ExerciseDefinition, MisconceptionHit, SourcePointer } from '@/lib/lesson';
import type { Diagnostic } from '@/lib/sim';
import { hydrateProgress, useProgress } from '@/lib/state/progress';
import { CodeEditor } from './CodeEditor';
import { DiagnosticList } from './DiagnosticList';
import { GoalList } from './GoalList';
import { HintPanel } from './HintPanel';
import { LabStatusLine } from './LabStatus';
import { MisconceptionList } from './MisconceptionList';
import { useNarrow } from './useNarrow';
import { clearMyVersion, loadMyVersion, saveMyVersion } from '@/lib/state/myVersion';
import { SolutionView } from './SolutionView';
import { BreakItPanel } from '../views/BreakItPanel';
import { exerciseWorldId, useLabRunner } from './useLabRunner';
import { preloadWords } from '../i18n/useWords';

const ExerciseTerminal = dynamic(() => import('../terminal/ExerciseTerminal').then((m) => m.ExerciseTerminal), { ssr: false });

const NO_HITS: MisconceptionHit[] = [];
const NO_DIAGNOSTICS: Diagnostic[] = [];

export interface ExerciseProps {
  lang: Lang;
  exercise: ExerciseDefinition;
  /** Rendered Markdown of the description, per language (build time, sanitized). */
  descriptionHtml: Record<Lang, string>;
  /** `track/lesson/exercise`, the key progress is saved under. */
  storageKey: string;
  nextHref?: string;
}

/** One exercise: goals, editor with tabs, live verdict, hints, solution, reset. */
export function Exercise({ lang, exercise, descriptionHtml, storageKey, nextHref }: ExerciseProps) {
  // The goals' why and fix, the traps and the problems are in the page's language: its catalog comes with the block.
  preloadWords(lang);
  const [hydrated, setHydrated] = useState(false);
  const saved = useProgress((s) => s.exercises[storageKey]);
  const { saveDraft, recordResult, revealHint, resetExercise } = useProgress.getState();
  const [active, setActive] = useState(exercise.files[0]);
  const [showSolution, setShowSolution] = useState(false);
  const [showTerminal, setShowTerminal] = useState(false);
  const [reveal, setReveal] = useState<{ line: number; column: number; nonce: number } | undefined>();
  const { result, status, error, incident, lastMs, sequence, check } = useLabRunner(exercise);
  const narrow = useNarrow();
  const [mine, setMine] = useState<Record<string, string> | undefined>();

  useEffect(() => {
    hydrateProgress();
    // The saved files and "my version" re-render the block once it is live: a transition, so
    // that render is sliced instead of one task right after the block's hydration.
    startTransition(() => {
      setHydrated(true);
      setMine(loadMyVersion(storageKey));
    });
  }, [storageKey]);

  const files = useMemo(() => ({ ...exercise.start, ...(hydrated ? saved?.files : undefined) }), [exercise.start, saved?.files, hydrated]);

  useEffect(() => {
    if (hydrated) check(files);
  }, [files, hydrated, check]);

  useEffect(() => {
    if (!result || status !== 'done') return;
    recordResult(
      storageKey,
      result.goals.filter((g) => g.pass).map((g) => g.id),
      result.passed,
    );
  }, [result, status, storageKey, recordResult]);

  const worldFile = exercise.world?.file;
  const tabs = [...exercise.files, ...(worldFile ? [worldFile] : [])];
  const isWorld = active === worldFile;
  const value = isWorld ? exercise.world!.text : (files[active] ?? '');
  const diagnostics = result?.diagnostics[active] ?? NO_DIAGNOSTICS;

  // Stable, so the memoized goal and trap lists skip a keystroke's re-render.
  const jump = useCallback(
    (source: SourcePointer) => {
      if (exercise.files.includes(source.file) || source.file === exercise.world?.file) setActive(source.file);
      setReveal({ line: source.line, column: source.column, nonce: Date.now() });
    },
    [exercise],
  );
  const useSolution = () => {
    if (!window.confirm(t(lang, 'useSolutionConfirm'))) return;
    const current = Object.fromEntries(exercise.files.map((f) => [f, files[f] ?? '']));
    saveMyVersion(storageKey, current);
    setMine(current);
    for (const file of exercise.files) saveDraft(storageKey, file, exercise.solution[file]);
    setShowSolution(false);
  };
  const restoreMine = () => {
    if (!mine) return;
    for (const file of exercise.files) if (mine[file] !== undefined) saveDraft(storageKey, file, mine[file]);
    clearMyVersion(storageKey);
    setMine(undefined);
  };
  const jumpToDiagnostic = (file: string, d: { line: number; column: number }) => jump({ file, line: d.line, column: d.column });
  const statusProps = { lang, status, error, incident, result, lastMs, onJump: jumpToDiagnostic };

  return (
    <div className="exercise" data-exercise-id={exercise.id} data-check-sequence={sequence}>
      <header className="exercise-head">
        <p className="eyebrow">{t(lang, 'exercise')}</p>
        <h2 className="exercise-title">{exercise.title[lang]}</h2>
        <div className="prose exercise-description" dangerouslySetInnerHTML={{ __html: descriptionHtml[lang] }} />
      </header>
      <div className="exercise-body">
        <section className="exercise-goals" aria-label={`${t(lang, 'goals')}: ${exercise.title[lang]}`}>
          <h3>{t(lang, 'goals')}</h3>
          <LabStatusLine {...statusProps} />
          {result?.passed && nextHref ? (
            <p>
              <a className="button" href={nextHref}>
                {t(lang, 'nextStep')} →
              </a>
            </p>
          ) : null}
          <GoalList lang={lang} goals={exercise.goals} results={result?.goals ?? null} onJump={jump} stale={Boolean(result?.broken?.length)} compact={narrow} />
          <MisconceptionList lang={lang} hits={result?.misconceptions ?? NO_HITS} onJump={jump} compact={narrow} />
          <HintPanel
            lang={lang}
            hints={exercise.hints}
            shown={hydrated ? (saved?.hintsShown ?? 0) : 0}
            onReveal={() => revealHint(storageKey, exercise.hints.length)}
          />
          <BreakItPanel
            lang={lang}
            worldId={exerciseWorldId(exercise)}
            headingLevel={3}
            addTarget={isWorld ? exercise.files[0] : active}
            onAdd={(yaml) => {
              const file = isWorld ? exercise.files[0] : active;
              saveDraft(storageKey, file, `${(files[file] ?? '').trimEnd()}\n---\n${yaml}`);
            }}
          />
        </section>
        <section className="exercise-editor" aria-label={`${t(lang, 'editorLabel')}: ${exercise.title[lang]}`}>
          {narrow ? <LabStatusLine {...statusProps} mirror /> : null}
          <div className="tabs" role="tablist" aria-label={t(lang, 'files')}>
            {tabs.map((file) => (
              <button
                key={file}
                type="button"
                role="tab"
                aria-selected={file === active}
                className={file === active ? 'tab active' : 'tab'}
                onClick={() => setActive(file)}
              >
                {file}
                {file === worldFile ? <span className="muted"> ({t(lang, 'readOnly')})</span> : null}
              </button>
            ))}
          </div>
          <CodeEditor
            key={`${storageKey}/${active}`}
            lang={lang}
            path={`${storageKey}/${active}`}
            value={value}
            readOnly={isWorld}
            diagnostics={diagnostics}
            onChange={(text) => {
              if (!isWorld) saveDraft(storageKey, active, text);
            }}
            reveal={reveal}
            label={`${t(lang, 'editorLabel')}: ${active}`}
          />
          <p className="muted small">{t(lang, 'editorKeyboard')}</p>
          <DiagnosticList lang={lang} file={active} diagnostics={diagnostics} onJump={(line, column) => setReveal({ line, column, nonce: Date.now() })} />
          <div className="exercise-actions">
            <button
              type="button"
              className="button secondary"
              data-testid="show-solution"
              aria-expanded={showSolution}
              onClick={() => setShowSolution((v) => !v)}
            >
              {showSolution ? t(lang, 'hideSolution') : t(lang, 'showSolution')}
            </button>
            {showSolution ? (
              <button type="button" className="button" data-testid="use-solution" onClick={useSolution}>
                {t(lang, 'useSolution')}
              </button>
            ) : null}
            {mine ? (
              <button type="button" className="button secondary" data-testid="restore-mine" onClick={restoreMine}>
                {t(lang, 'restoreMine')}
              </button>
            ) : null}
            <button
              type="button"
              className="button secondary"
              data-testid="toggle-terminal"
              aria-expanded={showTerminal}
              onClick={() => setShowTerminal((v) => !v)}
            >
              {t(lang, 'terminal')}
            </button>
            <button
              type="button"
              className="button secondary"
              data-testid="reset"
              onClick={() => {
                if (window.confirm(t(lang, 'resetConfirm'))) resetExercise(storageKey);
              }}
            >
              {t(lang, 'reset')}
            </button>
          </div>
          {showTerminal ? (
            <div className="exercise-terminal">
              <ExerciseTerminal lang={lang} worldId={exerciseWorldId(exercise)} />
            </div>
          ) : null}
          {showSolution
            ? exercise.files.map((file) => <SolutionView key={file} lang={lang} file={file} mine={files[file] ?? ''} solution={exercise.solution[file]} />)
            : null}
        </section>
      </div>
    </div>
  );
}
