'use client';
import { useEffect, useMemo, useState } from 'react';
import { createCluster, parseManifests, type KubeObject } from '@/lib/sim';
import type { ExerciseDefinition } from '@/lib/lesson';
import type { Lang } from '@/lib/i18n/languages';
import { tf } from '@/lib/i18n/views';
import { hydrateProgress, useProgress } from '@/lib/state/progress';
import { lessonViewDefaults } from './lessonDefaults';
import { ViewOnObjects, type ViewKind } from './ViewOnObjects';

export interface LessonViewBlockProps {
  lang: Lang;
  view: ViewKind;
  exercise: ExerciseDefinition;
  /** The exercise's progress key (`track/lesson/exercise`): the view follows the learner's saved files. */
  storageKey: string;
}

/**
 * A view embedded in a lesson (`::traffic-view{exercise="id"}`), bound to an exercise: it
 * shows the exercise's world plus the learner's current files, live as they edit.
 */
export function LessonViewBlock({ lang, view, exercise, storageKey }: LessonViewBlockProps) {
  const [hydrated, setHydrated] = useState(false);
  const saved = useProgress((s) => s.exercises[storageKey]?.files);
  useEffect(() => { void Promise.resolve(hydrateProgress()).then(() => setHydrated(true)); }, []);
  const files = useMemo(() => ({ ...exercise.start, ...(hydrated ? saved : undefined) }), [exercise.start, saved, hydrated]);
  const objects = useMemo(() => {
    const out: KubeObject[] = [];
    if (exercise.world) out.push(...parseManifests(exercise.world.text, { file: exercise.world.file }).objects);
    for (const file of exercise.files) out.push(...parseManifests(files[file] ?? '', { file }).objects);
    return out;
  }, [exercise.world, exercise.files, files]);
  const cluster = useMemo(() => createCluster(objects), [objects]);
  const defaults = useMemo(() => lessonViewDefaults(exercise), [exercise]);
  return (
    <div role="region" aria-label={tf(lang, 'viewOfExercise', { title: exercise.title[lang] })} data-lesson-view={view} data-exercise={exercise.id}>
      <ViewOnObjects lang={lang} view={view} cluster={cluster} objects={objects} defaults={defaults} headingLevel={3} />
    </div>
  );
}
