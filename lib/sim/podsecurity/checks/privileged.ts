// Baseline: privileged containers are forbidden.
// Upstream: pod-security-admission policy/check_privileged.go.
import { msg } from '../../messages';
import { containersEn } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, securityContextOf, psaContainers } from './common';

/** 1.0+: no container may set securityContext.privileged=true. */
function privileged1_0(pod: PodView): CheckFailure | null {
  const bad = pod.containers.filter((ref) => securityContextOf(ref).privileged === true);
  if (bad.length === 0) return null;
  const names = bad.map((ref) => ref.name);
  return {
    reason: 'privileged',
    reasonText: msg('psa.reason.privileged', { upstream: 'privileged', count: 1 }),
    detail: `${containersEn(names)} must not set securityContext.privileged=true`,
    detailText: msg('psa.detail.mustNotSet', {
      upstream: `${containersEn(names)} must not set securityContext.privileged=true`,
      who: psaContainers(names),
      plural: names.length > 1,
      field: 'securityContext.privileged=true',
    }),
    paths: bad.map((ref) => containerScPath(ref, 'privileged')),
  };
}

export const privilegedCheck: PodSecurityCheck = {
  id: 'privileged',
  level: 'baseline',
  title: msg('psa.title.privileged', {}),
  versions: [{ minor: 0, evaluate: privileged1_0 }],
};
