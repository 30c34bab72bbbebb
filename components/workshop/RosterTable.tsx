'use client';
import { useMemo, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';
import type { WorkshopCourse } from '@/lib/workshop/course';
import { hintsCount, lastActivity, passedCount, sortRoster, type RosterColumn, type RosterEntry } from '@/lib/workshop/roster';
import { formatTime, GradeCell, hintsText } from './GradeCell';

interface Props {
  lang: Lang;
  course: WorkshopCourse;
  entries: RosterEntry[];
}

type Direction = 'ascending' | 'descending';
const same = (a: RosterColumn, b: RosterColumn) => JSON.stringify(a) === JSON.stringify(b);

function SortHeader({
  lang,
  column,
  sort,
  onSort,
  children,
  title,
}: {
  lang: Lang;
  column: RosterColumn;
  sort: { column: RosterColumn; direction: Direction };
  onSort: (c: RosterColumn) => void;
  children: React.ReactNode;
  title?: string;
}) {
  const active = same(column, sort.column);
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} title={title}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {children}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}</span>
        {active && <span className="visually-hidden">, {tw(lang, sort.direction === 'ascending' ? 'sortAscending' : 'sortDescending')}</span>}
      </button>
    </th>
  );
}

function LearnerCell({ lang, entry, course }: { lang: Lang; entry: RosterEntry; course: WorkshopCourse }) {
  const other = entry.courseVersion !== course.courseVersion;
  return (
    <th scope="row" className="roster-learner">
      <span className="learner-name">{entry.learner || tw(lang, 'noName')}</span>
      <span className="grade-detail">{entry.source}</span>
      <span className={`grade-detail${other ? ' version-other' : ''}`}>
        {other
          ? `⚠ ${tw(lang, 'versionOther', { graded: course.courseVersion, submitted: entry.courseVersion })}`
          : tw(lang, 'versionSame', { version: entry.courseVersion })}
      </span>
      {entry.unknown.length > 0 && (
        <span className="grade-detail">{tw(lang, 'unknownExercises', { n: entry.unknown.length, keys: entry.unknown.slice(0, 5).join(', ') })}</span>
      )}
    </th>
  );
}

function EventCell({ lang, entry }: { lang: Lang; entry: RosterEntry }) {
  const r = entry.eventResult;
  if (!r) return <span className="grade grade-none">–</span>;
  return (
    <>
      <span className="grade">{tw(lang, 'eventSummary', { score: r.score, max: r.max, solved: r.solved, total: r.challenges.length })}</span>
      <span className="grade-detail">{tw(lang, 'eventNamed', { id: r.eventId })}</span>
    </>
  );
}

/** The roster: learners × the exercises anyone submitted, sortable by every column (buttons in the headers). */
export function RosterTable({ lang, course, entries }: Props) {
  const [sort, setSort] = useState<{ column: RosterColumn; direction: Direction }>({ column: 'learner', direction: 'ascending' });
  const columns = useMemo(() => course.exercises.filter((e) => entries.some((entry) => Object.hasOwn(entry.grades, e.key))), [course, entries]);
  const rows = useMemo(() => sortRoster(entries, sort.column, sort.direction), [entries, sort]);
  const onSort = (column: RosterColumn) =>
    setSort((s) => ({ column, direction: same(s.column, column) && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const total = course.exercises.length;
  const withEvent = entries.some((e) => e.eventResult);
  return (
    <div className="roster-scroll" role="region" aria-label={tw(lang, 'rosterCaption')} tabIndex={0}>
      <table className="roster-table">
        <caption>{tw(lang, 'rosterCaption')}</caption>
        <thead>
          <tr>
            <SortHeader lang={lang} column="learner" sort={sort} onSort={onSort}>
              {tw(lang, 'learner')}
            </SortHeader>
            <SortHeader lang={lang} column="passed" sort={sort} onSort={onSort}>
              {tw(lang, 'passed')}
            </SortHeader>
            <SortHeader lang={lang} column="hints" sort={sort} onSort={onSort}>
              {tw(lang, 'hints')}
            </SortHeader>
            <SortHeader lang={lang} column="lastActivity" sort={sort} onSort={onSort}>
              {tw(lang, 'lastActivity')}
            </SortHeader>
            {withEvent && (
              <SortHeader lang={lang} column="event" sort={sort} onSort={onSort}>
                {tw(lang, 'eventColumn')}
              </SortHeader>
            )}
            {columns.map((e) => (
              <SortHeader key={e.key} lang={lang} column={{ exercise: e.key }} sort={sort} onSort={onSort} title={`${e.lesson[lang]} · ${e.key}`}>
                {e.definition.title[lang]}
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <tr key={entry.id} data-learner={entry.learner}>
              <LearnerCell lang={lang} entry={entry} course={course} />
              <td className="roster-number">
                {passedCount(entry)}/{total}
              </td>
              <td className="roster-number">{hintsText(lang, hintsCount(entry))}</td>
              <td>{formatTime(lang, lastActivity(entry))}</td>
              {withEvent && (
                <td data-testid="event-cell">
                  <EventCell lang={lang} entry={entry} />
                </td>
              )}
              {columns.map((e) => (
                <td key={e.key} data-exercise={e.key}>
                  <GradeCell lang={lang} grade={entry.grades[e.key]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
