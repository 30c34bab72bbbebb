// Restricted (1.19+): a seccomp profile (RuntimeDefault or Localhost) must be set, at pod level
// or on every container; replaces seccompProfile_baseline. Windows pods are exempt from 1.25.
// Upstream: pod-security-admission policy/check_seccompProfile_restricted.go.
import { msg, verbatim } from '../../messages';
import { isRecord } from '../read';
import { containersEn } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, isWindowsPod, podScPath, podSecurityContext, securityContextOf, psaContainers } from './common';
import { explicitSeccompFailure, validSeccompType } from './seccompProfileBaseline';

/** 1.19+: no forbidden type anywhere, and every container covered by its own or the pod's profile. */
function seccompProfileRestricted1_19(pod: PodView): CheckFailure | null {
  const explicit = explicitSeccompFailure(pod);
  if (explicit) return explicit;
  const podProfile = podSecurityContext(pod).seccompProfile;
  const podSet = isRecord(podProfile) && validSeccompType(podProfile.type);
  if (podSet) return null;
  const implicit = pod.containers.filter((ref) => !isRecord(securityContextOf(ref).seccompProfile));
  if (implicit.length === 0) return null;
  const names = implicit.map((ref) => ref.name);
  return {
    reason: 'seccompProfile',
    reasonText: verbatim('seccompProfile'),
    detail: `pod or ${containersEn(names)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    detailText: msg('psa.detail.seccompRestricted', {
      upstream: `pod or ${containersEn(names)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      who: psaContainers(names),
      plural: names.length > 1,
    }),
    paths: [podScPath(pod, 'seccompProfile.type'), ...implicit.map((ref) => containerScPath(ref, 'seccompProfile.type'))],
  };
}

/** 1.25+: Windows pods are exempt. */
function seccompProfileRestricted1_25(pod: PodView): CheckFailure | null {
  return isWindowsPod(pod) ? null : seccompProfileRestricted1_19(pod);
}

export const seccompProfileRestrictedCheck: PodSecurityCheck = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  title: msg('psa.title.seccompProfile_restricted', {}),
  versions: [
    { minor: 19, evaluate: seccompProfileRestricted1_19, overrides: ['seccompProfile_baseline'] },
    { minor: 25, evaluate: seccompProfileRestricted1_25, overrides: ['seccompProfile_baseline'] },
  ],
};
