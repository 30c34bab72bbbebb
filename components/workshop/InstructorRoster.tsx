'use client';
import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';
import { rosterCsv } from '@/lib/workshop/rosterCsv';
import { droppedFiles } from './droppedFiles';
import { RosterProblems } from './RosterProblems';
import { RosterTable } from './RosterTable';
import { EventResults } from '../event/EventResults';
import type { ScoringChallenge } from '@/lib/event/results';
import { linkInput } from './submissionLink';
import { fileInput, useRoster } from './useRoster';
import { useLinkInHash } from './useLinkInHash';
import './workshop.css';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The instructor page: drop or pick submission files (or a folder), or paste links; the roster re-graded in a worker. */
export function InstructorRoster({ lang, eventChallenges = [] }: { lang: Lang; eventChallenges?: ScoringChallenge[] }) {
  const roster = useRoster();
  const [links, setLinks] = useState('');
  const [over, setOver] = useState(false);
  const folder = useRef<HTMLInputElement>(null);
  const { course, entries, failures, progress } = roster;
  useLinkInHash(roster);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void droppedFiles(event.dataTransfer).then((files) => roster.add(files.map((f) => fileInput(f.file, f.path))));
  };
  const onPick = (list: FileList | null, onlyJson: boolean) => {
    const files = [...(list ?? [])].filter((f) => !onlyJson || f.name.toLowerCase().endsWith('.json'));
    roster.add(files.map((f) => fileInput(f)));
  };
  const gradeLinks = () => {
    roster.add(links.split(/\s+/).filter(Boolean).map(linkInput));
    setLinks('');
  };

  if (roster.courseError) return <p role="alert">{tw(lang, 'courseFailed', { error: roster.courseError })}</p>;
  if (!course) return <p role="status">{tw(lang, 'loadingCourse')}</p>;
  return (
    <>
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>{tw(lang, 'dropZone')}</p>
        <div className="drop-actions">
          <label className="button secondary">
            {tw(lang, 'chooseFiles')}
            <input
              type="file"
              accept=".json,application/json"
              multiple
              className="visually-hidden"
              onChange={(e) => {
                onPick(e.target.files, false);
                e.target.value = '';
              }}
              data-testid="file-input"
            />
          </label>
          <label className="button secondary">
            {tw(lang, 'chooseFolder')}
            <input
              ref={(el) => {
                folder.current = el;
                el?.setAttribute('webkitdirectory', '');
              }}
              type="file"
              multiple
              className="visually-hidden"
              onChange={(e) => {
                onPick(e.target.files, true);
                e.target.value = '';
              }}
            />
          </label>
        </div>
      </div>
      <div className="paste-links">
        <label htmlFor="submission-links">{tw(lang, 'pasteLinks')}</label>
        <textarea id="submission-links" rows={3} value={links} onChange={(e) => setLinks(e.target.value)} spellCheck={false} />
        <button type="button" className="button" onClick={gradeLinks} disabled={!links.trim()}>
          {tw(lang, 'gradeLinks')}
        </button>
      </div>
      <p className="version-note">{tw(lang, 'versionNote', { version: course.courseVersion })}</p>
      <p role="status" aria-live="polite" className="grading-status" data-testid="grading-status">
        {progress.busy
          ? tw(lang, 'grading', { done: progress.done, total: progress.total })
          : progress.files > 0
            ? tw(lang, 'gradingDone', { files: progress.files, total: progress.total })
            : ''}
      </p>
      {progress.busy && (
        <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={tw(lang, 'grading', { done: progress.done, total: progress.total })} />
      )}
      <RosterProblems lang={lang} failures={failures} entries={entries} />
      {entries.length > 0 && (
        <>
          <div className="roster-actions">
            <button
              type="button"
              className="button"
              onClick={() => download(`roster-${new Date().toISOString().slice(0, 10)}.csv`, rosterCsv(entries, course, lang), 'text/csv;charset=utf-8')}
            >
              {tw(lang, 'downloadCsv')}
            </button>
            <button type="button" className="button secondary" onClick={roster.clear}>
              {tw(lang, 'clearRoster')}
            </button>
          </div>
          <RosterTable lang={lang} course={course} entries={entries} />
          <EventResults lang={lang} entries={entries} challenges={eventChallenges} />
        </>
      )}
    </>
  );
}
