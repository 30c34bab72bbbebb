// Baseline: containers may add only capabilities from the runtime's default set.
// Upstream: pod-security-admission policy/check_capabilities_baseline.go.
import { msg } from '../../messages';
import { isRecord, list } from '../read';
import { containersEn, joinQuote, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, securityContextOf, psaContainers } from './common';

/** Capabilities baseline allows in `add` (exact, case-sensitive names). */
export const BASELINE_CAPABILITIES: readonly string[] = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
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
    reasonText: msg('psa.reason.capabilities_baseline', { upstream: 'non-default capabilities', count: 1 }),
    detail: `${containersEn(names)} must not include ${caps} in securityContext.capabilities.add`,
    detailText: msg('psa.detail.addCapabilities', {
      upstream: `${containersEn(names)} must not include ${caps} in securityContext.capabilities.add`,
      who: psaContainers(names),
      plural: names.length > 1,
      caps,
    }),
    paths,
  };
}

export const capabilitiesBaselineCheck: PodSecurityCheck = {
  id: 'capabilities_baseline',
  level: 'baseline',
  title: msg('psa.title.capabilities_baseline', {}),
  versions: [{ minor: 0, evaluate: capabilitiesBaseline1_0 }],
};
