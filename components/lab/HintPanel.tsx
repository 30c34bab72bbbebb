'use client';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { LocalizedText } from '@/lib/lesson';
import { InlineMarkdown } from './InlineMarkdown';

/** Hints revealed one at a time, from a nudge to near the answer. */
export function HintPanel({ lang, hints, shown, onReveal }: { lang: Lang; hints: LocalizedText[]; shown: number; onReveal: () => void }) {
  if (hints.length === 0) return null;
  const left = hints.length - shown;
  return (
    <div className="hint-panel">
      {shown > 0 ? (
        <ol className="hints" aria-live="polite">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>
              <InlineMarkdown text={hint[lang]} />
            </li>
          ))}
        </ol>
      ) : null}
      {left > 0 ? (
        <button type="button" className="button secondary" onClick={onReveal} data-testid="show-hint">
          {shown === 0 ? t(lang, 'showHint') : t(lang, 'nextHint')}{' '}
          <span className="muted">
            ({left} {t(lang, 'hintsLeft')})
          </span>
        </button>
      ) : (
        <p className="muted small">{t(lang, 'noMoreHints')}</p>
      )}
    </div>
  );
}
