// Restricted: only volume types that cannot reach the node or external storage directly;
// replaces hostPathVolumes. Upstream: pod-security-admission policy/check_restrictedVolumes.go.
import { msg } from '../../messages';
import { isRecord, isSet, list, str, type Rec } from '../read';
import { joinQuote, pluralize, sortedSet } from '../text';
import { VOLUME_SOURCES } from '../podView';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { volumesWords } from './common';

/** Volume sources restricted allows. */
export const RESTRICTED_ALLOWED_VOLUMES: readonly string[] = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

/** Forbidden sources, in the order upstream names the first one a volume uses (every other API source). */
const FORBIDDEN_ORDER: readonly string[] = VOLUME_SOURCES.filter((key) => !RESTRICTED_ALLOWED_VOLUMES.includes(key));

function volumeType(volume: Rec): string {
  return FORBIDDEN_ORDER.find((key) => isSet(volume[key]) && Object.hasOwn(volume, key)) ?? 'unknown';
}

/** 1.0+: every volume must use one of the allowed sources (after emptyDir defaulting). */
function restrictedVolumes1_0(pod: PodView): CheckFailure | null {
  const names: string[] = [];
  const types: string[] = [];
  const paths: string[] = [];
  list(pod.spec.volumes).forEach((volume, i) => {
    if (!isRecord(volume)) return;
    if (RESTRICTED_ALLOWED_VOLUMES.some((key) => Object.hasOwn(volume, key) && isSet(volume[key]))) return;
    const type = volumeType(volume);
    names.push(str(volume.name) ?? '');
    types.push(type);
    paths.push(type === 'unknown' ? `${pod.specPath}.volumes[${i}]` : `${pod.specPath}.volumes[${i}].${type}`);
  });
  if (names.length === 0) return null;
  const words = volumesWords(names);
  const unique = sortedSet(types);
  const n = names.length;
  return {
    reason: 'restricted volume types',
    reasonText: msg('psa.reason.restrictedVolumes', { upstream: 'restricted volume types', count: 1 }),
    detail: `${words.upstream} ${pluralize('uses', 'use', n)} ${pluralize('restricted volume type', 'restricted volume types', unique.length)} ${joinQuote(unique)}`,
    detailText: msg('psa.detail.volumeTypes', {
      upstream: `${words.upstream} ${pluralize('uses', 'use', n)} ${pluralize('restricted volume type', 'restricted volume types', unique.length)} ${joinQuote(unique)}`,
      who: words.text,
      plural: n > 1,
      values: joinQuote(unique),
      count: unique.length,
    }),
    paths,
  };
}

export const restrictedVolumesCheck: PodSecurityCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  title: msg('psa.title.restrictedVolumes', {}),
  versions: [{ minor: 0, evaluate: restrictedVolumes1_0, overrides: ['hostPathVolumes'] }],
};
