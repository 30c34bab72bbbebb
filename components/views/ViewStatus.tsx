'use client';
import type { Lang } from '@/lib/i18n/languages';
import type { WorldAnswer } from '../world/useWorld';
import { describeIncident } from '../world/words';

/** What a view says while the page worker works on it, or when it had to stop. */
export function ViewStatus({ lang, answer }: { lang: Lang; answer: WorldAnswer<unknown> }) {
  if (answer.incident)
    return (
      <p className="view-note view-error" role="alert" data-testid="view-stopped">
        {describeIncident(answer.incident, lang)}
      </p>
    );
  if (answer.error)
    return (
      <p className="view-note view-error" role="alert">
        {answer.error}
      </p>
    );
  if (answer.pending && !answer.answer)
    return (
      <p className="view-note muted" aria-busy="true">
        {lang === 'es' ? 'Calculando…' : 'Working…'}
      </p>
    );
  return null;
}
