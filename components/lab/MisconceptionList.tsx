'use client';
import { render } from '@/lib/i18n/messages';
import { memo } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { MisconceptionHit, SourcePointer } from '@/lib/lesson';
import { InlineMarkdown } from './InlineMarkdown';

/** The misconception detectors that fired on the learner's files, each with its fix and place. */
export const MisconceptionList = memo(function MisconceptionList({
  lang,
  hits,
  onJump,
  compact,
}: {
  lang: Lang;
  hits: MisconceptionHit[];
  onJump: (s: SourcePointer) => void;
  compact?: boolean;
}) {
  if (hits.length === 0) return null;
  return (
    <details className="traps" open={!compact} data-testid="misconceptions">
      <summary>
        {t(lang, 'trapsTitle')} ({hits.length})
      </summary>
      <ul>
        {hits.map((hit, i) => (
          <li key={`${hit.id}-${i}`} className="trap" data-testid="misconception" data-misconception-id={hit.id}>
            <p>
              <InlineMarkdown text={render(lang, hit.explanation)} />
            </p>
            <p>
              <strong>{t(lang, 'trapFix')}:</strong> <InlineMarkdown text={render(lang, hit.fix)} />
            </p>
            {hit.source ? (
              <button type="button" className="link-button" onClick={() => onJump(hit.source!)}>
                {t(lang, 'goToLine')} {hit.source.line} ({hit.source.file})
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
});
