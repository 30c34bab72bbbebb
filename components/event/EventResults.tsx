'use client';
import { useMemo } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { te } from '@/lib/i18n/event';
import { eventResults, type ScoringChallenge } from '@/lib/event/results';
import type { SubmissionEvent } from '@/lib/workshop/submission';
import './event.css';

interface Row {
  id: string;
  learner: string;
  event?: SubmissionEvent;
}

/** On the instructor page: the event blocks of the dropped submissions, every flag re-checked. */
export function EventResults({ lang, entries, challenges }: { lang: Lang; entries: readonly Row[]; challenges: readonly ScoringChallenge[] }) {
  const rows = useMemo(
    () => entries.flatMap((e) => (e.event ? [{ id: e.id, learner: e.learner, results: eventResults(e.event, challenges) }] : [])),
    [entries, challenges],
  );
  if (rows.length === 0 || challenges.length === 0) return null;
  return (
    <section className="event-results" aria-labelledby="event-results-title" data-testid="event-results">
      <h2 id="event-results-title">{te(lang, 'resultsTitle')}</h2>
      <p className="small">{te(lang, 'resultsLead')}</p>
      <div className="roster-scroll" role="region" aria-label={te(lang, 'resultsCaption')} tabIndex={0}>
        <table className="roster-table">
          <caption>{te(lang, 'resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{te(lang, 'learner')}</th>
              <th scope="col">{te(lang, 'eventId')}</th>
              <th scope="col">{te(lang, 'score')}</th>
              {challenges.map((c) => (
                <th scope="col" key={c.id}>
                  {c.title[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, learner, results }) => (
              <tr key={id} data-learner={learner}>
                <th scope="row">
                  {learner}
                  {results.unknown.length > 0 ? (
                    <span className="grade-detail">{te(lang, 'unknownChallenges', { ids: results.unknown.slice(0, 5).join(', ') })}</span>
                  ) : null}
                </th>
                <td>{results.eventId}</td>
                <td className="roster-number" data-testid="event-result-score">
                  {te(lang, 'scoreValue', { score: results.score, max: results.max })}
                </td>
                {results.challenges.map((r) => (
                  <td key={r.id} data-challenge={r.id} data-status={r.status}>
                    <span className={`grade ${r.status === 'solved' ? 'grade-pass' : r.status === 'wrong-flag' ? 'grade-fail' : 'grade-none'}`}>
                      {r.status === 'solved'
                        ? `✓ ${te(lang, 'points', { points: r.points })}`
                        : r.status === 'wrong-flag'
                          ? `✗ ${te(lang, 'resultWrong')}`
                          : te(lang, 'resultNone')}
                    </span>
                    {r.hintsUsed > 0 ? <span className="grade-detail">{te(lang, 'hintsUsed', { n: r.hintsUsed })}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
