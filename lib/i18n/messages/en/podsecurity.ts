import type { PODSECURITY_MESSAGES } from '../../../sim/podsecurity/messages';
import type { AreaCatalog } from '../types';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const quote = (names: string[]) => (names.length === 0 ? '' : `"${names.join('", "')}"`);
/** English is the upstream text itself (pod-security-admission policy/check_*.go). */
const upstream = ({ upstream: text }: { upstream: string }) => text;

export const podsecurity: AreaCatalog<typeof PODSECURITY_MESSAGES> = {
  'psa.containers': ({ names }) => `${plural(names.length, 'container', 'containers')} ${quote(names)}`,
  'psa.setters': ({ pod, containers, annotations }) =>
    [
      pod ? 'pod' : '',
      containers.length ? `${plural(containers.length, 'container', 'containers')} ${quote(containers)}` : '',
      annotations ? plural(annotations, 'annotation', 'annotations') : '',
    ]
      .filter(Boolean)
      .join(' and '),
  'psa.volumes': ({ names, count }) => `${plural(count, 'volume', 'volumes')} ${names}`,
  'psa.reason.privileged': ({ upstream }) => upstream,
  'psa.reason.capabilities_baseline': ({ upstream }) => upstream,
  'psa.reason.capabilities_restricted': ({ upstream }) => upstream,
  'psa.reason.hostNamespaces': ({ upstream }) => upstream,
  'psa.reason.hostPathVolumes': ({ upstream }) => upstream,
  'psa.reason.hostProbesAndHostLifecycle': ({ upstream }) => upstream,
  'psa.reason.restrictedVolumes': ({ upstream }) => upstream,
  'psa.reason.sysctls': ({ upstream }) => upstream,
  'psa.reason.notAPod': ({ upstream }) => upstream,
  'psa.reason.appArmorProfile': ({ upstream }) => upstream,
  'psa.detail.mustNotSet': upstream,
  'psa.detail.mustSet': upstream,
  'psa.detail.podOrMustSet': upstream,
  'psa.detail.mustNotSetTo': upstream,
  'psa.detail.appArmor': upstream,
  'psa.detail.seccompRestricted': upstream,
  'psa.detail.addCapabilities': upstream,
  'psa.detail.parts': upstream,
  'psa.detail.uses': upstream,
  'psa.detail.probeHosts': upstream,
  'psa.detail.volumeTypes': upstream,
  'psa.detail.volumes': upstream,
  'psa.detail.seLinux': upstream,
  'psa.seLinux.types': ({ values, count }) => `${plural(count, 'type', 'types')} ${values}`,
  'psa.seLinux.user': () => 'user may not be set',
  'psa.seLinux.role': () => 'role may not be set',
  'psa.detail.annotations': upstream,
  'psa.detail.notAPod': upstream,
  'psa.note.level': ({ level }) =>
    `level ${level} is not one of privileged, baseline, restricted; evaluated as "restricted" (the API server fails closed for enforce)`,
  'psa.note.version': ({ version }) => `version ${version} must be "latest" or "v1.x"; evaluated as "latest", as the API server does`,
  'psa.note.newer': ({ minor, maxMinor }) => `v1.${minor} is newer than this API server (v1.${maxMinor}); its newest checks (v1.${maxMinor}) are used`,
  'psa.note.notAPod': ({ what }) =>
    `${what}: only Pods and workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate) can be evaluated`,
  'psa.note.kind': ({ kind }) => `kind "${kind}" has no pod template`,
  'psa.note.input': () => 'the input is not a Kubernetes object with a pod spec',
  'psa.title.allowPrivilegeEscalation': () => 'Privilege escalation disabled',
  'psa.title.appArmorProfile': () => 'AppArmor not disabled',
  'psa.title.capabilities_baseline': () => 'Only default capabilities added',
  'psa.title.capabilities_restricted': () => 'Drop ALL capabilities',
  'psa.title.hostNamespaces': () => 'No host namespaces',
  'psa.title.hostPathVolumes': () => 'No hostPath volumes',
  'psa.title.hostPorts': () => 'No host ports',
  'psa.title.hostProbesAndHostLifecycle': () => 'Probes and lifecycle hooks stay on the pod',
  'psa.title.privileged': () => 'No privileged containers',
  'psa.title.procMount': () => 'Default /proc mount',
  'psa.title.procMount_restricted': () => 'Default /proc mount (no exceptions)',
  'psa.title.restrictedVolumes': () => 'Only safe volume types',
  'psa.title.runAsNonRoot': () => 'Must run as non-root',
  'psa.title.runAsUser': () => 'Not running as UID 0',
  'psa.title.seLinuxOptions': () => 'Default SELinux options',
  'psa.title.seccompProfile_baseline': () => 'Seccomp not disabled',
  'psa.title.seccompProfile_restricted': () => 'Seccomp profile required',
  'psa.title.sysctls': () => 'Only safe sysctls',
  'psa.title.windowsHostProcess': () => 'No Windows HostProcess',
  'psa.violation': ({ reason, detail }) => (detail ? `${reason}: ${detail}` : reason),
  'psa.allowed': ({ at, privileged }) => `Allowed by PodSecurity${at}: ${privileged ? 'the privileged level runs no checks' : 'no check failed'}.`,
  'psa.denied': ({ at, count }) => `Denied by PodSecurity${at}: ${count} ${count === 1 ? 'check' : 'checks'} failed:`,
  'psa.note': ({ note }) => `Note: ${note}`,
};
