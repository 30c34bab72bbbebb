// Restricted (1.23+): neither pod nor containers may set runAsUser: 0, relaxed for
// user-namespaced pods from 1.35. Upstream: pod-security-admission policy/check_runAsUser.go.
import { msg, verbatim } from '../../messages';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, isUserNamespacePod, podScPath, podSecurityContext, securityContextOf } from './common';

/** 1.23+: runAsUser, where set, must not be 0 (unset is fine). */
function runAsUser1_23(pod: PodView): CheckFailure | null {
  const podRoot = podSecurityContext(pod).runAsUser === 0;
  const bad = pod.containers.filter((ref) => securityContextOf(ref).runAsUser === 0);
  const setters = buildSetters(
    podRoot,
    bad.map((ref) => ref.name),
  );
  if (setters.count === 0) return null;
  return {
    reason: 'runAsUser=0',
    reasonText: verbatim('runAsUser=0'),
    detail: `${setters.upstream} must not set runAsUser=0`,
    detailText: msg('psa.detail.mustNotSet', {
      upstream: `${setters.upstream} must not set runAsUser=0`,
      who: setters.text,
      plural: setters.plural,
      field: 'runAsUser=0',
    }),
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
  title: msg('psa.title.runAsUser', {}),
  versions: [
    { minor: 23, evaluate: runAsUser1_23 },
    { minor: 35, evaluate: runAsUser1_35 },
  ],
};
