// Baseline: containers may not bind host ports.
// Upstream: pod-security-admission policy/check_hostPorts.go.
import { msg, verbatim } from '../../messages';
import { isRecord, list } from '../read';
import { containersEn, pluralize, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { psaContainers } from './common';

/** 1.0+: every container port's hostPort must be unset or 0 (after API defaulting). */
function hostPorts1_0(pod: PodView): CheckFailure | null {
  const ports: string[] = [];
  const paths: string[] = [];
  const bad = pod.containers.filter((ref) => {
    let valid = true;
    list(ref.container.ports).forEach((port, j) => {
      if (!isRecord(port) || typeof port.hostPort !== 'number' || port.hostPort === 0) return;
      valid = false;
      ports.push(String(port.hostPort));
      paths.push(`${ref.path}.ports[${j}].hostPort`);
    });
    return !valid;
  });
  if (bad.length === 0) return null;
  const names = bad.map((ref) => ref.name);
  const unique = sortedSet(ports);
  const n = names.length;
  return {
    reason: 'hostPort',
    reasonText: verbatim('hostPort'),
    detail: `${containersEn(names)} ${pluralize('uses', 'use', n)} ${pluralize('hostPort', 'hostPorts', unique.length)} ${unique.join(', ')}`,
    detailText: msg('psa.detail.uses', {
      upstream: `${containersEn(names)} ${pluralize('uses', 'use', n)} ${pluralize('hostPort', 'hostPorts', unique.length)} ${unique.join(', ')}`,
      who: psaContainers(names),
      plural: n > 1,
      what: 'hostPort',
      values: unique.join(', '),
      count: unique.length,
    }),
    paths,
  };
}

export const hostPortsCheck: PodSecurityCheck = {
  id: 'hostPorts',
  level: 'baseline',
  title: msg('psa.title.hostPorts', {}),
  versions: [{ minor: 0, evaluate: hostPorts1_0 }],
};
