'use client';
// The interactive blocks of a lesson, each behind its own LazyHydrate. They import the block
// from this client module (not as children from the server component) so the server renders
// each boundary in place in the HTML. The blocks' code (the exercise, its goal list and editor,
// the demo's terminal, the views, and the words they use) is a separate chunk, fetched when
// the first block is wanted (React.lazy inside the block's Suspense boundary): loading a
// lesson page fetches and runs only the gate.
import { lazy, useEffect } from 'react';
import { LazyHydrate } from './LazyHydrate';
import { afterLoad } from './afterLoadIdle';
import { checkEarly } from './lab/firstCheck';
// The exercise's server HTML uses these styles (its "break it" panel) before its code arrives.
import './views/views.css';
import { ExerciseStatic, type ExerciseStaticWords } from './lab/ExerciseStatic';
import type { ExerciseProps } from './lab/Exercise';
import type { DemoBlockProps } from './terminal/DemoBlock';
import type { LessonViewBlockProps } from './views/LessonViewBlock';

const loadExercise = () => import('./lab/Exercise');
const Exercise = lazy(() => loadExercise().then((m) => ({ default: m.Exercise })));
const DemoBlock = lazy(() => import('./terminal/DemoBlock').then((m) => ({ default: m.DemoBlock })));
const LessonViewBlock = lazy(() => import('./views/LazyLessonViewBlock').then((m) => ({ default: m.LazyLessonViewBlock })));

/**
 * An exercise block. The page's first exercise (`checkFirst`) is checked as soon as the page has
 * loaded (the page worker starts then, not when the block hydrates), and its code is fetched, so
 * its verdict is ready, or nearly, when it hydrates.
 */
export function LazyExercise({ hydrateId, checkFirst, ...props }: ExerciseProps & { hydrateId: string; checkFirst?: boolean }) {
  const { exercise, storageKey } = props;
  useEffect(() => {
    if (!checkFirst) return;
    return afterLoad(() => {
      checkEarly(exercise, storageKey);
      void loadExercise();
    });
  }, [checkFirst, exercise, storageKey]);
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
      <LessonViewBlock {...props} />
    </LazyHydrate>
  );
}

/**
 * The exercise as plain HTML inside `<noscript>`, for a page read without JavaScript. A client
 * component on purpose: it takes the same exercise object as the block beside it, so the page's
 * RSC payload carries that object once (a reference the second time) instead of the static
 * exercise's whole markup again (38 kB of the capstone's 146 kB payload). The browser never
 * renders a `<noscript>`'s children (React treats them as its text), so they are only rendered on
 * the server.
 */
export function ExerciseNoscript({
  lang,
  exercise,
  descriptionHtml,
  words,
}: Pick<ExerciseProps, 'lang' | 'exercise' | 'descriptionHtml'> & { words: ExerciseStaticWords }) {
  return (
    <noscript>
      {typeof window === 'undefined' ? <ExerciseStatic lang={lang} exercise={exercise} descriptionHtml={descriptionHtml} words={words} /> : null}
    </noscript>
  );
}
