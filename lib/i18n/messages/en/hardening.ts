import type { HARDENING_MESSAGES } from '../../../sim/hardening/messages';
import type { AreaCatalog } from '../types';

export const hardening: AreaCatalog<typeof HARDENING_MESSAGES> = {
  'hardening.dangerousCapabilityFindings': ({ list, who }) => `${who} adds ${list} beyond the runtime's default capabilities`,
  'hardening.dangerousCapabilityFindings.1': ({ target, list }) =>
    `remove ${list} from securityContext.capabilities.add on ${target}; keep only what it needs (usually nothing, or NET_BIND_SERVICE for ports below 1024)`,
  'hardening.capabilitiesNotDroppedFindings.1': ({ p0 }) => ` (${p0} is not "ALL": capability names are case-sensitive)`,
  'hardening.capabilitiesNotDroppedFindings.2': ({ hint, who }) =>
    `${who} keeps the runtime's default capabilities: securityContext.capabilities.drop does not include "ALL"${hint ?? ''}`,
  'hardening.capabilitiesNotDroppedFindings.3': ({ target }) => `set securityContext.capabilities.drop: ["ALL"] on ${target} and add back only what it needs`,
  'hardening.hostPortFindings': ({ p0, who }) => `${who} binds port ${p0} on the node (hostPort)`,
  'hardening.hostPortFindings.1': ({ target }) => `remove hostPort from ${target} and expose the port with a Service`,
  'hardening.imageTagFindings': ({ shown, who }) => `${who} uses image ${shown} without a tag, which means :latest`,
  'hardening.imageTagFindings.1': ({ shown, who }) => `${who} uses image ${shown}: latest changes under you`,
  'hardening.imageTagFindings.2': ({ repo, target }) => `pin ${target}'s image to a version or digest, e.g. ${repo}:1.2.3 or ${repo}@sha256:<digest>`,
  'hardening.hostNamespaceFindings': ({ p0, ns }) => `the pod shares the node's ${ns} namespace (${p0}: true)`,
  'hardening.hostNamespaceFindings.1': ({ field, extra }) => `remove ${field}: true from the pod spec${extra ?? ''}`,
  'hardening.hostPathVolumeFindings': ({ where, p0 }) => `volume ${p0} mounts the node's path${where} (hostPath)`,
  'hardening.hostPathVolumeFindings.1': ({ name }) => `replace hostPath volume ${name} with an emptyDir, configMap, secret or persistentVolumeClaim volume`,
  'hardening.misplacedNote.1': ({ field }) => `; ${field} in the pod's securityContext has no effect (the field exists only on containers)`,
  'hardening.privilegedFindings': ({ who }) => `${who} runs privileged (securityContext.privileged: true): it has every capability and the node's devices`,
  'hardening.privilegedFindings.1': ({ target }) => `remove securityContext.privileged: true from ${target} and add only the capabilities it needs`,
  'hardening.privilegeEscalationFindings': ({ target }) => `set securityContext.allowPrivilegeEscalation: false on ${target}`,
  'hardening.escalationMessage': ({ who }) => `${who} is privileged, so privilege escalation is always allowed`,
  'hardening.escalationMessage.1': ({ who }) => `${who} sets securityContext.allowPrivilegeEscalation: true`,
  'hardening.escalationMessage.2': ({ who }) => `${who} adds SYS_ADMIN, so privilege escalation is always allowed`,
  'hardening.escalationMessage.3': ({ note, who }) =>
    `${who} allows privilege escalation: securityContext.allowPrivilegeEscalation is not set (it defaults to true)${note ?? ''}`,
  'hardening.readOnlyRootFindings': ({ who }) => `${who} sets securityContext.readOnlyRootFilesystem: false: its root filesystem is writable`,
  'hardening.readOnlyRootFindings.1': ({ note, who }) =>
    `${who} has a writable root filesystem: securityContext.readOnlyRootFilesystem is not set (it defaults to false)${note ?? ''}`,
  'hardening.readOnlyRootFindings.2': ({ target }) =>
    `set securityContext.readOnlyRootFilesystem: true on ${target}, and mount an emptyDir volume where it must write (e.g. /tmp)`,
  'hardening.resourceFindings': ({ field, r, who }) => `${who} sets ${r} (${field})`,
  'hardening.resourceFindings.1': ({ p0, target, field }) => `set ${field} on ${target}, e.g. ${p0}`,
  'hardening.defaultServiceAccountFindings': ({ explicit }) =>
    `the pod runs as the namespace's "default" ServiceAccount (${explicit ? 'serviceAccountName: default' : 'serviceAccountName is not set'}), whose permissions every such pod shares`,
  'hardening.defaultServiceAccountFindings.1': () =>
    'create a ServiceAccount for this app, set serviceAccountName to it, and leave default without permissions',
  'hardening.automountFindings': () =>
    'the pod explicitly mounts its ServiceAccount token (automountServiceAccountToken: true); make sure the app calls the Kubernetes API',
  'hardening.automountFindings.1': () =>
    'the pod mounts the "default" ServiceAccount token (automountServiceAccountToken is not false): whoever gets into a container can call the API with it',
  'hardening.automountFindings.2': ({ p0 }) =>
    `the pod mounts the token of ServiceAccount ${p0} (automountServiceAccountToken is not false); fine if the app calls the Kubernetes API, otherwise a credential waiting to be stolen`,
  'hardening.automountFindings.3': () =>
    "set automountServiceAccountToken: false in the pod spec if the app does not call the Kubernetes API (the pod's setting overrides the ServiceAccount's)",
  'hardening.automountFindings.projected': ({ volume }) =>
    `the pod mounts a ServiceAccount token by hand: volume ${volume} is a projected serviceAccountToken, which automountServiceAccountToken: false does not stop`,
  'hardening.automountFindings.projected.fix': () => 'remove the serviceAccountToken source (and its volumeMount) if the app does not call the Kubernetes API',
  'hardening.runAsNonRootFindings': ({ who }) => `${who} sets securityContext.runAsNonRoot: false, so nothing stops it from running as root`,
  'hardening.runAsNonRootFindings.1': ({ target }) =>
    `set securityContext.runAsNonRoot: true on ${target} (the container value overrides the pod's) and run it as a non-zero UID, e.g. runAsUser: 10001`,
  'hardening.runAsNonRootFindings.2': ({ who }) =>
    `the pod sets securityContext.runAsNonRoot: false and ${who} does not override it, so nothing stops it from running as root`,
  'hardening.runAsNonRootFindings.3': ({ target }) => `set securityContext.runAsNonRoot: true in the pod's securityContext (or on ${target})`,
  'hardening.runAsNonRootFindings.4': ({ who }) =>
    `${who} may run as root: neither it nor the pod sets securityContext.runAsNonRoot: true or a non-zero runAsUser`,
  'hardening.runAsNonRootFindings.5': ({ target }) =>
    `set securityContext.runAsNonRoot: true and runAsUser: 10001 on ${target}, or in the pod's securityContext to cover every container`,
  'hardening.runAsRootUserFindings': ({ who }) => `the pod sets securityContext.runAsUser: 0 (root) and ${who} does not override it`,
  'hardening.runAsRootUserFindings.1': ({ who }) => `${who} sets securityContext.runAsUser: 0 (root)`,
  'hardening.runAsRootUserFindings.2': ({ target }) =>
    `set a non-zero runAsUser (e.g. 10001) in the pod's securityContext, or on ${target}, with runAsNonRoot: true`,
  'hardening.runAsRootUserFindings.3': ({ target }) => `set runAsUser to a non-zero UID (e.g. 10001) on ${target}, with runAsNonRoot: true`,
  'hardening.writablePathFindings': ({ paths, who }) => `${who} has a read-only root filesystem, but its image writes to ${paths}: it crashes on start`,
  'hardening.writablePathFindings.1': ({ target, paths }) => `mount an emptyDir volume at ${paths} in ${target}`,
  'hardening.namespace.hostNetwork': () => 'network',
  'hardening.namespace.hostPID': () => 'process (PID)',
  'hardening.namespace.hostIPC': () => 'IPC',
  'hardening.namespace.serviceHint': () => ' (expose the app with a Service instead)',
  'hardening.resource.cpu-requests-missing': () => 'no CPU request',
  'hardening.resource.cpu-limits-missing': () => 'no CPU limit',
  'hardening.resource.memory-requests-missing': () => 'no memory request',
  'hardening.resource.memory-limits-missing': () => 'no memory limit',
  'hardening.check.host-network.title': () => 'Host network namespace',
  'hardening.check.host-network.why': () =>
    'With hostNetwork the pod sees every interface of the node, can sniff its traffic, bind its ports and reach services listening on localhost, and NetworkPolicies no longer isolate it.',
  'hardening.check.host-network.fix': () => 'Remove hostNetwork: true and expose the app with a Service.',
  'hardening.check.host-pid.title': () => 'Host PID namespace',
  'hardening.check.host-pid.why': () =>
    'With hostPID the containers see every process of the node, can read their environment and, as root, signal or ptrace them.',
  'hardening.check.host-pid.fix': () => 'Remove hostPID: true.',
  'hardening.check.host-ipc.title': () => 'Host IPC namespace',
  'hardening.check.host-ipc.why': () => "With hostIPC the pod shares the node's shared memory and message queues with every process on it.",
  'hardening.check.host-ipc.fix': () => 'Remove hostIPC: true.',
  'hardening.check.host-path-volume.title': () => 'hostPath volume',
  'hardening.check.host-path-volume.why': () =>
    'A hostPath volume mounts a directory of the node into the container: the container runtime socket, /etc or /var/lib/kubelet are a short way to take over the node.',
  'hardening.check.host-path-volume.fix': () => 'Use an emptyDir, configMap, secret or persistentVolumeClaim volume instead.',
  'hardening.check.default-service-account.title': () => 'Runs as the default ServiceAccount',
  'hardening.check.default-service-account.why': () =>
    'Every pod that names no ServiceAccount runs as "default", so any permission granted to it is shared by all of them; the API identity of the app cannot be scoped.',
  'hardening.check.default-service-account.fix': () => 'Create a ServiceAccount per app, set serviceAccountName, and leave default without permissions.',
  'hardening.check.automount-service-account-token.title': () => 'ServiceAccount token mounted',
  'hardening.check.automount-service-account-token.why': () =>
    'Unless automountServiceAccountToken is false (on the pod, or on its ServiceAccount when the pod leaves it unset), every container gets an API token: whoever breaks into the app can use it. Severity is warning for the default ServiceAccount (pods using it rarely need the API) and info for a dedicated ServiceAccount or an explicit true (the app may call the API: only you know).',
  'hardening.check.automount-service-account-token.fix': () =>
    'Set automountServiceAccountToken: false in the pod spec when the app does not call the Kubernetes API.',
  'hardening.check.privileged-container.title': () => 'Privileged container',
  'hardening.check.privileged-container.why': () => "A privileged container has every capability and the node's devices; escaping to the node is trivial.",
  'hardening.check.privileged-container.fix': () => 'Remove privileged: true and add only the capabilities the app needs.',
  'hardening.check.allow-privilege-escalation.title': () => 'Privilege escalation allowed',
  'hardening.check.allow-privilege-escalation.why': () =>
    'Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent (setuid binaries such as sudo, file capabilities). It defaults to true, and is always true for privileged containers or with CAP_SYS_ADMIN.',
  'hardening.check.allow-privilege-escalation.fix': () =>
    'Set securityContext.allowPrivilegeEscalation: false on every container (there is no pod-level field).',
  'hardening.check.run-as-non-root.title': () => 'May run as root',
  'hardening.check.run-as-non-root.why': () =>
    'Many images run as root by default. runAsNonRoot: true makes the kubelet refuse to start the container as UID 0; a non-zero runAsUser picks the user. The container value overrides the pod value.',
  'hardening.check.run-as-non-root.fix': () => 'Set securityContext.runAsNonRoot: true and a non-zero runAsUser (pod level applies to all containers).',
  'hardening.check.run-as-root-user.title': () => 'Runs as UID 0',
  'hardening.check.run-as-root-user.why': () =>
    'runAsUser: 0 runs the container as root explicitly: a breakout lands as root on the node, and files it writes on shared volumes belong to root.',
  'hardening.check.run-as-root-user.fix': () => 'Use a non-zero runAsUser (e.g. 10001) with runAsNonRoot: true.',
  'hardening.check.read-only-root-filesystem.title': () => 'Writable root filesystem',
  'hardening.check.read-only-root-filesystem.why': () =>
    "A writable root filesystem lets an attacker drop tools or change the app's files. readOnlyRootFilesystem exists only on containers; writable paths come from emptyDir mounts.",
  'hardening.check.read-only-root-filesystem.fix': () => 'Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where the app writes.',
  'hardening.check.writable-path-missing.title': () => 'Read-only root without the paths the image writes',
  'hardening.check.writable-path-missing.why': () =>
    'With readOnlyRootFilesystem: true, an image that writes its PID file, cache or data to a fixed path (nginx: /tmp or /var/cache/nginx, postgres: /var/run/postgresql) fails on start unless a volume is mounted there.',
  'hardening.check.writable-path-missing.fix': () => 'Mount an emptyDir volume (not readOnly) at each path the image writes.',
  'hardening.check.capabilities-added-dangerous.title': () => 'Dangerous capabilities added',
  'hardening.check.capabilities-added-dangerous.why': () =>
    "Capabilities outside the runtime's default set (SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE, ALL, ...) give root-like powers over the kernel, the network or other processes.",
  'hardening.check.capabilities-added-dangerous.fix': () =>
    'Remove them from capabilities.add; keep only what the app needs (usually nothing, or NET_BIND_SERVICE).',
  'hardening.check.capabilities-not-dropped.title': () => 'Default capabilities kept',
  'hardening.check.capabilities-not-dropped.why': () =>
    'Containers start with a default capability set (CHOWN, NET_RAW with some runtimes, SETUID, ...). Dropping ALL and adding back only what is needed shrinks what a compromised process can do. Names are case-sensitive: "all" is not "ALL".',
  'hardening.check.capabilities-not-dropped.fix': () => 'Set securityContext.capabilities.drop: ["ALL"].',
  'hardening.check.host-port.title': () => 'hostPort',
  'hardening.check.host-port.why': () => 'A hostPort opens a port on the node itself, bypassing Services and limiting scheduling to one such pod per node.',
  'hardening.check.host-port.fix': () => 'Remove hostPort and expose the port with a Service.',
  'hardening.check.image-tag-latest.title': () => 'Image without a pinned tag',
  'hardening.check.image-tag-latest.why': () =>
    'An image without a tag means :latest, which changes under you: you cannot tell what runs, roll back, or be sure the scanned image is the deployed one.',
  'hardening.check.image-tag-latest.fix': () => 'Pin a version tag or, better, a digest (@sha256:...).',
  'hardening.check.cpu-requests-missing.title': () => 'No CPU request',
  'hardening.check.cpu-requests-missing.why': () =>
    'Without a CPU request the scheduler places the pod blindly and it gets the least CPU under contention. A CPU limit alone also sets the request (API defaulting).',
  'hardening.check.cpu-requests-missing.fix': () => 'Set resources.requests.cpu (e.g. 100m).',
  'hardening.check.cpu-limits-missing.title': () => 'No CPU limit',
  'hardening.check.cpu-limits-missing.why': () =>
    'Without a CPU limit a busy or compromised container can use all spare CPU of the node. Many teams skip CPU limits on purpose to avoid throttling, so this is informational.',
  'hardening.check.cpu-limits-missing.fix': () => 'Set resources.limits.cpu if you need a hard cap.',
  'hardening.check.memory-requests-missing.title': () => 'No memory request',
  'hardening.check.memory-requests-missing.why': () =>
    'Without a memory request the scheduler cannot reserve memory for the pod and it is among the first evicted under pressure. A memory limit alone also sets the request.',
  'hardening.check.memory-requests-missing.fix': () => 'Set resources.requests.memory (e.g. 128Mi).',
  'hardening.check.memory-limits-missing.title': () => 'No memory limit',
  'hardening.check.memory-limits-missing.why': () =>
    "Without a memory limit a leaking or malicious container can take all the node's memory and get other pods killed (denial of service).",
  'hardening.check.memory-limits-missing.fix': () => 'Set resources.limits.memory (e.g. 256Mi).',
  'hardening.container': ({ name }) => `container ${name}`,
  'hardening.initContainer': ({ name }) => `init container ${name}`,
  'hardening.ephemeralContainer': ({ name }) => `ephemeral container ${name}`,
  'hardening.bare': ({ message }) => message,
  'hardening.bareFix': ({ fix }) => fix,
};
