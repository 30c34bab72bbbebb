'use client';
import { memo, Suspense, useId } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { Goal, GoalResult, SourcePointer } from '@/lib/lesson';
import { InlineMarkdown } from './InlineMarkdown';
import { useWords } from '../i18n/useWords';
import { useRevealInSteps } from './revealInSteps';
import { useGoalAnnouncement } from './goalAnnouncement';

/** Goal explanations rendered per task when a verdict first shows (each adds a few elements). */
const DETAILS_PER_STEP = 8;

/** Plain text with `code` spans (the simulator's words use backticks for names and fields). */
export function InlineCode({ text }: { text: string }) {
  return <InlineMarkdown text={text} />;
}

interface Props {
  lang: Lang;
  goals: Goal[];
  results: GoalResult[] | null;
  onJump: (source: SourcePointer) => void;
  /** A file does not parse: results are not trustworthy and are shown as not checked. */
  stale?: boolean;
  /** Phones: failing details start collapsed. */
  compact?: boolean;
}

function JumpButton({ lang, source, label, onJump }: { lang: Lang; source: SourcePointer; label?: string; onJump: (s: SourcePointer) => void }) {
  return (
    <button type="button" className="link-button goal-jump" onClick={() => onJump(source)}>
      {label ?? `${t(lang, 'goToLine')} ${source.line} (${source.file})`}
    </button>
  );
}

/**
 * A goal's why, fix, links and trace, rendered from the result's messages in the learner's
 * language only, when shown (the worker posts codes; the page loads its language's catalog only).
 */
function GoalDetail({ lang, result, onJump, open }: { lang: Lang; result: GoalResult; onJump: (s: SourcePointer) => void; open: boolean }) {
  const { render } = useWords(lang);
  return (
    <details className="goal-detail" open={open}>
      <summary>{t(lang, 'whyLabel')}</summary>
      <p className="goal-why">
        <InlineCode text={render(result.explanation)} />
      </p>
      {result.fix ? (
        <p className="goal-fix">
          <strong>{t(lang, 'fixLabel')}:</strong> <InlineCode text={render(result.fix)} />
        </p>
      ) : null}
      <p className="goal-links">
        {result.source && result.source.file ? <JumpButton lang={lang} source={result.source} onJump={onJump} /> : null}
        {(result.links ?? []).map((link, i) => (
          <JumpButton key={i} lang={lang} source={link.source} label={`${render(link.label)} · ${t(lang, 'line')} ${link.source.line}`} onJump={onJump} />
        ))}
      </p>
      {result.trace ? (
        <details className="goal-trace">
          <summary>{t(lang, 'traceLabel')}</summary>
          <pre className="goal-trace-text" tabIndex={0}>
            {render(result.trace)}
          </pre>
        </details>
      ) : null}
    </details>
  );
}

type GoalStatus = 'pass' | 'fail' | 'stale' | 'pending';
const STATE_WORD = { pass: 'goalPass', fail: 'goalFail', stale: 'goalStale', pending: 'goalPending' } as const;

/** The goal's state in words: shown for goals not checked (pending, stale), said for every goal. */
function GoalState({ lang, status }: { lang: Lang; status: GoalStatus }) {
  const shown = status === 'pending' || status === 'stale';
  return (
    <>
      <span className="visually-hidden">: </span>
      <span className={shown ? 'goal-state' : 'visually-hidden'}>{t(lang, STATE_WORD[status])}</span>
    </>
  );
}

/**
 * Each goal with pass or fail, why, what to change and a jump to the responsible line. Memoized:
 * a keystroke re-renders the exercise, not its goals (they change when a verdict arrives).
 */
export const GoalList = memo(function GoalList({ lang, goals, results, onJump, stale, compact }: Props) {
  // A first verdict on a long list (the capstone: 66 goals) adds every goal's explanation: a few
  // per task, so no one commit and layout adds them all (the statuses all show at once).
  const detailed = useRevealInSteps(results && !stale ? goals.length : 0, DETAILS_PER_STEP);
  const announcement = useGoalAnnouncement(lang, goals, results, stale);
  const idBase = useId();
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="goal-announcement">
        {announcement}
      </p>
      <ol className="goal-list">
        {goals.map((goal, index) => {
          const result = results?.find((r) => r.id === goal.id);
          const status: GoalStatus = stale ? 'stale' : result ? (result.pass ? 'pass' : 'fail') : 'pending';
          const headId = `${idBase}-${index}`;
          return (
            <li key={goal.id} className={`goal goal-${status}`} data-testid="goal" data-goal-id={goal.id} data-status={status} aria-labelledby={headId}>
              <div className="goal-head" id={headId}>
                <span className="goal-icon" aria-hidden="true">
                  {status === 'pass' ? '✓' : status === 'fail' ? '✗' : '…'}
                </span>
                <span className="goal-text">{goal.text[lang]}</span>
                <GoalState lang={lang} status={status} />
              </div>
              {result && !stale && index < detailed ? (
                <Suspense fallback={null}>
                  <GoalDetail lang={lang} result={result} onJump={onJump} open={!result.pass && !compact} />
                </Suspense>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
});
