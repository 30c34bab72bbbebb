/**
 * Run a challenge's scripted attack through the simulated terminal, as the learner would type
 * it, and tell whether the flag showed up. lessons:check runs it on every challenge, with and
 * without the defence.
 */
import { createShellSession, runShellLine } from '../sim';
import { flagFor } from './flag';
import { challengeWorld } from './world';
import type { Challenge } from './types';

export interface SolveTranscript {
  steps: { line: string; output: string; exitCode: number }[];
  /** The flag appeared in some output. */
  found: boolean;
  flag: string;
}

function substitute(line: string, captures: Map<string, string>): string {
  return line.replace(/\$\{([a-zA-Z][\w]*)\}/g, (whole, name: string) => captures.get(name) ?? whole);
}

/** The terminal session a learner starts the challenge in. */
export function challengeSession(challenge: Challenge, flag: string, defended = false) {
  const { objects } = challengeWorld(challenge, flag, defended);
  return createShellSession({ objects, user: challenge.start.user, groups: challenge.start.groups, namespace: challenge.start.namespace });
}

/** Run the scripted solve (or `lines`) in the challenge's terminal for an event. */
export function runSolve(
  challenge: Challenge,
  eventId: string,
  options: { defended?: boolean; lines?: readonly { run: string; capture?: string }[] } = {},
): SolveTranscript {
  const flag = flagFor(eventId, challenge.id);
  let session = challengeSession(challenge, flag, options.defended);
  const captures = new Map<string, string>();
  const steps: SolveTranscript['steps'] = [];
  for (const step of options.lines ?? challenge.solve) {
    const line = substitute(step.run, captures);
    const result = runShellLine(session, line);
    session = result.session;
    if (step.capture) captures.set(step.capture, result.output.trim());
    steps.push({ line, output: result.output, exitCode: result.exitCode });
  }
  return { steps, found: steps.some((s) => s.output.includes(flag)), flag };
}
