// Baseline: containers may add only capabilities from the runtime's default set.
// Upstream: pod-security-admission policy/check_capabilities_baseline.go.
import { isRecord, list } from '../read';
import { containersEn, containersEs, joinQuote, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, debeEs, securityContextOf } from './common';

/** Capabilities baseline allows in `add` (exact, case-sensitive names). */
export const BASELINE_CAPABILITIES: readonly string[] = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
];

/** 1.0+: every `capabilities.add` entry must be in the default set; `drop` is ignored. */
function capabilitiesBaseline1_0(pod: PodView): CheckFailure | null {
  const forbidden: string[] = [];
  const paths: string[] = [];
  const bad = pod.containers.filter((ref) => {
    const capabilities = securityContextOf(ref).capabilities;
    if (!isRecord(capabilities)) return false;
    let valid = true;
    list(capabilities.add).forEach((cap, i) => {
      if (typeof cap !== 'string' || BASELINE_CAPABILITIES.includes(cap)) return;
      valid = false;
      forbidden.push(cap);
      paths.push(containerScPath(ref, `capabilities.add[${i}]`));
    });
    return !valid;
  });
  if (bad.length === 0) return null;
  const names = bad.map((ref) => ref.name);
  const caps = joinQuote(sortedSet(forbidden));
  return {
    reason: 'non-default capabilities',
    reasonEs: 'capabilities fuera del conjunto por defecto',
    detail: `${containersEn(names)} must not include ${caps} in securityContext.capabilities.add`,
    detailEs: `${containersEs(names)} no ${debeEs(names.length > 1)} incluir ${caps} en securityContext.capabilities.add`,
    paths,
  };
}

export const capabilitiesBaselineCheck: PodSecurityCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  title: { en: 'Only default capabilities added', es: 'Solo se agregan capabilities por defecto' },
  versions: [{ minor: 0, evaluate: capabilitiesBaseline1_0 }],
};
