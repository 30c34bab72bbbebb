'use client';
import { useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { ta } from '@/lib/i18n/attack';
import { useWorldAnswer } from '../world/useWorld';
import { ViewStatus } from './ViewStatus';
import { Heading } from './Heading';
import { InlineMarkdown } from '../lab/InlineMarkdown';
import './views.css';

export interface BreakItPanelProps {
  lang: Lang;
  worldId: string;
  /** Appends YAML to the file the learner edits; the panel names it. */
  onAdd?: (yaml: string) => void;
  addTarget?: string;
  headingLevel?: number;
}

/**
 * "Try to break it": asks the page worker for the smallest witnesses that the world allows more
 * than the brief, and lets the learner add one to the world with one click and watch the verdict.
 */
export function BreakItPanel({ lang, worldId, onAdd, addTarget, headingLevel = 3 }: BreakItPanelProps) {
  const [asked, setAsked] = useState(0);
  const [notice, setNotice] = useState('');
  const answer = useWorldAnswer(worldId, asked > 0 ? { type: 'counterexamples', lang } : null);
  const items = answer.answer?.items ?? null;
  const add = (yaml: string) => {
    onAdd?.(yaml);
    setNotice(ta(lang, 'breakAdded', { file: addTarget ?? '' }));
  };
  const copy = (yaml: string) => {
    void navigator.clipboard?.writeText(yaml).then(
      () => setNotice(ta(lang, 'breakCopied')),
      () => undefined,
    );
  };
  return (
    <div className="break-it" data-testid="break-it">
      <Heading level={headingLevel}>{ta(lang, 'breakTitle')}</Heading>
      <p className="muted small">{ta(lang, 'breakIntro')}</p>
      <button
        type="button"
        className="button secondary"
        data-testid="break-it-run"
        onClick={() => {
          setAsked((n) => n + 1);
          setNotice('');
        }}
      >
        {ta(lang, 'breakRun')}
      </button>
      {asked > 0 ? <ViewStatus lang={lang} answer={answer} /> : null}
      {items && items.length === 0 ? <p data-testid="break-it-none">✔ {ta(lang, 'breakNone')}</p> : null}
      {items && items.length > 0 ? (
        <ul className="break-it-list" data-testid="break-it-list">
          {items.map((item) => (
            <li key={item.text} data-kind={item.kind}>
              <p>
                ⚠ <InlineMarkdown text={item.text} />
              </p>
              {item.yaml ? (
                <>
                  <pre tabIndex={0}>
                    <code>{item.yaml}</code>
                  </pre>
                  {onAdd ? (
                    <button type="button" className="button small" onClick={() => add(item.yaml)} data-testid="break-it-add">
                      {addTarget ? ta(lang, 'breakAddTo', { file: addTarget }) : ta(lang, 'breakAdd')}
                    </button>
                  ) : null}
                  <button type="button" className="button secondary small" onClick={() => copy(item.yaml)}>
                    {ta(lang, 'breakCopy')}
                  </button>
                </>
              ) : (
                <p className="muted small">{ta(lang, 'breakRequestOnly')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="muted small">
        {notice}
      </p>
    </div>
  );
}
