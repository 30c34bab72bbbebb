'use client';
import { Suspense } from 'react';
import type { Diagnostic } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { InlineCode } from './GoalList';
import { useWords } from '../i18n/useWords';

type Jump = (line: number, column: number) => void;

/** The simulator's diagnostics for the current file as a list (also the accessible alternative to markers). */
export function DiagnosticList({ lang, file, diagnostics, onJump }: { lang: Lang; file: string; diagnostics: Diagnostic[]; onJump: Jump }) {
  const shown = diagnostics.filter((d) => d.severity !== 'info' || diagnostics.length < 6);
  return (
    <div className="diagnostics" aria-live="polite">
      <p className="diagnostics-title">
        {t(lang, 'problems')} · {file}
      </p>
      {shown.length === 0 ? (
        <p className="muted small">{t(lang, 'noProblems')}</p>
      ) : (
        // The list waits for the page language's catalog (loaded with the page's first answer).
        <Suspense fallback={null}>
          <Diagnostics lang={lang} shown={shown} onJump={onJump} />
        </Suspense>
      )}
    </div>
  );
}

function Diagnostics({ lang, shown, onJump }: { lang: Lang; shown: Diagnostic[]; onJump: Jump }) {
  const words = useWords(lang);
  return (
    <ul>
      {shown.map((d, i) => (
        <li
          key={i}
          className={`diagnostic diagnostic-${d.severity}`}
          data-testid="diagnostic"
          data-line={d.line}
          data-column={d.column}
          data-severity={d.severity}
        >
          <button type="button" className="link-button" onClick={() => onJump(d.line, d.column)}>
            {t(lang, 'line')} {d.line}, {t(lang, 'column')} {d.column}
          </button>{' '}
          <span className="diagnostic-severity">
            {t(lang, d.severity === 'error' ? 'severityError' : d.severity === 'warning' ? 'severityWarning' : 'severityInfo')}
          </span>
          : <InlineCode text={words.textOf(d)} />
        </li>
      ))}
    </ul>
  );
}
