'use client';
import dynamic from 'next/dynamic';
import type { LessonViewBlockProps } from './LessonViewBlock';
import { useNearScreen } from '../useNearScreen';

const Placeholder = () => <p className="muted small">…</p>;

// The views and their code load only on pages that embed one, and only once the view is wanted.
const LessonViewBlock = dynamic(() => import('./LessonViewBlock').then((m) => m.LessonViewBlock), {
  ssr: false,
  loading: Placeholder,
});

/**
 * A lesson's view: its code, its world's first answer and its tables (hundreds of elements) come
 * when it nears the screen, or when a pointer or the focus reaches it, not when its block
 * hydrates at idle: a view nobody scrolled to costs the page no render and no layout.
 */
export function LazyLessonViewBlock(props: LessonViewBlockProps) {
  const { ref, near, wake } = useNearScreen<HTMLDivElement>();
  return (
    <div ref={ref} className="lesson-view-slot" onFocus={near ? undefined : wake} onPointerOver={near ? undefined : wake}>
      {near ? <LessonViewBlock {...props} /> : <Placeholder />}
    </div>
  );
}
