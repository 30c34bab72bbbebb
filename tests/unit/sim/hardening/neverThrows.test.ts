import { render } from '@/lib/i18n/messages';
// Property tests: checkHardening and describeFinding never throw, on generated junk and on
// mutated real pods, and always return well-formed findings from the registry.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { mutatePod, podJunk } from '../helpers/podJunk';
import { checkHardening, describeFinding, hardeningCheckById } from '@/lib/sim/hardening';

const FIXTURES = join(__dirname, '../../../conformance/pod-security/baseline/v1.37/fail');
const realPods = readdirSync(FIXTURES)
  .slice(0, 40)
  .map((f) => load(readFileSync(join(FIXTURES, f), 'utf8')));

const fieldNames = [
  'spec',
  'template',
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
  'readOnlyRootFilesystem',
  'allowPrivilegeEscalation',
  'volumes',
  'hostPath',
  'path',
  'ports',
  'hostPort',
  'image',
  'resources',
  'requests',
  'limits',
  'cpu',
  'memory',
  'serviceAccountName',
  'automountServiceAccountToken',
  'os',
  'name',
  'kind',
  'metadata',
  'hostNetwork',
  '__proto__',
  'constructor',
  'toString',
];

const junk = podJunk(fieldNames, [null, undefined, true, false, 0, -1, NaN, 'ALL', 'SYS_ADMIN', 'nginx:latest', 'windows', 'default', '']);

const mutate = mutatePod;

function wellFormed(object: unknown, options?: unknown): void {
  const findings = checkHardening(object, options as never);
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) {
    expect(hardeningCheckById(f.id)).toBeDefined();
    expect(['danger', 'warning', 'info']).toContain(f.severity);
    expect(typeof f.path).toBe('string');
    expect(typeof render('es', describeFinding(f).message)).toBe('string');
  }
}

describe('never throws', () => {
  test('on generated junk', () => {
    fc.assert(
      fc.property(junk, (input) => wellFormed(input)),
      { numRuns: 300 },
    );
  });

  test('on junk shaped like pods and workloads, with junk options', () => {
    const shaped = fc.record({ kind: fc.constantFrom('Pod', 'Deployment', 'CronJob', 'PodTemplate', undefined), spec: junk, template: junk, metadata: junk });
    fc.assert(
      fc.property(shaped, junk, (input, options) => wellFormed(input, options)),
      { numRuns: 300 },
    );
  });

  test('on mutated real pods', () => {
    const paths = fc.array(fc.constantFrom(...fieldNames, '0', '1'), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...realPods), paths, junk, (pod, path, value) => {
        wellFormed(mutate(pod, ['spec', ...path], value));
      }),
      { numRuns: 300 },
    );
  });

  test('describeFinding on junk', () => {
    fc.assert(
      fc.property(junk, fc.constantFrom('en', 'es'), (finding, lang) => {
        const described = describeFinding(finding as never);
        const out = { message: render(lang as 'en' | 'es', described.message), fix: render(lang as 'en' | 'es', described.fix) };
        expect(typeof out.message).toBe('string');
        expect(typeof out.fix).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
