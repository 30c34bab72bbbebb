'use client';
import { useMemo } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import { flagFor, withFlag } from '@/lib/event/flag';
import type { ChallengeProgress } from '@/lib/event/types';
import { TerminalPanel } from '../terminal/TerminalPanel';
import { InlineMarkdown } from '../lab/InlineMarkdown';
import type { SessionOrigin } from '../world/protocol';
import { FlagForm, type FlagOutcome } from './FlagForm';
import { HintList } from './HintList';
import type { ChallengeView } from './types';

interface Props {
  lang: Lang;
  eventId: string;
  challenge: ChallengeView;
  progress: ChallengeProgress | undefined;
  /** Points it scored, when solved. */
  scored?: number;
  closed: boolean;
  onHint: () => void;
  onFlag: (flag: string) => FlagOutcome;
}

/** One challenge: the brief, a terminal on its cluster (as the challenge's user), hints, the flag box and the defence. */
export function ChallengePanel({ lang, eventId, challenge, progress, scored, closed, onHint, onFlag }: Props) {
  // The flag exists only at runtime, inside the simulated cluster the worker holds.
  const origin = useMemo<SessionOrigin>(() => ({ text: withFlag(challenge.world, flagFor(eventId, challenge.id)), as: challenge.start }), [challenge, eventId]);
  const solved = scored !== undefined;
  return (
    <article className="event-challenge" aria-labelledby={`challenge-${challenge.id}`} data-testid="event-challenge" data-challenge={challenge.id}>
      <header className="event-challenge-head">
        <h2 id={`challenge-${challenge.id}`}>{challenge.title[lang]}</h2>
        <span className={`event-badge${solved ? ' solved' : ''}`}>
          {solved ? `${te(lang, 'solved')} · ${scored}` : te(lang, 'points', { points: challenge.points })}
        </span>
      </header>
      <div className="event-brief prose" dangerouslySetInnerHTML={{ __html: challenge.briefHtml[lang] }} />
      <p className="event-identity">
        <InlineMarkdown text={te(lang, 'youAre', { user: challenge.start.user, namespace: challenge.start.namespace })} />
      </p>
      <TerminalPanel key={`${eventId}:${challenge.id}`} lang={lang} origin={origin} label={`${te(lang, 'terminal')}: ${challenge.title[lang]}`} />
      <FlagForm key={challenge.id} lang={lang} onSubmit={onFlag} closed={closed} solvedWith={scored} />
      <HintList lang={lang} hints={challenge.hints} used={progress?.hintsUsed ?? 0} onShow={onHint} />
      <section className="event-defence" aria-label={te(lang, 'defence')}>
        <h3>{te(lang, 'defence')}</h3>
        <p>
          <a href={`/${lang}${challenge.defence.path}`}>{te(lang, 'defenceLesson', { lesson: challenge.defence.lessonTitle[lang] })}</a>
        </p>
        {solved ? (
          <p data-testid="defence-text">
            <InlineMarkdown text={challenge.defence.text[lang]} />
          </p>
        ) : (
          <p className="muted small">{te(lang, 'defenceAfter')}</p>
        )}
      </section>
    </article>
  );
}
