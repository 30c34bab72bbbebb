'use client';
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/dictionary';
import { hydrateProgress, useProgress } from '@/lib/state/progress';

/** Progress of one lesson on the course map, from the saved exercise results. */
export function LessonProgressBadge({ lesson, exercises, lang }: { lesson: string; exercises: string[]; lang: Lang }) {
  const [ready, setReady] = useState(false);
  const saved = useProgress((s) => s.exercises);
  useEffect(() => {
    void Promise.resolve(hydrateProgress()).then(() => setReady(true));
  }, []);
  if (!ready || exercises.length === 0) return null;
  const done = exercises.filter((id) => saved[`${lesson}/${id}`]?.completed).length;
  const started = exercises.some((id) => saved[`${lesson}/${id}`]);
  if (done === exercises.length)
    return (
      <span className="badge done" data-testid="lesson-progress">
        ✓ {t(lang, 'lessonDone')}
      </span>
    );
  if (!started) return null;
  return (
    <span className="badge started" data-testid="lesson-progress">
      {done}/{exercises.length} {t(lang, 'exercisesDone')}
    </span>
  );
}
