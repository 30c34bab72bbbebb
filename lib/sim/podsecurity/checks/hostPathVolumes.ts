// Baseline: hostPath volumes are forbidden (restricted replaces this with restrictedVolumes).
// Upstream: pod-security-admission policy/check_hostPathVolumes.go.
import { msg } from '../../messages';
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
  return {
    reason: 'hostPath volumes',
    reasonText: msg('psa.reason.hostPathVolumes', { upstream: 'hostPath volumes', count: 1 }),
    detail: words.upstream,
    detailText: msg('psa.detail.volumes', { upstream: words.upstream, volumes: words.text }),
    paths,
  };
}

export const hostPathVolumesCheck: PodSecurityCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  title: msg('psa.title.hostPathVolumes', {}),
  versions: [{ minor: 0, evaluate: hostPathVolumes1_0 }],
};
