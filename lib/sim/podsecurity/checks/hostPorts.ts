// Baseline: containers may not bind host ports.
// Upstream: pod-security-admission policy/check_hostPorts.go.
import { isRecord, list } from '../read';
import { containersEn, containersEs, pluralize, sortedSet } from '../text';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';

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
    reasonEs: 'hostPort',
    detail: `${containersEn(names)} ${pluralize('uses', 'use', n)} ${pluralize('hostPort', 'hostPorts', unique.length)} ${unique.join(', ')}`,
    detailEs: `${containersEs(names)} ${pluralize('usa', 'usan', n)} ${pluralize('el hostPort', 'los hostPorts', unique.length)} ${unique.join(', ')}`,
    paths,
  };
}

export const hostPortsCheck: PodSecurityCheck = {
  id: 'hostPorts',
  level: 'baseline',
  title: { en: 'No host ports', es: 'Sin puertos del host' },
  versions: [{ minor: 0, evaluate: hostPorts1_0 }],
};
