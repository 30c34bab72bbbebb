// Property tests: the public functions never throw and always return a well-formed verdict,
// on generated junk and on mutated real pods.
import { render } from '@/lib/i18n/messages';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { mutatePod, podJunk } from '../helpers/podJunk';
import { describePodSecurity, evaluatePodSecurity, podSecurityWarning } from '@/lib/sim/podsecurity';

const FIXTURES = join(__dirname, '../../../conformance/pod-security/restricted/v1.37');
const realPods = ['pass', 'fail'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .slice(0, 25)
    .map((f) => load(readFileSync(join(FIXTURES, dir, f), 'utf8'))),
);

const levels = fc.constantFrom('privileged', 'baseline', 'restricted', 'Restricted', '', 'root');
const versions = fc.oneof(fc.constant(undefined), fc.constantFrom('latest', 'v1.0', 'v1.22', 'v1.35', 'v1.99', 'v1.025', '1.25'), fc.string());

const fieldNames = [
  'spec',
  'containers',
  'initContainers',
  'ephemeralContainers',
  'securityContext',
  'capabilities',
  'add',
  'drop',
  'privileged',
  'runAsNonRoot',
  'runAsUser',
  'volumes',
  'hostPath',
  'ports',
  'hostPort',
  'seccompProfile',
  'type',
  'annotations',
  'metadata',
  'hostNetwork',
  'sysctls',
  'name',
  'template',
  'kind',
  'os',
  'hostUsers',
  'procMount',
  'seLinuxOptions',
  '__proto__',
  'constructor',
];
const junkValue = podJunk(fieldNames, [null, undefined, true, false, 0, -1, 1e309, 'ALL', 'Unconfined', 'windows', '']);

const mutate = mutatePod;

function assertWellFormed(input: unknown, level: string, version: string | undefined): void {
  const verdict = evaluatePodSecurity(input, level as never, version);
  expect(typeof verdict.allowed).toBe('boolean');
  expect(verdict.allowed).toBe(verdict.violations.length === 0);
  for (const v of verdict.violations) {
    expect(v.check).not.toBe('internalError');
    expect(typeof v.reason).toBe('string');
    expect(typeof v.detail).toBe('string');
    expect(Array.isArray(v.paths)).toBe(true);
  }
  expect(typeof render('en', describePodSecurity(verdict))).toBe('string');
  expect(typeof render('es', describePodSecurity(verdict))).toBe('string');
  expect(typeof podSecurityWarning(verdict, level, version, 'warn')).toBe('string');
}

describe('never throws', () => {
  test('on generated junk', () => {
    fc.assert(
      fc.property(junkValue, levels, versions, (input, level, version) => assertWellFormed(input, level, version)),
      { numRuns: 300 },
    );
  });

  test('on junk shaped like a pod', () => {
    const podLike = fc.record({ kind: fc.constantFrom('Pod', 'Deployment', 'CronJob', undefined), spec: junkValue, metadata: junkValue });
    fc.assert(
      fc.property(podLike, levels, versions, (input, level, version) => assertWellFormed(input, level, version)),
      { numRuns: 300 },
    );
  });

  test('on mutated real pods', () => {
    const paths = fc.array(fc.constantFrom(...fieldNames, '0', '1'), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...realPods), paths, junkValue, levels, versions, (pod, path, junk, level, version) => {
        assertWellFormed(mutate(pod, ['spec', ...path], junk), level, version);
      }),
      { numRuns: 300 },
    );
  });

  test('describe functions accept junk verdicts', () => {
    fc.assert(
      fc.property(junkValue, fc.string(), (junk, level) => {
        expect(typeof podSecurityWarning(junk as never, level)).toBe('string');
        expect(typeof render('es', describePodSecurity(junk as never))).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
