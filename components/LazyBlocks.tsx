'use client';
// The interactive blocks of a lesson, each behind its own LazyHydrate. They import the block
// from this client module (not as children from the server component) so the server renders
// each boundary in place in the HTML, readable without JavaScript.
import { LazyHydrate } from './LazyHydrate';
import { Exercise, type ExerciseProps } from './lab/Exercise';
import { DemoBlock, type DemoBlockProps } from './terminal/DemoBlock';
import { LazyLessonViewBlock } from './views/LazyLessonViewBlock';
import type { LessonViewBlockProps } from './views/LessonViewBlock';

export function LazyExercise({ hydrateId, ...props }: ExerciseProps & { hydrateId: string }) {
  return (
    <LazyHydrate id={hydrateId}>
      <Exercise {...props} />
    </LazyHydrate>
  );
}

export function LazyDemo({ hydrateId, ...props }: DemoBlockProps & { hydrateId: string }) {
  return (
    <LazyHydrate id={hydrateId}>
      <DemoBlock {...props} />
    </LazyHydrate>
  );
}

export function LazyView({ hydrateId, ...props }: LessonViewBlockProps & { hydrateId: string }) {
  return (
    <LazyHydrate id={hydrateId}>
      <LazyLessonViewBlock {...props} />
    </LazyHydrate>
  );
}
