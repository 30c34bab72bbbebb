// Restricted (1.23+): neither pod nor containers may set runAsUser: 0, relaxed for
// user-namespaced pods from 1.35. Upstream: pod-security-admission policy/check_runAsUser.go.
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, debeEs, isUserNamespacePod, podScPath, podSecurityContext, securityContextOf } from './common';

/** 1.23+: runAsUser, where set, must not be 0 (unset is fine). */
function runAsUser1_23(pod: PodView): CheckFailure | null {
  const podRoot = podSecurityContext(pod).runAsUser === 0;
  const bad = pod.containers.filter((ref) => securityContextOf(ref).runAsUser === 0);
  const setters = buildSetters(podRoot, bad.map((ref) => ref.name));
  if (setters.count === 0) return null;
  return {
    reason: 'runAsUser=0',
    reasonEs: 'runAsUser=0',
    detail: `${setters.en} must not set runAsUser=0`,
    detailEs: `${setters.es} no ${debeEs(setters.plural)} fijar runAsUser=0`,
    paths: [...(podRoot ? [podScPath(pod, 'runAsUser')] : []), ...bad.map((ref) => containerScPath(ref, 'runAsUser'))],
  };
}

/** 1.35+: user-namespaced pods (`hostUsers: false`) pass. */
function runAsUser1_35(pod: PodView): CheckFailure | null {
  return isUserNamespacePod(pod) ? null : runAsUser1_23(pod);
}

export const runAsUserCheck: PodSecurityCheck = {
  id: 'runAsUser',
  level: 'restricted',
  title: { en: 'Not running as UID 0', es: 'Sin correr como UID 0' },
  versions: [
    { minor: 23, evaluate: runAsUser1_23 },
    { minor: 35, evaluate: runAsUser1_35 },
  ],
};
