// Baseline: privileged containers are forbidden.
// Upstream: pod-security-admission policy/check_privileged.go.
import { containersEn, containersEs } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { containerScPath, debeEs, securityContextOf } from './common';

/** 1.0+: no container may set securityContext.privileged=true. */
function privileged1_0(pod: PodView): CheckFailure | null {
  const bad = pod.containers.filter((ref) => securityContextOf(ref).privileged === true);
  if (bad.length === 0) return null;
  const names = bad.map((ref) => ref.name);
  return {
    reason: 'privileged',
    reasonEs: 'privilegiado',
    detail: `${containersEn(names)} must not set securityContext.privileged=true`,
    detailEs: `${containersEs(names)} no ${debeEs(names.length > 1)} fijar securityContext.privileged=true`,
    paths: bad.map((ref) => containerScPath(ref, 'privileged')),
  };
}

export const privilegedCheck: PodSecurityCheck = {
  id: 'privileged',
  level: 'baseline',
  title: { en: 'No privileged containers', es: 'Sin contenedores privilegiados' },
  versions: [{ minor: 0, evaluate: privileged1_0 }],
};
