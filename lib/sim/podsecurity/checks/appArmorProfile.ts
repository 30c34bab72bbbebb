// Baseline: AppArmor may not be disabled (Unconfined) by field or by the deprecated annotation.
// Upstream: pod-security-admission policy/check_appArmorProfile.go.
import { msg } from '../../messages';
import { isRecord, keyPath, stringEntries, str } from '../read';
import { goQuote, joinQuote, pluralize, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, podScPath, podSecurityContext, securityContextOf } from './common';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function allowedType(profile: unknown): boolean {
  return isRecord(profile) ? profile.type === 'RuntimeDefault' || profile.type === 'Localhost' : true;
}

function allowedAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

/** 1.0+: appArmorProfile.type only RuntimeDefault/Localhost; annotations '', runtime/default, localhost/*. */
function appArmorProfile1_0(pod: PodView): CheckFailure | null {
  const badValues: string[] = [];
  const paths: string[] = [];
  const podProfile = podSecurityContext(pod).appArmorProfile;
  const podBad = !allowedType(podProfile);
  if (podBad) {
    badValues.push(str((podProfile as Record<string, unknown>).type) ?? '');
    paths.push(podScPath(pod, 'appArmorProfile.type'));
  }
  const badContainers = pod.containers.filter((ref) => {
    const profile = securityContextOf(ref).appArmorProfile;
    if (allowedType(profile)) return false;
    badValues.push(str((profile as Record<string, unknown>).type) ?? '');
    paths.push(containerScPath(ref, 'appArmorProfile.type'));
    return true;
  });
  const annotations = stringEntries(pod.metadata.annotations).filter(([k, v]) => k.startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(v));
  for (const [k] of annotations) paths.push(keyPath(`${pod.metaPath}.annotations`, k));
  const forbidden = annotations.map(([k, v]) => `${k}=${goQuote(v)}`).sort();
  const setters = buildSetters(
    podBad,
    badContainers.map((ref) => ref.name),
    forbidden.length,
  );
  if (setters.count === 0) return null;
  const values = [...sortedSet(badValues), ...forbidden];
  return {
    reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    reasonText: msg('psa.reason.appArmorProfile', {
      upstream: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
      count: values.length,
    }),
    detail: `${setters.upstream} must not set AppArmor profile type to ${joinQuote(values)}`,
    detailText: msg('psa.detail.appArmor', {
      upstream: `${setters.upstream} must not set AppArmor profile type to ${joinQuote(values)}`,
      who: setters.text,
      plural: setters.plural,
      values: joinQuote(values),
    }),
    paths,
  };
}

export const appArmorProfileCheck: PodSecurityCheck = {
  id: 'appArmorProfile',
  level: 'baseline',
  title: msg('psa.title.appArmorProfile', {}),
  versions: [{ minor: 0, evaluate: appArmorProfile1_0 }],
};
