import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import type { Words } from '@/lib/event/types';
import './event.css';

/** On a lesson page: the event challenges that abuse the mistake this lesson teaches to fix. */
export function TryTheAttack({ lang, challenges }: { lang: Lang; challenges: { id: string; title: Words; summary: Words }[] }) {
  if (challenges.length === 0) return null;
  return (
    <aside className="try-attack" aria-labelledby="try-attack-title" data-testid="try-the-attack">
      <h2 id="try-attack-title">{te(lang, 'tryTheAttack')}</h2>
      <p className="small">{te(lang, 'tryTheAttackLead')}</p>
      <ul>
        {challenges.map((c) => (
          <li key={c.id}>
            <a href={`/${lang}/event/#${c.id}`}>{c.title[lang]}</a>: {c.summary[lang]}
          </li>
        ))}
      </ul>
    </aside>
  );
}
