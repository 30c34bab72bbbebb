import type { Lang } from '../i18n/languages';
import type { WorkshopCourse } from './course';
import type { ExerciseGrade } from './grade';
import type { RosterEntry } from './roster';

const HEADERS: Record<Lang, string[]> = {
  en: ['learner', 'source', 'course version', 'exercise', 'lesson', 'status', 'failing goals', 'hints used', 'last edited'],
  es: ['participante', 'origen', 'versión del curso', 'ejercicio', 'lección', 'estado', 'objetivos que fallan', 'pistas usadas', 'última edición'],
};

const EVENT_STATUS: Record<Lang, [string, string]> = { en: ['solved', 'not solved'], es: ['resuelto', 'sin resolver'] };

/** One row per challenge of an event block (flags re-checked), keyed `event:<id>/<challenge>`. */
function eventRows(entry: RosterEntry, course: WorkshopCourse, lang: Lang): string[][] {
  const result = entry.eventResult;
  if (!result) return [];
  return result.challenges.map((c) => {
    const title = course.challenges?.find((x) => x.id === c.id)?.title[lang] ?? c.id;
    return [
      entry.learner,
      entry.source,
      entry.courseVersion,
      `event:${result.eventId}/${c.id}`,
      title,
      EVENT_STATUS[lang][c.solved ? 0 : 1],
      '',
      String(c.hintsUsed),
      c.solvedAt ?? '',
    ];
  });
}

const STATUS: Record<Lang, Record<ExerciseGrade['status'] | 'not-started', string>> = {
  en: { passed: 'passed', failing: 'failing', error: 'not graded', 'not-started': 'not started' },
  es: { passed: 'aprobado', failing: 'falla', error: 'sin calificar', 'not-started': 'sin empezar' },
};

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text a spreadsheet
 * would run as a formula (a learner named `=HYPERLINK(...)`) is prefixed with `'` (OWASP CSV injection).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The roster as CSV: one row per learner and exercise of the course, in course order. */
export function rosterCsv(entries: RosterEntry[], course: WorkshopCourse, lang: Lang): string {
  const rows = [HEADERS[lang]];
  for (const entry of entries) {
    for (const { key, lesson } of course.exercises) {
      const grade = entry.grades[key];
      const status = STATUS[lang][grade?.status ?? 'not-started'];
      const failing = grade?.status === 'failing' ? grade.failing.join(' ') : '';
      rows.push([entry.learner, entry.source, entry.courseVersion, key, lesson[lang], status, failing, String(grade?.hintsUsed ?? 0), grade?.lastEdited ?? '']);
    }
    rows.push(...eventRows(entry, course, lang));
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
