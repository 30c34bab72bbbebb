import type { Lang } from '../i18n/languages';

export interface Localized<T = string> {
  en: T;
  es: T;
}

/** Front matter of a lesson file. */
export interface LessonMeta {
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  status: 'ready' | 'coming';
}

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** A lesson body split at the interactive placeholders. */
export type LessonBlock =
  | { type: 'html'; html: string }
  | { type: 'exercise'; id: string }
  | { type: 'demo'; id: string }
  | { type: 'view'; view: 'traffic-view' | 'permission-view' | 'admission-view' | 'attack-view'; exercise: string };

export interface LessonPage {
  lang: Lang;
  meta: LessonMeta;
  blocks: LessonBlock[];
  toc: TocEntry[];
}

export interface LessonRef {
  /** Track slug (folder name without `NN-`). */
  track: string;
  /** Lesson slug. */
  slug: string;
  dir: string;
  order: number;
  meta: Localized<LessonMeta>;
  /** Exercise ids (folder names under exercises/). */
  exercises: string[];
}

export interface Track {
  slug: string;
  dir: string;
  order: number;
  title: Localized;
  summary: Localized;
  lessons: LessonRef[];
}

export type DemoStep =
  | { say: Record<Lang, string> }
  | { run: string; expectFail?: boolean }
  | { apply: string; file?: string; expectFail?: boolean }
  | { pause: number }
  /** Raw terminal output from a recorded asciicast, after `delay` ms. */
  | { write: string; delay: number };

export interface DemoData {
  id: string;
  title: Record<Lang, string>;
  /** Objects the demo's cluster starts with (parsed at build time). */
  worldObjects: unknown[];
  steps: DemoStep[];
}

/** A content problem with the file and position it comes from. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'ContentError';
  }
}
