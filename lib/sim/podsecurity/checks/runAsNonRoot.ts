// Restricted: containers must be required to run as a non-root user (runAsNonRoot: true),
// relaxed for user-namespaced pods from 1.35. Upstream: pod-security-admission policy/check_runAsNonRoot.go.
import { msg, verbatim } from '../../messages';
import { containersEn } from '../text';
import type { CheckFailure, ContainerRef, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, isUserNamespacePod, podScPath, podSecurityContext, securityContextOf, psaContainers } from './common';

/** 1.0+: no explicit false anywhere; each container true, or unset with the pod-level true. */
function runAsNonRoot1_0(pod: PodView): CheckFailure | null {
  const podValue = podSecurityContext(pod).runAsNonRoot;
  const explicit: ContainerRef[] = [];
  const implicit: ContainerRef[] = [];
  for (const ref of pod.containers) {
    const value = securityContextOf(ref).runAsNonRoot;
    if (value === false) explicit.push(ref);
    else if (value !== true && podValue !== true) implicit.push(ref);
  }
  const setters = buildSetters(
    podValue === false,
    explicit.map((ref) => ref.name),
  );
  if (setters.count > 0) {
    const paths = [...(podValue === false ? [podScPath(pod, 'runAsNonRoot')] : []), ...explicit.map((ref) => containerScPath(ref, 'runAsNonRoot'))];
    return {
      reason: 'runAsNonRoot != true',
      reasonText: verbatim('runAsNonRoot != true'),
      detail: `${setters.upstream} must not set securityContext.runAsNonRoot=false`,
      detailText: msg('psa.detail.mustNotSet', {
        upstream: `${setters.upstream} must not set securityContext.runAsNonRoot=false`,
        who: setters.text,
        plural: setters.plural,
        field: 'securityContext.runAsNonRoot=false',
      }),
      paths,
    };
  }
  if (implicit.length === 0) return null;
  const names = implicit.map((ref) => ref.name);
  return {
    reason: 'runAsNonRoot != true',
    reasonText: verbatim('runAsNonRoot != true'),
    detail: `pod or ${containersEn(names)} must set securityContext.runAsNonRoot=true`,
    detailText: msg('psa.detail.podOrMustSet', {
      upstream: `pod or ${containersEn(names)} must set securityContext.runAsNonRoot=true`,
      who: psaContainers(names),
      plural: names.length > 1,
      field: 'securityContext.runAsNonRoot=true',
    }),
    paths: [podScPath(pod, 'runAsNonRoot'), ...implicit.map((ref) => containerScPath(ref, 'runAsNonRoot'))],
  };
}

/** 1.35+: user-namespaced pods (`hostUsers: false`) pass. */
function runAsNonRoot1_35(pod: PodView): CheckFailure | null {
  return isUserNamespacePod(pod) ? null : runAsNonRoot1_0(pod);
}

export const runAsNonRootCheck: PodSecurityCheck = {
  id: 'runAsNonRoot',
  level: 'restricted',
  title: msg('psa.title.runAsNonRoot', {}),
  versions: [
    { minor: 0, evaluate: runAsNonRoot1_0 },
    { minor: 35, evaluate: runAsNonRoot1_35 },
  ],
};
