// Restricted: privilege escalation (setuid binaries, file capabilities) must be disabled.
// Upstream: pod-security-admission policy/check_allowPrivilegeEscalation.go.
import { msg, verbatim } from '../../messages';
import { containersEn } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, isWindowsPod, securityContextOf, psaContainers } from './common';

/** 1.8+: every container must set allowPrivilegeEscalation explicitly to false (unset fails). */
function allowPrivilegeEscalation1_8(pod: PodView): CheckFailure | null {
  const bad = pod.containers.filter((ref) => securityContextOf(ref).allowPrivilegeEscalation !== false);
  if (bad.length === 0) return null;
  const names = bad.map((ref) => ref.name);
  return {
    reason: 'allowPrivilegeEscalation != false',
    reasonText: verbatim('allowPrivilegeEscalation != false'),
    detail: `${containersEn(names)} must set securityContext.allowPrivilegeEscalation=false`,
    detailText: msg('psa.detail.mustSet', {
      upstream: `${containersEn(names)} must set securityContext.allowPrivilegeEscalation=false`,
      who: psaContainers(names),
      plural: names.length > 1,
      field: 'securityContext.allowPrivilegeEscalation=false',
    }),
    paths: bad.map((ref) => containerScPath(ref, 'allowPrivilegeEscalation')),
  };
}

/** 1.25+: Windows pods are exempt. */
function allowPrivilegeEscalation1_25(pod: PodView): CheckFailure | null {
  return isWindowsPod(pod) ? null : allowPrivilegeEscalation1_8(pod);
}

export const allowPrivilegeEscalationCheck: PodSecurityCheck = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  title: msg('psa.title.allowPrivilegeEscalation', {}),
  versions: [
    { minor: 8, evaluate: allowPrivilegeEscalation1_8 },
    { minor: 25, evaluate: allowPrivilegeEscalation1_25 },
  ],
};
