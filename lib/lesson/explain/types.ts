import type { LocalizedText } from '../../sim';
import type { GoalLink, SourcePointer } from '../types';

/** What an explainer adds to a failing goal. */
export interface Explained {
  /** A short sentence replacing (summary) or added to (detail) the simulator's explanation. */
  summary?: LocalizedText;
  detail?: LocalizedText;
  fix?: LocalizedText;
  source?: SourcePointer;
  /** The full trace, shown one click away. */
  trace?: LocalizedText;
  links?: GoalLink[];
}
