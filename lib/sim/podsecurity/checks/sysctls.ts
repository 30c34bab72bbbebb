// Baseline: only namespaced, isolated ("safe") sysctls; the allow-list grows with versions.
// Upstream: pod-security-admission policy/check_sysctls.go.
import { msg, verbatim } from '../../messages';
import { isRecord, list, str } from '../read';
import type { CheckFailure, PodSecurityCheck, PodView } from '../types';
import { podSecurityContext } from './common';

const ALLOWED_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const ALLOWED_1_27 = [...ALLOWED_1_0, 'net.ipv4.ip_local_reserved_ports'];
const ALLOWED_1_29 = [
  ...ALLOWED_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const ALLOWED_1_32 = [...ALLOWED_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const ALLOWED_1_37 = [...ALLOWED_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

/** spec.securityContext.sysctls[].name must be in the version's allow-list (exact names). */
function sysctls(pod: PodView, allowed: readonly string[]): CheckFailure | null {
  const names: string[] = [];
  const paths: string[] = [];
  list(podSecurityContext(pod).sysctls).forEach((sysctl, i) => {
    if (!isRecord(sysctl)) return;
    const name = str(sysctl.name) ?? '';
    if (allowed.includes(name)) return;
    names.push(name);
    paths.push(`${pod.specPath}.securityContext.sysctls[${i}].name`);
  });
  if (names.length === 0) return null;
  const detail = names.join(', ');
  return {
    reason: 'forbidden sysctls',
    reasonText: msg('psa.reason.sysctls', { upstream: 'forbidden sysctls', count: 1 }),
    detail,
    detailText: verbatim(detail),
    paths,
  };
}

export const sysctlsCheck: PodSecurityCheck = {
  id: 'sysctls',
  level: 'baseline',
  title: msg('psa.title.sysctls', {}),
  versions: [
    { minor: 0, evaluate: (pod) => sysctls(pod, ALLOWED_1_0) },
    { minor: 27, evaluate: (pod) => sysctls(pod, ALLOWED_1_27) },
    { minor: 29, evaluate: (pod) => sysctls(pod, ALLOWED_1_29) },
    { minor: 32, evaluate: (pod) => sysctls(pod, ALLOWED_1_32) },
    { minor: 37, evaluate: (pod) => sysctls(pod, ALLOWED_1_37) },
  ],
};
