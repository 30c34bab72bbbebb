import type { GoalLink, LessonMessage, SourcePointer } from '../types';

/** What an explainer adds to a failing goal. */
export interface Explained {
  /** A short sentence replacing (summary) or added to (detail) the simulator's explanation. */
  summary?: LessonMessage;
  detail?: LessonMessage;
  fix?: LessonMessage;
  source?: SourcePointer;
  /** The full trace, shown one click away. */
  trace?: LessonMessage;
  links?: GoalLink[];
}
