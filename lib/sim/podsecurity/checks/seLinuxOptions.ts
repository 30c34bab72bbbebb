// Baseline: SELinux type limited to the container types; custom user or role forbidden.
// Upstream: pod-security-admission policy/check_seLinuxOptions.go.
import { msg, verbatim, type Message } from '../../messages';
import { isRecord, str } from '../read';
import { joinQuote, pluralize, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { buildSetters, containerScPath, podScPath, podSecurityContext, securityContextOf } from './common';

const TYPES_1_0: readonly string[] = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const TYPES_1_31: readonly string[] = [...TYPES_1_0, 'container_engine_t'];

interface Found {
  types: string[];
  user: boolean;
  role: boolean;
}

/** Records what is wrong with one seLinuxOptions; true when it is acceptable. */
function validOptions(options: Record<string, unknown>, allowed: readonly string[], found: Found): boolean {
  let valid = true;
  const type = str(options.type) ?? '';
  if (!allowed.includes(type)) {
    valid = false;
    found.types.push(type);
  }
  if ((str(options.user) ?? '') !== '') {
    valid = false;
    found.user = true;
  }
  if ((str(options.role) ?? '') !== '') {
    valid = false;
    found.role = true;
  }
  return valid;
}

function seLinuxOptions(pod: PodView, allowed: readonly string[]): CheckFailure | null {
  const found: Found = { types: [], user: false, role: false };
  const paths: string[] = [];
  const podOptions = podSecurityContext(pod).seLinuxOptions;
  const podBad = isRecord(podOptions) && !validOptions(podOptions, allowed, found);
  if (podBad) paths.push(podScPath(pod, 'seLinuxOptions'));
  const bad = pod.containers.filter((ref) => {
    const options = securityContextOf(ref).seLinuxOptions;
    const invalid = isRecord(options) && !validOptions(options, allowed, found);
    if (invalid) paths.push(containerScPath(ref, 'seLinuxOptions'));
    return invalid;
  });
  const setters = buildSetters(
    podBad,
    bad.map((ref) => ref.name),
  );
  if (setters.count === 0) return null;
  const types = sortedSet(found.types);
  const en: string[] = [];
  const parts: Message[] = [];
  if (types.length > 0) {
    en.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
    parts.push(msg('psa.seLinux.types', { values: joinQuote(types), count: types.length }));
  }
  if (found.user) {
    en.push('user may not be set');
    parts.push(msg('psa.seLinux.user', {}));
  }
  if (found.role) {
    en.push('role may not be set');
    parts.push(msg('psa.seLinux.role', {}));
  }
  return {
    reason: 'seLinuxOptions',
    reasonText: verbatim('seLinuxOptions'),
    detail: `${setters.upstream} set forbidden securityContext.seLinuxOptions: ${en.join('; ')}`,
    detailText: msg('psa.detail.seLinux', {
      upstream: `${setters.upstream} set forbidden securityContext.seLinuxOptions: ${en.join('; ')}`,
      who: setters.text,
      plural: setters.plural,
      parts,
    }),
    paths,
  };
}

export const seLinuxOptionsCheck: PodSecurityCheck = {
  id: 'seLinuxOptions',
  level: 'baseline',
  title: msg('psa.title.seLinuxOptions', {}),
  versions: [
    { minor: 0, evaluate: (pod) => seLinuxOptions(pod, TYPES_1_0) },
    { minor: 31, evaluate: (pod) => seLinuxOptions(pod, TYPES_1_31) },
  ],
};
