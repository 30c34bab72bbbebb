// The registry of hardening checks: stable ids, severity, why each matters and the fix, in the
// way Polaris, kubesec and kube-score document theirs (their texts are not copied).
import { msg } from '../messages';
import type { HardeningCheck } from './types';

const check = (c: HardeningCheck): HardeningCheck => c;

export const HARDENING_CHECKS: readonly HardeningCheck[] = [
  check({
    id: 'host-network', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostNetworkSet · kubesec HostNetwork · PSS baseline hostNamespaces',
    title: msg('hardening.check.host-network.title', {}),
    why: msg('hardening.check.host-network.why', {}),
    fix: msg('hardening.check.host-network.fix', {}),
  }),
  check({
    id: 'host-pid', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostPIDSet · kubesec HostPID · PSS baseline hostNamespaces',
    title: msg('hardening.check.host-pid.title', {}),
    why: msg('hardening.check.host-pid.why', {}),
    fix: msg('hardening.check.host-pid.fix', {}),
  }),
  check({
    id: 'host-ipc', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostIPCSet · kubesec HostIPC · PSS baseline hostNamespaces',
    title: msg('hardening.check.host-ipc.title', {}),
    why: msg('hardening.check.host-ipc.why', {}),
    fix: msg('hardening.check.host-ipc.fix', {}),
  }),
  check({
    id: 'host-path-volume', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostPathSet · kubesec DockerSock/hostPath · PSS baseline hostPathVolumes',
    title: msg('hardening.check.host-path-volume.title', {}),
    why: msg('hardening.check.host-path-volume.why', {}),
    fix: msg('hardening.check.host-path-volume.fix', {}),
  }),
  check({
    id: 'default-service-account', severity: 'warning', scope: 'pod', seeAlso: 'kubesec ServiceAccountName · CIS 5.1.5',
    title: msg('hardening.check.default-service-account.title', {}),
    why: msg('hardening.check.default-service-account.why', {}),
    fix: msg('hardening.check.default-service-account.fix', {}),
  }),
  check({
    id: 'automount-service-account-token', severity: 'warning', scope: 'pod', seeAlso: 'Polaris automountServiceAccountToken · kubesec AutomountServiceAccountToken · CIS 5.1.6',
    title: msg('hardening.check.automount-service-account-token.title', {}),
    why: msg('hardening.check.automount-service-account-token.why', {}),
    fix: msg('hardening.check.automount-service-account-token.fix', {}),
  }),
  check({
    id: 'privileged-container', severity: 'danger', scope: 'container', seeAlso: 'Polaris runAsPrivileged · kubesec Privileged · kube-score container-security-context-privileged · PSS baseline privileged',
    title: msg('hardening.check.privileged-container.title', {}),
    why: msg('hardening.check.privileged-container.why', {}),
    fix: msg('hardening.check.privileged-container.fix', {}),
  }),
  check({
    id: 'allow-privilege-escalation', severity: 'danger', scope: 'container', seeAlso: 'Polaris privilegeEscalationAllowed · kubesec AllowPrivilegeEscalation · PSS restricted allowPrivilegeEscalation',
    title: msg('hardening.check.allow-privilege-escalation.title', {}),
    why: msg('hardening.check.allow-privilege-escalation.why', {}),
    fix: msg('hardening.check.allow-privilege-escalation.fix', {}),
  }),
  check({
    id: 'run-as-non-root', severity: 'warning', scope: 'container', seeAlso: 'Polaris runAsRootAllowed · kubesec RunAsNonRoot · kube-score container-security-context-user-group-id · PSS restricted runAsNonRoot',
    title: msg('hardening.check.run-as-non-root.title', {}),
    why: msg('hardening.check.run-as-non-root.why', {}),
    fix: msg('hardening.check.run-as-non-root.fix', {}),
  }),
  check({
    id: 'run-as-root-user', severity: 'danger', scope: 'container', seeAlso: 'kubesec RunAsUser · PSS restricted runAsUser',
    title: msg('hardening.check.run-as-root-user.title', {}),
    why: msg('hardening.check.run-as-root-user.why', {}),
    fix: msg('hardening.check.run-as-root-user.fix', {}),
  }),
  check({
    id: 'read-only-root-filesystem', severity: 'warning', scope: 'container', seeAlso: 'Polaris notReadOnlyRootFilesystem · kubesec ReadOnlyRootFilesystem · kube-score container-security-context-readonlyrootfilesystem',
    title: msg('hardening.check.read-only-root-filesystem.title', {}),
    why: msg('hardening.check.read-only-root-filesystem.why', {}),
    fix: msg('hardening.check.read-only-root-filesystem.fix', {}),
  }),
  check({
    id: 'writable-path-missing', severity: 'warning', scope: 'container', seeAlso: 'nginx-unprivileged and postgres image docs (read-only mode)',
    title: msg('hardening.check.writable-path-missing.title', {}),
    why: msg('hardening.check.writable-path-missing.why', {}),
    fix: msg('hardening.check.writable-path-missing.fix', {}),
  }),
  check({
    id: 'capabilities-added-dangerous', severity: 'danger', scope: 'container', seeAlso: 'Polaris dangerousCapabilities · kubesec CapSysAdmin · PSS baseline capabilities',
    title: msg('hardening.check.capabilities-added-dangerous.title', {}),
    why: msg('hardening.check.capabilities-added-dangerous.why', {}),
    fix: msg('hardening.check.capabilities-added-dangerous.fix', {}),
  }),
  check({
    id: 'capabilities-not-dropped', severity: 'warning', scope: 'container', seeAlso: 'Polaris insecureCapabilities · kubesec CapDropAll · PSS restricted capabilities',
    title: msg('hardening.check.capabilities-not-dropped.title', {}),
    why: msg('hardening.check.capabilities-not-dropped.why', {}),
    fix: msg('hardening.check.capabilities-not-dropped.fix', {}),
  }),
  check({
    id: 'host-port', severity: 'warning', scope: 'container', seeAlso: 'Polaris hostPortSet · PSS baseline hostPorts',
    title: msg('hardening.check.host-port.title', {}),
    why: msg('hardening.check.host-port.why', {}),
    fix: msg('hardening.check.host-port.fix', {}),
  }),
  check({
    id: 'image-tag-latest', severity: 'warning', scope: 'container', seeAlso: 'Polaris tagNotSpecified · kube-score container-image-tag',
    title: msg('hardening.check.image-tag-latest.title', {}),
    why: msg('hardening.check.image-tag-latest.why', {}),
    fix: msg('hardening.check.image-tag-latest.fix', {}),
  }),
  check({
    id: 'cpu-requests-missing', severity: 'warning', scope: 'container', seeAlso: 'Polaris cpuRequestsMissing · kubesec RequestsCPU · kube-score container-resources',
    title: msg('hardening.check.cpu-requests-missing.title', {}),
    why: msg('hardening.check.cpu-requests-missing.why', {}),
    fix: msg('hardening.check.cpu-requests-missing.fix', {}),
  }),
  check({
    id: 'cpu-limits-missing', severity: 'info', scope: 'container', seeAlso: 'Polaris cpuLimitsMissing · kubesec LimitsCPU · kube-score container-resources',
    title: msg('hardening.check.cpu-limits-missing.title', {}),
    why: msg('hardening.check.cpu-limits-missing.why', {}),
    fix: msg('hardening.check.cpu-limits-missing.fix', {}),
  }),
  check({
    id: 'memory-requests-missing', severity: 'warning', scope: 'container', seeAlso: 'Polaris memoryRequestsMissing · kubesec RequestsMemory · kube-score container-resources',
    title: msg('hardening.check.memory-requests-missing.title', {}),
    why: msg('hardening.check.memory-requests-missing.why', {}),
    fix: msg('hardening.check.memory-requests-missing.fix', {}),
  }),
  check({
    id: 'memory-limits-missing', severity: 'warning', scope: 'container', seeAlso: 'Polaris memoryLimitsMissing · kubesec LimitsMemory · kube-score container-resources',
    title: msg('hardening.check.memory-limits-missing.title', {}),
    why: msg('hardening.check.memory-limits-missing.why', {}),
    fix: msg('hardening.check.memory-limits-missing.fix', {}),
  }),
];

/** A hardening check by id. */
export function hardeningCheckById(id: string): HardeningCheck | undefined {
  return HARDENING_CHECKS.find((c) => c.id === id);
}
