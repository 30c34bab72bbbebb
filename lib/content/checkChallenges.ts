/**
 * lessons:check for event mode: every challenge loads, names a lesson that exists, is solvable
 * through the simulated terminal by its scripted attack (the flag shows up), is not solvable by
 * the same attack once the defence is applied nor by any attack path from the same foothold
 * (lib/event/defenceVerdict.ts), and does not give the flag away to direct reads of the learner's
 * own identity.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { judgeDefence } from '../event/defenceVerdict';
import { runSolve } from '../event/solve';
import { challengeWorld } from '../event/world';
import type { Challenge } from '../event/types';
import { allLessons } from './course';
import { loadEventTrack, type EventTrack } from './challenges';
import type { ContentProblem } from './checkContent';
import { ContentError, type Track } from './types';

/** Direct reads that must not reveal any flag: the learner's own permissions are not enough. */
export const DIRECT_READS = [
  { run: 'kubectl get secrets -A -o yaml' },
  { run: 'kubectl get secrets -o yaml' },
  { run: 'kubectl get configmaps -A -o yaml' },
  { run: 'kubectl get configmaps -o yaml' },
  { run: 'kubectl get pods -A -o yaml' },
  { run: 'kubectl get all -A' },
];

/** What gives a flag away in an output: the flag, or a Secret value holding it as `data` shows it (base64). */
export function leakMarks(challenge: Challenge, flag: string): string[] {
  const values = challengeWorld(challenge, flag).objects.flatMap((o) => Object.values({ ...(o.stringData as object), ...(o.data as object) }));
  const holding = values.filter((v): v is string => typeof v === 'string' && v.includes(flag));
  return [flag, ...holding.map((v) => Buffer.from(v, 'utf8').toString('base64'))];
}

/** Does reading with the learner's own identity show the flag? */
export function readsFlagDirectly(challenge: Challenge, eventId: string): boolean {
  const run = runSolve(challenge, eventId, { lines: DIRECT_READS });
  const marks = leakMarks(challenge, run.flag);
  return run.steps.some((step) => marks.some((mark) => step.output.includes(mark)));
}

const CHECK_EVENT = 'lessons-check';

export function checkChallenges(root: string, course: Track[]): { problems: ContentProblem[]; challenges: number } {
  const problems: ContentProblem[] = [];
  if (!existsSync(join(root, 'event'))) return { problems, challenges: 0 };
  let track: EventTrack;
  try {
    track = loadEventTrack(root);
  } catch (error) {
    if (error instanceof ContentError)
      return { problems: [{ file: error.file, line: error.line, column: error.column, message: error.detail }], challenges: 0 };
    return { problems: [{ file: 'lessons/event', line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }], challenges: 0 };
  }
  const lessons = new Set(allLessons(course).map((l) => `${l.track}/${l.slug}`));
  for (const challenge of track.challenges) {
    const file = relative(join(root, '..'), join(root, 'event', `${String(challenge.order).padStart(2, '0')}-${challenge.id}`, 'challenge.yaml'));
    const problem = (message: string) => problems.push({ file, line: 1, column: 1, message });
    if (!lessons.has(challenge.defence.lesson)) problem(`defence.lesson ${challenge.defence.lesson} is not a lesson of the course`);
    const attack = runSolve(challenge, CHECK_EVENT);
    if (!attack.found) problem(`the scripted solve does not reach the flag; last output:\n${attack.steps.at(-1)?.output ?? ''}`);
    const verdict = judgeDefence(challenge, CHECK_EVENT);
    if (verdict.scripted) problem('the scripted solve still reaches the flag with the defence applied (defence.yaml)');
    else if (verdict.explanation) problem(verdict.explanation.en);
    if (readsFlagDirectly(challenge, CHECK_EVENT)) problem(`the learner (${challenge.start.user}) reads the flag directly: the challenge needs no attack`);
  }
  return { problems, challenges: track.challenges.length };
}
