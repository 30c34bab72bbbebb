// Baseline: sharing the host's network, PID or IPC namespace is forbidden.
// Upstream: pod-security-admission policy/check_hostNamespaces.go.
import { msg, verbatim } from '../../messages';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

/** 1.0+: spec.hostNetwork, hostPID and hostIPC must be unset or false. */
function hostNamespaces1_0(pod: PodView): CheckFailure | null {
  const set = FIELDS.filter((field) => pod.spec[field] === true);
  if (set.length === 0) return null;
  const detail = set.map((field) => `${field}=true`).join(', ');
  return {
    reason: 'host namespaces',
    reasonText: msg('psa.reason.hostNamespaces', { upstream: 'host namespaces', count: 1 }),
    detail,
    detailText: verbatim(detail),
    paths: set.map((field) => `${pod.specPath}.${field}`),
  };
}

export const hostNamespacesCheck: PodSecurityCheck = {
  id: 'hostNamespaces',
  level: 'baseline',
  title: msg('psa.title.hostNamespaces', {}),
  versions: [{ minor: 0, evaluate: hostNamespaces1_0 }],
};
