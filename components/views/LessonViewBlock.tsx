'use client';
import { useEffect, useMemo, useState } from 'react';
import type { ExerciseDefinition } from '@/lib/lesson';
import type { Lang } from '@/lib/i18n/languages';
import { tf } from '@/lib/i18n/views';
import { hydrateProgress, useProgress } from '@/lib/state/progress';
import { lessonViewDefaults } from './lessonDefaults';
import { ViewOnObjects, type ViewKind } from './ViewOnObjects';
import { useWorldFiles } from '../world/useWorld';
import { exerciseDefinition } from '../lab/firstCheck';

export interface LessonViewBlockProps {
  lang: Lang;
  view: ViewKind;
  exercise: ExerciseDefinition;
  /** The exercise's progress key (`track/lesson/exercise`): the view follows the learner's saved files. */
  storageKey: string;
}

/**
 * A view embedded in a lesson (`::traffic-view{exercise="id"}`), bound to an exercise: it
 * shows the exercise's world plus the learner's current files, live as they edit. The world is
 * the one the exercise's checks use, held by the page worker (built once per edit).
 */
export function LessonViewBlock({ lang, view, exercise, storageKey }: LessonViewBlockProps) {
  const [hydrated, setHydrated] = useState(false);
  const saved = useProgress((s) => s.exercises[storageKey]?.files);
  useEffect(() => {
    void Promise.resolve(hydrateProgress()).then(() => setHydrated(true));
  }, []);
  const files = useMemo(() => ({ ...exercise.start, ...(hydrated ? saved : undefined) }), [exercise.start, saved, hydrated]);
  const definition = exerciseDefinition(exercise);
  const worldId = `exercise:${exercise.id}`;
  useWorldFiles(worldId, definition, files);
  const defaults = useMemo(() => lessonViewDefaults(exercise), [exercise]);
  return (
    <div role="region" aria-label={tf(lang, 'viewOfExercise', { title: exercise.title[lang] })} data-lesson-view={view} data-exercise={exercise.id}>
      <ViewOnObjects lang={lang} view={view} worldId={worldId} defaults={defaults} headingLevel={3} />
    </div>
  );
}
