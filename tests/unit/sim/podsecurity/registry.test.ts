import { render } from '@/lib/i18n/messages';
import { LANGS } from '@/lib/i18n/languages';
import { describe, expect, test } from 'vitest';
import { checksFor, POD_SECURITY_CHECKS, podSecurityCheckById } from '@/lib/sim/podsecurity';

const ids = (level: 'privileged' | 'baseline' | 'restricted', minor: number) => checksFor(level, minor).map((s) => s.check.id);

describe('check registry', () => {
  test('ids are unique, revisions strictly increasing, overrides only restricted → baseline', () => {
    const seen = new Set<string>();
    for (const check of POD_SECURITY_CHECKS) {
      expect(seen.has(check.id)).toBe(false);
      seen.add(check.id);
      const minors = check.versions.map((v) => v.minor);
      expect(minors).toEqual([...minors].sort((a, b) => a - b));
      expect(new Set(minors).size).toBe(minors.length);
      for (const v of check.versions) {
        for (const o of v.overrides ?? []) {
          expect(check.level).toBe('restricted');
          expect(podSecurityCheckById(o)?.level).toBe('baseline');
        }
      }
      expect(check.title.code).toBe(`psa.title.${check.id}`);
      for (const lang of LANGS) expect(render(lang, check.title).length).toBeGreaterThan(0);
    }
    expect(POD_SECURITY_CHECKS).toHaveLength(19);
  });

  test.each([
    [
      'baseline',
      0,
      [
        'appArmorProfile',
        'capabilities_baseline',
        'hostNamespaces',
        'hostPathVolumes',
        'hostPorts',
        'privileged',
        'procMount',
        'seLinuxOptions',
        'seccompProfile_baseline',
        'sysctls',
        'windowsHostProcess',
      ],
    ],
    [
      'baseline',
      34,
      [
        'appArmorProfile',
        'capabilities_baseline',
        'hostNamespaces',
        'hostPathVolumes',
        'hostPorts',
        'hostProbesAndHostLifecycle',
        'privileged',
        'procMount',
        'seLinuxOptions',
        'seccompProfile_baseline',
        'sysctls',
        'windowsHostProcess',
      ],
    ],
    [
      'restricted',
      0,
      [
        'appArmorProfile',
        'capabilities_baseline',
        'hostNamespaces',
        'hostPorts',
        'privileged',
        'procMount',
        'seLinuxOptions',
        'seccompProfile_baseline',
        'sysctls',
        'windowsHostProcess',
        'restrictedVolumes',
        'runAsNonRoot',
      ],
    ],
    [
      'restricted',
      19,
      [
        'appArmorProfile',
        'capabilities_baseline',
        'hostNamespaces',
        'hostPorts',
        'privileged',
        'procMount',
        'seLinuxOptions',
        'sysctls',
        'windowsHostProcess',
        'allowPrivilegeEscalation',
        'restrictedVolumes',
        'runAsNonRoot',
        'seccompProfile_restricted',
      ],
    ],
    [
      'restricted',
      37,
      [
        'appArmorProfile',
        'hostNamespaces',
        'hostPorts',
        'hostProbesAndHostLifecycle',
        'privileged',
        'seLinuxOptions',
        'sysctls',
        'windowsHostProcess',
        'allowPrivilegeEscalation',
        'capabilities_restricted',
        'procMount_restricted',
        'restrictedVolumes',
        'runAsNonRoot',
        'runAsUser',
        'seccompProfile_restricted',
      ],
    ],
  ] as const)('%s at v1.%i runs these checks in this order', (level, minor, expected) => {
    expect(ids(level, minor)).toEqual(expected);
  });

  test('privileged runs nothing', () => {
    expect(ids('privileged', 37)).toEqual([]);
  });

  test('each check revision in force is the newest at or below the version', () => {
    const sysctls = (minor: number) => checksFor('baseline', minor).find((s) => s.check.id === 'sysctls')?.revision.minor;
    expect([0, 26, 27, 28, 29, 31, 32, 36, 37].map(sysctls)).toEqual([0, 0, 27, 27, 29, 29, 32, 32, 37]);
  });
});
