// Every challenge of lessons/event is solvable through the simulated terminal, only that way,
// and closed by the defence its lesson teaches (the same checks lessons:check runs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEventTrack } from '../../../lib/content/challenges';
import { DIRECT_READS, readsFlagDirectly } from '../../../lib/content/checkChallenges';
import { flagFor } from '../../../lib/event/flag';
import { runSolve } from '../../../lib/event/solve';

const ROOT = join(__dirname, '../../../lessons');
const track = loadEventTrack(ROOT);

describe('the event track', () => {
  it('has at least five challenges, each with a lesson that teaches its defence', () => {
    expect(track.challenges.length).toBeGreaterThanOrEqual(5);
    for (const c of track.challenges) expect(c.defence.lesson).toMatch(/^[a-z-]+\/[a-z-]+$/);
  });

  it('no file of the track holds a flag as text', () => {
    const flags = track.challenges.flatMap((c) => ['practice', 'lessons-check'].map((e) => flagFor(e, c.id)));
    const dir = join(ROOT, 'event');
    for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(dir, folder.name))) {
        const text = readFileSync(join(dir, folder.name, file), 'utf8');
        for (const flag of flags) expect(text).not.toContain(flag.slice(5, -1));
      }
    }
  });
});

describe.each(track.challenges.map((c) => [c.id, c] as const))('%s', (_id, challenge) => {
  it('the scripted attack reaches the flag through the terminal, for any event', () => {
    for (const event of ['practice', 'kubecon-ba']) {
      const run = runSolve(challenge, event);
      expect(run.found, run.steps.map((s) => `$ ${s.line}\n${s.output}`).join('\n')).toBe(true);
      expect(run.steps.at(-1)?.output).toContain(run.flag);
    }
  });

  it('the same attack fails once the defence is applied', () => {
    const run = runSolve(challenge, 'practice', { defended: true });
    expect(run.found).toBe(false);
  });

  it('the learner cannot simply read the flag with their own permissions', () => {
    expect(readsFlagDirectly(challenge, 'practice')).toBe(false);
    const run = runSolve(challenge, 'practice', { lines: DIRECT_READS });
    expect(run.steps.some((s) => s.output.includes('forbidden'))).toBe(true);
  });
});
