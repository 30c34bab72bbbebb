// Baseline: seccomp may not be disabled. Before 1.19 through the alpha annotations, from 1.19
// through securityContext.seccompProfile (annotations are then ignored).
// Upstream: pod-security-admission policy/check_seccompProfile_baseline.go.
import { msg, verbatim } from '../../messages';
import { isRecord, keyPath, own, str } from '../read';
import { goQuote, joinQuote, pluralize, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, podScPath, podSecurityContext, securityContextOf } from './common';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

function validAnnotation(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

/** A seccomp profile type restricted and baseline accept. */
export function validSeccompType(type: unknown): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/** 1.0–1.18: the pod and per-container seccomp annotations must name an allowed profile. */
function seccompProfileBaseline1_0(pod: PodView): CheckFailure | null {
  const annotations = pod.metadata.annotations;
  const keys = [POD_ANNOTATION, ...pod.containers.map((ref) => CONTAINER_ANNOTATION_PREFIX + ref.name)];
  const bad = new Map<string, string>();
  for (const key of keys) {
    const value = str(own(annotations, key));
    if (value !== undefined && !validAnnotation(value)) bad.set(`${key}=${goQuote(value)}`, keyPath(`${pod.metaPath}.annotations`, key));
  }
  if (bad.size === 0) return null;
  const list = sortedSet(bad.keys());
  return {
    reason: 'seccompProfile',
    reasonText: verbatim('seccompProfile'),
    detail: `forbidden ${pluralize('annotation', 'annotations', list.length)} ${list.join(', ')}`,
    detailText: msg('psa.detail.annotations', {
      upstream: `forbidden ${pluralize('annotation', 'annotations', list.length)} ${list.join(', ')}`,
      list: list.join(', '),
      count: list.length,
    }),
    paths: list.map((entry) => bad.get(entry) as string),
  };
}

/** Shared by baseline 1.19+ and restricted: explicit settings of a forbidden type. */
export function explicitSeccompViolations(pod: PodView): { podBad: boolean; containers: string[]; values: string[]; paths: string[] } {
  const values: string[] = [];
  const paths: string[] = [];
  const podProfile = podSecurityContext(pod).seccompProfile;
  const podBad = isRecord(podProfile) && !validSeccompType(podProfile.type);
  if (podBad) {
    values.push(str(podProfile.type) ?? '');
    paths.push(podScPath(pod, 'seccompProfile.type'));
  }
  const containers = pod.containers
    .filter((ref) => {
      const profile = securityContextOf(ref).seccompProfile;
      if (!isRecord(profile) || validSeccompType(profile.type)) return false;
      values.push(str(profile.type) ?? '');
      paths.push(containerScPath(ref, 'seccompProfile.type'));
      return true;
    })
    .map((ref) => ref.name);
  return { podBad, containers, values, paths };
}

/** The "must not set securityContext.seccompProfile.type to ..." failure, or null. */
export function explicitSeccompFailure(pod: PodView): CheckFailure | null {
  const found = explicitSeccompViolations(pod);
  const setters = buildSetters(found.podBad, found.containers);
  if (setters.count === 0) return null;
  const values = joinQuote(sortedSet(found.values));
  return {
    reason: 'seccompProfile',
    reasonText: verbatim('seccompProfile'),
    detail: `${setters.upstream} must not set securityContext.seccompProfile.type to ${values}`,
    detailText: msg('psa.detail.mustNotSetTo', {
      upstream: `${setters.upstream} must not set securityContext.seccompProfile.type to ${values}`,
      who: setters.text,
      plural: setters.plural,
      field: 'securityContext.seccompProfile.type',
      values,
    }),
    paths: found.paths,
  };
}

export const seccompProfileBaselineCheck: PodSecurityCheck = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  title: msg('psa.title.seccompProfile_baseline', {}),
  versions: [
    { minor: 0, evaluate: seccompProfileBaseline1_0 },
    { minor: 19, evaluate: explicitSeccompFailure },
  ],
};
