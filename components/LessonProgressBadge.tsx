'use client';
import type { Lang } from '@/lib/i18n/languages';

/** Progress of one lesson on the course map (filled in by the progress store). */
export function LessonProgressBadge(_: { lesson: string; lang: Lang }) {
  return null;
}
