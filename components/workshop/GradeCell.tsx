import type { Lang } from '@/lib/i18n/languages';
import { tw } from '@/lib/i18n/workshop';
import type { ExerciseGrade } from '@/lib/workshop/grade';

export function formatTime(lang: Lang, iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(lang === 'es' ? 'es-AR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

export function hintsText(lang: Lang, n: number): string {
  return n === 1 ? tw(lang, 'oneHint') : tw(lang, 'hintsUsed', { n });
}

function detail(lang: Lang, grade: Extract<ExerciseGrade, { status: 'failing' }>): string {
  if (grade.broken.length) return tw(lang, 'brokenYaml', { files: grade.broken.join(', ') });
  if (grade.failing.length === 0) return tw(lang, 'rejectedObjects');
  return tw(lang, 'failingGoals', { goals: grade.failing.join(', ') });
}

/** One learner × exercise cell: status as symbol and word (never colour alone), failing goals, hints, last edit. */
export function GradeCell({ lang, grade }: { lang: Lang; grade: ExerciseGrade | undefined }) {
  if (!grade) return <span className="grade grade-none">– {tw(lang, 'statusNotStarted')}</span>;
  const time = formatTime(lang, grade.lastEdited);
  return (
    <>
      {grade.status === 'passed' && <span className="grade grade-pass">✓ {tw(lang, 'statusPassed')}</span>}
      {grade.status === 'failing' && (
        <>
          <span className="grade grade-fail">✗ {tw(lang, 'statusFailing')}</span>
          <span className="grade-detail">{detail(lang, grade)}</span>
        </>
      )}
      {grade.status === 'error' && <span className="grade grade-error">⚠ {tw(lang, grade.reason === 'timeout' ? 'statusTimeout' : 'statusCrashed')}</span>}
      {grade.hintsUsed > 0 && <span className="grade-detail">{hintsText(lang, grade.hintsUsed)}</span>}
      {time && (
        <time className="grade-detail" dateTime={grade.lastEdited}>
          {time}
        </time>
      )}
    </>
  );
}
