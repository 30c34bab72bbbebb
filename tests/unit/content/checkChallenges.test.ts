// lessons:check refuses a challenge that its scripted attack cannot solve, that its defence does not
// close, that gives the flag away, or that names a lesson the course does not have.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkChallenges } from '../../../lib/content/checkChallenges';
import { loadCourse } from '../../../lib/content/course';

const LESSONS = join(__dirname, '../../../lessons');
const course = loadCourse(LESSONS);
let dir = '';

/** A copy of lessons/event with one file of the token thief changed. */
function withChange(file: string, change: (text: string) => string): string {
  dir = mkdtempSync(join(tmpdir(), 'event-check-'));
  cpSync(join(LESSONS, 'event'), join(dir, 'event'), { recursive: true });
  const path = join(dir, 'event', '01-token-thief', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('checkChallenges', () => {
  it('passes the track as it is', () => {
    const { problems, challenges } = checkChallenges(LESSONS, course);
    expect(problems).toEqual([]);
    expect(challenges).toBeGreaterThanOrEqual(5);
  });

  it('reports a solve that does not reach the flag', () => {
    const root = withChange('challenge.yaml', (t) => t.replaceAll("jsonpath='{.data.key}'", "jsonpath='{.data.nope}'"));
    expect(
      checkChallenges(root, course)
        .problems.map((p) => p.message)
        .join('\n'),
    ).toContain('does not reach the flag');
  });

  it('reports a defence that does not close the attack', () => {
    const root = withChange('defence.yaml', (t) => t.replace('automountServiceAccountToken: false', 'automountServiceAccountToken: true'));
    expect(
      checkChallenges(root, course)
        .problems.map((p) => p.message)
        .join('\n'),
    ).toContain('defence applied');
  });

  it('reports a defence the script misses but an attack path still crosses, naming its first step and line', () => {
    // The Secret in an env var of the pod the learner execs into: no token to steal, the key still there
    // (https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables).
    const root = withChange('defence.yaml', (t) =>
      t.replace(
        '      ports: [{containerPort: 80}]',
        '      ports: [{containerPort: 80}]\n      env:\n        - name: KEY\n          valueFrom: {secretKeyRef: {name: payment-gateway, key: key}}',
      ),
    );
    const messages = checkChallenges(root, course).problems.map((p) => p.message);
    expect(messages.join('\n')).not.toContain('defence applied');
    expect(messages.join('\n')).toMatch(/attack path open from a shell in shop\/storefront .*First step: .*secretKeyRef.*token-thief\/defence\.yaml:\d+/);
  });

  it('reports a flag the learner can read directly', () => {
    const root = withChange('world.yaml', (t) => t.replace('resources: [pods, pods/log]', 'resources: [pods, pods/log, secrets]'));
    expect(
      checkChallenges(root, course)
        .problems.map((p) => p.message)
        .join('\n'),
    ).toContain('reads the flag directly');
  });

  it('reports a missing lesson, a missing placeholder and a missing translation with the file', () => {
    const lesson = checkChallenges(
      withChange('challenge.yaml', (t) => t.replace('lesson: rbac/service-accounts', 'lesson: rbac/nowhere')),
      course,
    ).problems;
    expect(lesson[0].message).toContain('rbac/nowhere');
    rmSync(dir, { recursive: true, force: true });
    const flag = checkChallenges(
      withChange('world.yaml', (t) => t.replace('"{{flag}}"', 'nothing')),
      course,
    ).problems;
    expect(flag[0]).toMatchObject({ file: expect.stringContaining('world.yaml'), message: expect.stringContaining('{{flag}}') });
    rmSync(dir, { recursive: true, force: true });
    const words = checkChallenges(
      withChange('challenge.yaml', (t) => t.replace('  es: Ladrón de tokens\n', '')),
      course,
    ).problems;
    expect(words[0].message).toContain('missing translation');
  });
});
