'use client';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import type { ChallengeHint } from '@/lib/event/types';
import { InlineMarkdown } from '../lab/InlineMarkdown';

/** Hints shown one at a time; each costs points once shown (the score says so). */
export function HintList({ lang, hints, used, onShow }: { lang: Lang; hints: ChallengeHint[]; used: number; onShow: () => void }) {
  const next = hints[used];
  return (
    <section className="event-hints" aria-label={te(lang, 'hints')}>
      <h3>{te(lang, 'hints')}</h3>
      {used > 0 ? (
        <ol className="event-hint-list">
          {hints.slice(0, used).map((hint, i) => (
            <li key={i} data-testid="event-hint">
              <span className="event-hint-cost">{te(lang, 'hintCost', { n: i + 1, cost: hint.cost })}</span> <InlineMarkdown text={hint.text[lang]} />
            </li>
          ))}
        </ol>
      ) : null}
      {next ? (
        <button type="button" className="button secondary" onClick={onShow}>
          {te(lang, 'showHint', { n: used + 1, cost: next.cost })}
        </button>
      ) : null}
    </section>
  );
}
