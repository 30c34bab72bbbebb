// Runs the upstream Pod Security fixtures (tests/conformance/pod-security/README.md): every
// `<level>/v1.<minor>/pass/*.yaml` must be allowed and every `fail/*.yaml` denied at that level
// and version, and the denial must name the check the file name implies (or the restricted
// check that replaces it), with the reason text upstream's harness looks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { evaluatePodSecurity, podSecurityWarning, POD_SECURITY_CHECKS } from '@/lib/sim/podsecurity';
import type { PodSecurityLevel } from '@/lib/sim/podsecurity';

const ROOT = join(__dirname, 'pod-security');

/** Check id by lower-cased id, as fixture names spell it. */
const CHECK_BY_LOWER = new Map(POD_SECURITY_CHECKS.map((c) => [c.id.toLowerCase(), c.id]));

/** Restricted checks that replace a baseline one, from the minor they do so. */
const REPLACED_BY: Record<string, { by: string; from: number }> = {
  hostPathVolumes: { by: 'restrictedVolumes', from: 0 },
  seccompProfile_baseline: { by: 'seccompProfile_restricted', from: 19 },
  capabilities_baseline: { by: 'capabilities_restricted', from: 22 },
  procMount: { by: 'procMount_restricted', from: 35 },
};

/** The substring upstream's harness expects in the error (test/fixtures_*.go expectErrorSubstring). */
const EXPECTED_SUBSTRING: Record<string, string> = {
  appArmorProfile: 'forbidden AppArmor profile', capabilities_baseline: 'capabilities',
  capabilities_restricted: 'unrestricted capabilities', hostNamespaces: 'host namespaces',
  hostPathVolumes: 'hostPath', hostPorts: 'hostPort', hostProbesAndHostLifecycle: 'probe or lifecycle host',
  procMount: 'procMount', procMount_restricted: 'procMount', restrictedVolumes: 'restricted volume types',
  seLinuxOptions: 'seLinuxOptions', seccompProfile_baseline: 'seccompProfile',
  seccompProfile_restricted: 'seccompProfile', sysctls: 'forbidden sysctl', windowsHostProcess: 'hostProcess',
};

function checkOfFile(file: string): string {
  const lower = file.replace(/\d*\.yaml$/, '');
  const id = CHECK_BY_LOWER.get(lower);
  if (!id) throw new Error(`fixture ${file} names no known check`);
  return id;
}

function acceptedChecks(id: string, level: string, minor: number): string[] {
  const replaced = REPLACED_BY[id];
  return level === 'restricted' && replaced && minor >= replaced.from ? [id, replaced.by] : [id];
}

function folders(): { level: PodSecurityLevel; minor: number; dir: string }[] {
  const out: { level: PodSecurityLevel; minor: number; dir: string }[] = [];
  for (const level of ['baseline', 'restricted'] as const) {
    for (const v of readdirSync(join(ROOT, level))) out.push({ level, minor: Number(v.slice(3)), dir: join(ROOT, level, v) });
  }
  return out.sort((a, b) => a.level.localeCompare(b.level) || a.minor - b.minor);
}

function files(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
}

const ALL = folders();
let total = 0;

describe('Pod Security fixtures (upstream kubernetes/pod-security-admission test/testdata)', () => {
  test.each(ALL.map((f) => [`${f.level}/v1.${f.minor}`, f] as const))('%s', (_name, folder) => {
    const version = `v1.${folder.minor}`;
    const pass = files(join(folder.dir, 'pass'));
    const fail = files(join(folder.dir, 'fail'));
    for (const file of pass) {
      const pod = load(readFileSync(join(folder.dir, 'pass', file), 'utf8'));
      const verdict = evaluatePodSecurity(pod, folder.level, version);
      expect(verdict.violations, `pass/${file}`).toEqual([]);
      expect(verdict.allowed, `pass/${file}`).toBe(true);
    }
    for (const file of fail) {
      const pod = load(readFileSync(join(folder.dir, 'fail', file), 'utf8'));
      const verdict = evaluatePodSecurity(pod, folder.level, version);
      expect(verdict.allowed, `fail/${file}`).toBe(false);
      const id = checkOfFile(file);
      const accepted = acceptedChecks(id, folder.level, folder.minor);
      const named = verdict.violations.filter((v) => accepted.includes(v.check));
      expect(named.length, `fail/${file} should be denied by ${accepted.join(' or ')}; got ${verdict.violations.map((v) => v.check).join(', ')}`).toBeGreaterThan(0);
      const message = podSecurityWarning(verdict, folder.level, version);
      expect(message.startsWith(`violates PodSecurity "${folder.level}:${version}": `), `fail/${file}`).toBe(true);
      expect(message, `fail/${file}`).toContain(EXPECTED_SUBSTRING[id] ?? id);
      expect(message).not.toContain('unknown forbidden reason');
    }
    total += pass.length + fail.length;
    expect(pass).toContain('base.yaml');
  });

  test('all 4,537 fixture files were evaluated', () => {
    expect(total).toBe(4537);
  });
});
