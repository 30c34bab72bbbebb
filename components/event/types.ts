// What the event page hands its client components (all of it serializable, built at build time).
import type { ChallengeHint, StartIdentity, Words } from '@/lib/event/types';

export interface ChallengeView {
  id: string;
  points: number;
  title: Words;
  summary: Words;
  briefHtml: Words;
  start: StartIdentity;
  /** The world's YAML with `{{flag}}`: the page puts the event's flag in at runtime. */
  world: string;
  hints: ChallengeHint[];
  defence: { text: Words; lessonTitle: Words; path: string };
}
