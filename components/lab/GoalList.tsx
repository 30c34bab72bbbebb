'use client';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { Goal, GoalResult, SourcePointer } from '@/lib/lesson';

/** Plain text with `code` spans (the simulator's words use backticks for names and fields). */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g);
  return <>{parts.map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? <code key={i}>{part.slice(1, -1)}</code> : part))}</>;
}

interface Props {
  lang: Lang;
  goals: Goal[];
  results: GoalResult[] | null;
  onJump: (source: SourcePointer) => void;
}

/** Each goal with pass or fail, why, what to change and a jump to the responsible line. */
export function GoalList({ lang, goals, results, onJump }: Props) {
  return (
    <ol className="goal-list">
      {goals.map((goal) => {
        const result = results?.find((r) => r.id === goal.id);
        const status = result ? (result.pass ? 'pass' : 'fail') : 'pending';
        return (
          <li key={goal.id} className={`goal goal-${status}`} data-testid="goal" data-goal-id={goal.id} data-status={status}>
            <div className="goal-head">
              <span className="goal-icon" aria-hidden="true">{status === 'pass' ? '✓' : status === 'fail' ? '✗' : '…'}</span>
              <span className="goal-text">{goal.text[lang]}</span>
              <span className="visually-hidden">: {status === 'pass' ? t(lang, 'goalPass') : t(lang, 'goalFail')}</span>
            </div>
            {result ? (
              <details className="goal-detail" open={!result.pass}>
                <summary>{t(lang, 'whyLabel')}</summary>
                <p className="goal-why"><InlineCode text={result.explanation[lang]} /></p>
                {result.fix ? <p className="goal-fix"><strong>{t(lang, 'fixLabel')}:</strong> <InlineCode text={result.fix[lang]} /></p> : null}
                {result.source && result.source.file ? (
                  <button type="button" className="link-button" onClick={() => onJump(result.source!)}>
                    {t(lang, 'goToLine')} {result.source.line} ({result.source.file})
                  </button>
                ) : null}
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
