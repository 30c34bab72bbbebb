// The misconception catalogue: each detector is a pattern on the learner's parsed objects,
// with an explanation and a fix as messages.
import type { KubeObject, SourceMap } from '../../sim';
import type { LessonMessage } from '../types';

/** One parsed object and where it is written. */
export interface Located {
  object: KubeObject;
  file: string;
  line: number;
  column: number;
  sourceMap: SourceMap;
}

export interface DetectContext {
  /** Objects of the learner's editable files (where detectors look for the trap). */
  mine: Located[];
  /** Every object, world included (for what the trap refers to: namespaces, pods, roles). */
  all: Located[];
}

/** A detector firing on one object: the field it is about and the words. */
export interface Fired {
  at: Located;
  path?: string;
  explanation: LessonMessage;
  fix: LessonMessage;
}

export interface Detector {
  /** Stable kebab-case id. */
  id: string;
  /** What the trap is, in a few words (for the catalogue and its docs). */
  title: LessonMessage;
  /** Also an error diagnostic in the file (the API server would refuse the object). */
  diagnostic?: boolean;
  detect(ctx: DetectContext): Fired[];
}
