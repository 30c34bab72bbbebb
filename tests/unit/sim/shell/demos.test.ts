// Every lesson demo replays in the simulated terminal without an unexpected error, and its
// transcript matches the golden file in __golden__/ (written when missing or with
// UPDATE_GOLDEN=1). Apply steps go through `kubectl apply -f <file>` like the terminal does.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemo, type DemoStep } from '../../../../lib/content/demos';
import { createShellSession, runShellLine, type ShellSession } from '../../../../lib/sim/shell';

const ROOT = join(__dirname, '..', '..', '..', '..');
const LESSONS = join(ROOT, 'lessons');
const GOLDEN = join(__dirname, '__golden__');

/**
 * Steps meant to fail whose demo file does not say so yet (reported to the content owners):
 * the privileged pod of pod-security-levels is rejected by baseline, as its narration says.
 */

function demoFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...demoFiles(path));
    else if (/\/demos\/[^/]+\.ya?ml$/.test(path)) out.push(path);
  }
  return out;
}

function goldenName(path: string): string {
  const lesson = path.split('/').slice(-3, -2)[0].replace(/^\d+-/, '');
  const demo = path
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
  return `${lesson}--${demo}`;
}

interface Replay {
  transcript: string[];
  failures: string[];
}

function command(step: DemoStep, index: number, session: ShellSession): { line: string; session: ShellSession } | undefined {
  if ('run' in step) return { line: step.run, session };
  if ('apply' in step) {
    const file = step.file ?? `demo-step-${index + 1}.yaml`;
    return { line: `kubectl apply -f ${file}`, session: { ...session, files: { ...session.files, [file]: step.apply } } };
  }
  return undefined;
}

function replay(path: string): Replay {
  const demo = loadDemo(path, LESSONS);
  let session = createShellSession({ objects: demo.worldObjects });
  const transcript: string[] = [`# ${demo.title.en}`];
  const failures: string[] = [];
  demo.steps.forEach((step, i) => {
    if ('say' in step) {
      transcript.push(`# ${step.say.en}`);
      return;
    }
    const next = command(step, i, session);
    if (!next) return;
    const result = runShellLine(next.session, next.line);
    session = result.session;
    transcript.push(`$ ${next.line}`, ...(result.output === '' ? [] : [result.output]), ...(result.exitCode !== 0 ? [`[exit ${result.exitCode}]`] : []));
    const expectFail = 'expectFail' in step && step.expectFail === true;
    const answer = /^kubectl auth can-i /.test(next.line);
    if (expectFail && result.exitCode === 0) failures.push(`step ${i + 1} (${next.line}) was expected to fail but succeeded`);
    if (!expectFail && !answer && result.exitCode !== 0) failures.push(`step ${i + 1} (${next.line}) failed with exit ${result.exitCode}:\n${result.output}`);
    if (answer && result.exitCode > 1) failures.push(`step ${i + 1} (${next.line}) could not answer:\n${result.output}`);
  });
  return { transcript, failures };
}

const files = demoFiles(LESSONS);

describe('lesson demos replay in the simulated terminal', () => {
  it('finds the demos', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, path) => {
    const { transcript, failures } = replay(path);
    expect(failures).toEqual([]);
    const text = `${transcript.join('\n')}\n`;
    const golden = join(GOLDEN, `${goldenName(path)}.txt`);
    if (!existsSync(golden) || process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, text);
    }
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});
