import type { Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';
import type { RosterEntry, RosterFailure } from '@/lib/workshop/roster';
import { describeSubmissionProblem } from '@/lib/workshop/submissionWords';

/** Files that could not be graded (each with its own reason), and parts left out of graded ones. */
export function RosterProblems({ lang, failures, entries }: { lang: Lang; failures: RosterFailure[]; entries: RosterEntry[] }) {
  return (
    <>
      {failures.length > 0 && (
        <section className="roster-failures" aria-labelledby="roster-failures">
          <h2 id="roster-failures">{tw(lang, 'fileProblems')}</h2>
          <ul>
            {failures.map((f) => (
              <li key={f.id} data-source={f.source}>
                <strong>{f.source}</strong>: {f.problems.map((p) => describeSubmissionProblem(p, lang)).join('; ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entries.some((e) => e.problems.length > 0) && (
        <ul className="roster-partial">
          {entries
            .filter((e) => e.problems.length > 0)
            .map((e) => (
              <li key={e.id}>
                {tw(lang, 'partProblems', { source: e.source })}:{' '}
                {e.problems
                  .slice(0, 5)
                  .map((p) => describeSubmissionProblem(p, lang))
                  .join('; ')}
                {e.problems.length > 5 ? ` (+${e.problems.length - 5})` : ''}
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
