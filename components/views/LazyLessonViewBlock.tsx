'use client';
import dynamic from 'next/dynamic';
import type { LessonViewBlockProps } from './LessonViewBlock';

// The views run the simulator on the main thread: load them (and it) only on pages that embed one.
const LessonViewBlock = dynamic(() => import('./LessonViewBlock').then((m) => m.LessonViewBlock), {
  ssr: false,
  loading: () => <p className="muted small">…</p>,
});

export function LazyLessonViewBlock(props: LessonViewBlockProps) {
  return <LessonViewBlock {...props} />;
}
