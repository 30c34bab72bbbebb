'use client';
import { useId, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import { InlineMarkdown } from '../lab/InlineMarkdown';

export type FlagOutcome = { kind: 'right'; points: number; max: number } | { kind: 'wrong' } | { kind: 'base64' } | { kind: 'empty' };

interface Props {
  lang: Lang;
  /** Checks the flag, saves it when right, and says how it went. */
  onSubmit: (flag: string) => FlagOutcome;
  closed: boolean;
  solvedWith?: number;
}

/** The flag box: the answer is checked in the page (never against a stored verdict). */
export function FlagForm({ lang, onSubmit, closed, solvedWith }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState<FlagOutcome | null>(null);
  const message = closed
    ? te(lang, 'timeUp')
    : outcome?.kind === 'right'
      ? te(lang, 'flagRight', { points: outcome.points, max: outcome.max })
      : outcome?.kind === 'wrong'
        ? te(lang, 'flagWrong')
        : outcome?.kind === 'base64'
          ? te(lang, 'flagBase64')
          : outcome?.kind === 'empty'
            ? te(lang, 'flagEmpty')
            : solvedWith !== undefined
              ? te(lang, 'alreadySolved', { points: solvedWith })
              : '';
  const tone =
    closed || outcome?.kind === 'wrong' || outcome?.kind === 'base64' || outcome?.kind === 'empty'
      ? 'bad'
      : outcome?.kind === 'right' || solvedWith !== undefined
        ? 'good'
        : '';
  return (
    <form
      className="event-flag"
      onSubmit={(e) => {
        e.preventDefault();
        if (!closed) setOutcome(onSubmit(value));
      }}
    >
      <label htmlFor={id}>{te(lang, 'flag')}</label>
      <div className="event-flag-row">
        <input
          id={id}
          name="flag"
          type="text"
          value={value}
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          placeholder={te(lang, 'flagPlaceholder')}
          onChange={(e) => setValue(e.target.value)}
          disabled={closed}
          data-testid="flag-input"
        />
        <button type="submit" className="button" disabled={closed}>
          {te(lang, 'submitFlag')}
        </button>
      </div>
      <p role="status" className={`event-flag-result ${tone}`} data-testid="flag-result">
        <InlineMarkdown text={message} />
      </p>
    </form>
  );
}
