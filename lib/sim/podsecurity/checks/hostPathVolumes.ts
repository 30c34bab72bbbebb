// Baseline: hostPath volumes are forbidden (restricted replaces this with restrictedVolumes).
// Upstream: pod-security-admission policy/check_hostPathVolumes.go.
import { isRecord, isSet, list, str } from '../read';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { volumesWords } from './common';

/** 1.0+: no volume may have a hostPath source. */
function hostPathVolumes1_0(pod: PodView): CheckFailure | null {
  const names: string[] = [];
  const paths: string[] = [];
  list(pod.spec.volumes).forEach((volume, i) => {
    if (!isRecord(volume) || !isSet(volume.hostPath)) return;
    names.push(str(volume.name) ?? '');
    paths.push(`${pod.specPath}.volumes[${i}].hostPath`);
  });
  if (names.length === 0) return null;
  const words = volumesWords(names);
  return { reason: 'hostPath volumes', reasonEs: 'volúmenes hostPath', detail: words.en, detailEs: words.es, paths };
}

export const hostPathVolumesCheck: PodSecurityCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  title: { en: 'No hostPath volumes', es: 'Sin volúmenes hostPath' },
  versions: [{ minor: 0, evaluate: hostPathVolumes1_0 }],
};
