'use client';
import { memo, Suspense } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import type { MisconceptionHit, SourcePointer } from '@/lib/lesson';
import { InlineMarkdown } from './InlineMarkdown';
import { useWords } from '../i18n/useWords';

type Jump = (s: SourcePointer) => void;

/** The misconception detectors that fired on the learner's files, each with its fix and place. */
export const MisconceptionList = memo(function MisconceptionList({
  lang,
  hits,
  onJump,
  compact,
}: {
  lang: Lang;
  hits: MisconceptionHit[];
  onJump: Jump;
  compact?: boolean;
}) {
  if (hits.length === 0) return null;
  return (
    <details className="traps" open={!compact} data-testid="misconceptions">
      <summary>
        {t(lang, 'trapsTitle')} ({hits.length})
      </summary>
      {/* The list waits for the page language's catalog (loaded with the page's first answer). */}
      <Suspense fallback={null}>
        <Hits lang={lang} hits={hits} onJump={onJump} />
      </Suspense>
    </details>
  );
});

function Hits({ lang, hits, onJump }: { lang: Lang; hits: MisconceptionHit[]; onJump: Jump }) {
  const words = useWords(lang);
  return (
    <ul>
      {hits.map((hit, i) => (
        <li key={`${hit.id}-${i}`} className="trap" data-testid="misconception" data-misconception-id={hit.id}>
          <p>
            <InlineMarkdown text={words.render(hit.explanation)} />
          </p>
          <p>
            <strong>{t(lang, 'trapFix')}:</strong> <InlineMarkdown text={words.render(hit.fix)} />
          </p>
          {hit.source ? (
            <button type="button" className="link-button" onClick={() => onJump(hit.source!)}>
              {t(lang, 'goToLine')} {hit.source.line} ({hit.source.file})
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
