// The registry of hardening checks: stable ids, severity, why each matters and the fix, in the
// way Polaris, kubesec and kube-score document theirs (their texts are not copied).
import type { HardeningCheck } from './types';

const check = (c: HardeningCheck): HardeningCheck => c;

export const HARDENING_CHECKS: readonly HardeningCheck[] = [
  check({
    id: 'host-network', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostNetworkSet · kubesec HostNetwork · PSS baseline hostNamespaces',
    title: { en: 'Host network namespace', es: 'Namespace de red del host' },
    why: { en: 'With hostNetwork the pod sees every interface of the node, can sniff its traffic, bind its ports and reach services listening on localhost, and NetworkPolicies no longer isolate it.', es: 'Con hostNetwork el pod ve todas las interfaces del nodo, puede espiar su tráfico, ocupar sus puertos y llegar a servicios que escuchan en localhost, y las NetworkPolicies ya no lo aíslan.' },
    fix: { en: 'Remove hostNetwork: true and expose the app with a Service.', es: 'Sacá hostNetwork: true y exponé la app con un Service.' },
  }),
  check({
    id: 'host-pid', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostPIDSet · kubesec HostPID · PSS baseline hostNamespaces',
    title: { en: 'Host PID namespace', es: 'Namespace de PID del host' },
    why: { en: 'With hostPID the containers see every process of the node, can read their environment and, as root, signal or ptrace them.', es: 'Con hostPID los contenedores ven todos los procesos del nodo, pueden leer su entorno y, como root, mandarles señales o hacerles ptrace.' },
    fix: { en: 'Remove hostPID: true.', es: 'Sacá hostPID: true.' },
  }),
  check({
    id: 'host-ipc', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostIPCSet · kubesec HostIPC · PSS baseline hostNamespaces',
    title: { en: 'Host IPC namespace', es: 'Namespace de IPC del host' },
    why: { en: 'With hostIPC the pod shares the node\'s shared memory and message queues with every process on it.', es: 'Con hostIPC el pod comparte la memoria compartida y las colas de mensajes del nodo con todos sus procesos.' },
    fix: { en: 'Remove hostIPC: true.', es: 'Sacá hostIPC: true.' },
  }),
  check({
    id: 'host-path-volume', severity: 'danger', scope: 'pod', seeAlso: 'Polaris hostPathSet · kubesec DockerSock/hostPath · PSS baseline hostPathVolumes',
    title: { en: 'hostPath volume', es: 'Volumen hostPath' },
    why: { en: 'A hostPath volume mounts a directory of the node into the container: the container runtime socket, /etc or /var/lib/kubelet are a short way to take over the node.', es: 'Un volumen hostPath monta un directorio del nodo en el contenedor: el socket del runtime, /etc o /var/lib/kubelet son un atajo para tomar el nodo.' },
    fix: { en: 'Use an emptyDir, configMap, secret or persistentVolumeClaim volume instead.', es: 'Usá un volumen emptyDir, configMap, secret o persistentVolumeClaim en su lugar.' },
  }),
  check({
    id: 'default-service-account', severity: 'warning', scope: 'pod', seeAlso: 'kubesec ServiceAccountName · CIS 5.1.5',
    title: { en: 'Runs as the default ServiceAccount', es: 'Corre con la ServiceAccount default' },
    why: { en: 'Every pod that names no ServiceAccount runs as "default", so any permission granted to it is shared by all of them; the API identity of the app cannot be scoped.', es: 'Todo pod que no nombra una ServiceAccount corre como "default", así que cualquier permiso que le des lo comparten todos; la identidad de la app frente a la API no se puede acotar.' },
    fix: { en: 'Create a ServiceAccount per app, set serviceAccountName, and leave default without permissions.', es: 'Creá una ServiceAccount por app, poné serviceAccountName y dejá a default sin permisos.' },
  }),
  check({
    id: 'automount-service-account-token', severity: 'warning', scope: 'pod', seeAlso: 'Polaris automountServiceAccountToken · kubesec AutomountServiceAccountToken · CIS 5.1.6',
    title: { en: 'ServiceAccount token mounted', es: 'Token de ServiceAccount montado' },
    why: { en: 'Unless automountServiceAccountToken is false (on the pod, or on its ServiceAccount when the pod leaves it unset), every container gets an API token: whoever breaks into the app can use it. Severity is warning for the default ServiceAccount (pods using it rarely need the API) and info for a dedicated ServiceAccount or an explicit true (the app may call the API: only you know).', es: 'Salvo que automountServiceAccountToken sea false (en el pod, o en su ServiceAccount si el pod no lo fija), cada contenedor recibe un token de la API: quien entre a la app lo puede usar. La severidad es warning con la ServiceAccount default (los pods que la usan casi nunca necesitan la API) e info con una ServiceAccount propia o un true explícito (la app quizás llame a la API: eso lo sabés vos).' },
    fix: { en: 'Set automountServiceAccountToken: false in the pod spec when the app does not call the Kubernetes API.', es: 'Poné automountServiceAccountToken: false en el spec del pod si la app no llama a la API de Kubernetes.' },
  }),
  check({
    id: 'privileged-container', severity: 'danger', scope: 'container', seeAlso: 'Polaris runAsPrivileged · kubesec Privileged · kube-score container-security-context-privileged · PSS baseline privileged',
    title: { en: 'Privileged container', es: 'Contenedor privilegiado' },
    why: { en: 'A privileged container has every capability and the node\'s devices; escaping to the node is trivial.', es: 'Un contenedor privilegiado tiene todas las capabilities y los dispositivos del nodo; escaparse al nodo es trivial.' },
    fix: { en: 'Remove privileged: true and add only the capabilities the app needs.', es: 'Sacá privileged: true y agregá solo las capabilities que la app necesita.' },
  }),
  check({
    id: 'allow-privilege-escalation', severity: 'danger', scope: 'container', seeAlso: 'Polaris privilegeEscalationAllowed · kubesec AllowPrivilegeEscalation · PSS restricted allowPrivilegeEscalation',
    title: { en: 'Privilege escalation allowed', es: 'Escalada de privilegios permitida' },
    why: { en: 'Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent (setuid binaries such as sudo, file capabilities). It defaults to true, and is always true for privileged containers or with CAP_SYS_ADMIN.', es: 'Salvo que allowPrivilegeEscalation sea false, un proceso puede ganar más privilegios que su padre (binarios setuid como sudo, capabilities de archivo). Por defecto es true, y siempre lo es en contenedores privilegiados o con CAP_SYS_ADMIN.' },
    fix: { en: 'Set securityContext.allowPrivilegeEscalation: false on every container (there is no pod-level field).', es: 'Poné securityContext.allowPrivilegeEscalation: false en cada contenedor (no existe a nivel de pod).' },
  }),
  check({
    id: 'run-as-non-root', severity: 'warning', scope: 'container', seeAlso: 'Polaris runAsRootAllowed · kubesec RunAsNonRoot · kube-score container-security-context-user-group-id · PSS restricted runAsNonRoot',
    title: { en: 'May run as root', es: 'Puede correr como root' },
    why: { en: 'Many images run as root by default. runAsNonRoot: true makes the kubelet refuse to start the container as UID 0; a non-zero runAsUser picks the user. The container value overrides the pod value.', es: 'Muchas imágenes corren como root por defecto. runAsNonRoot: true hace que el kubelet se niegue a arrancar el contenedor como UID 0; un runAsUser distinto de 0 elige el usuario. El valor del contenedor pisa al del pod.' },
    fix: { en: 'Set securityContext.runAsNonRoot: true and a non-zero runAsUser (pod level applies to all containers).', es: 'Poné securityContext.runAsNonRoot: true y un runAsUser distinto de 0 (a nivel de pod aplica a todos los contenedores).' },
  }),
  check({
    id: 'run-as-root-user', severity: 'danger', scope: 'container', seeAlso: 'kubesec RunAsUser · PSS restricted runAsUser',
    title: { en: 'Runs as UID 0', es: 'Corre como UID 0' },
    why: { en: 'runAsUser: 0 runs the container as root explicitly: a breakout lands as root on the node, and files it writes on shared volumes belong to root.', es: 'runAsUser: 0 corre el contenedor como root a propósito: si se escapa, cae como root en el nodo, y lo que escribe en volúmenes compartidos es de root.' },
    fix: { en: 'Use a non-zero runAsUser (e.g. 10001) with runAsNonRoot: true.', es: 'Usá un runAsUser distinto de 0 (por ejemplo 10001) con runAsNonRoot: true.' },
  }),
  check({
    id: 'read-only-root-filesystem', severity: 'warning', scope: 'container', seeAlso: 'Polaris notReadOnlyRootFilesystem · kubesec ReadOnlyRootFilesystem · kube-score container-security-context-readonlyrootfilesystem',
    title: { en: 'Writable root filesystem', es: 'Sistema de archivos raíz escribible' },
    why: { en: 'A writable root filesystem lets an attacker drop tools or change the app\'s files. readOnlyRootFilesystem exists only on containers; writable paths come from emptyDir mounts.', es: 'Un sistema de archivos raíz escribible le permite a un atacante dejar herramientas o cambiar los archivos de la app. readOnlyRootFilesystem existe solo en contenedores; las rutas escribibles salen de montajes emptyDir.' },
    fix: { en: 'Set securityContext.readOnlyRootFilesystem: true and mount emptyDir volumes where the app writes.', es: 'Poné securityContext.readOnlyRootFilesystem: true y montá volúmenes emptyDir donde la app escribe.' },
  }),
  check({
    id: 'writable-path-missing', severity: 'warning', scope: 'container', seeAlso: 'nginx-unprivileged and postgres image docs (read-only mode)',
    title: { en: 'Read-only root without the paths the image writes', es: 'Raíz de solo lectura sin los paths que escribe la imagen' },
    why: { en: 'With readOnlyRootFilesystem: true, an image that writes its PID file, cache or data to a fixed path (nginx: /tmp or /var/cache/nginx, postgres: /var/run/postgresql) fails on start unless a volume is mounted there.', es: 'Con readOnlyRootFilesystem: true, una imagen que escribe su archivo PID, su caché o sus datos en un path fijo (nginx: /tmp o /var/cache/nginx, postgres: /var/run/postgresql) se cae al arrancar salvo que haya un volumen montado ahí.' },
    fix: { en: 'Mount an emptyDir volume (not readOnly) at each path the image writes.', es: 'Montá un volumen emptyDir (no readOnly) en cada path que escribe la imagen.' },
  }),
  check({
    id: 'capabilities-added-dangerous', severity: 'danger', scope: 'container', seeAlso: 'Polaris dangerousCapabilities · kubesec CapSysAdmin · PSS baseline capabilities',
    title: { en: 'Dangerous capabilities added', es: 'Capabilities peligrosas agregadas' },
    why: { en: 'Capabilities outside the runtime\'s default set (SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE, ALL, ...) give root-like powers over the kernel, the network or other processes.', es: 'Las capabilities fuera del conjunto por defecto del runtime (SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE, ALL, ...) dan poderes casi de root sobre el kernel, la red u otros procesos.' },
    fix: { en: 'Remove them from capabilities.add; keep only what the app needs (usually nothing, or NET_BIND_SERVICE).', es: 'Sacalas de capabilities.add; dejá solo lo que la app necesita (casi siempre nada, o NET_BIND_SERVICE).' },
  }),
  check({
    id: 'capabilities-not-dropped', severity: 'warning', scope: 'container', seeAlso: 'Polaris insecureCapabilities · kubesec CapDropAll · PSS restricted capabilities',
    title: { en: 'Default capabilities kept', es: 'Se conservan las capabilities por defecto' },
    why: { en: 'Containers start with a default capability set (CHOWN, NET_RAW with some runtimes, SETUID, ...). Dropping ALL and adding back only what is needed shrinks what a compromised process can do. Names are case-sensitive: "all" is not "ALL".', es: 'Los contenedores arrancan con un conjunto de capabilities por defecto (CHOWN, NET_RAW en algunos runtimes, SETUID, ...). Descartar ALL y volver a agregar solo lo necesario achica lo que puede hacer un proceso comprometido. Los nombres distinguen mayúsculas: "all" no es "ALL".' },
    fix: { en: 'Set securityContext.capabilities.drop: ["ALL"].', es: 'Poné securityContext.capabilities.drop: ["ALL"].' },
  }),
  check({
    id: 'host-port', severity: 'warning', scope: 'container', seeAlso: 'Polaris hostPortSet · PSS baseline hostPorts',
    title: { en: 'hostPort', es: 'hostPort' },
    why: { en: 'A hostPort opens a port on the node itself, bypassing Services and limiting scheduling to one such pod per node.', es: 'Un hostPort abre un puerto en el propio nodo, saltea los Services y limita a un pod así por nodo.' },
    fix: { en: 'Remove hostPort and expose the port with a Service.', es: 'Sacá hostPort y exponé el puerto con un Service.' },
  }),
  check({
    id: 'image-tag-latest', severity: 'warning', scope: 'container', seeAlso: 'Polaris tagNotSpecified · kube-score container-image-tag',
    title: { en: 'Image without a pinned tag', es: 'Imagen sin tag fijo' },
    why: { en: 'An image without a tag means :latest, which changes under you: you cannot tell what runs, roll back, or be sure the scanned image is the deployed one.', es: 'Una imagen sin tag significa :latest, que cambia sin avisar: no sabés qué corre, no podés volver atrás ni asegurar que la imagen escaneada sea la desplegada.' },
    fix: { en: 'Pin a version tag or, better, a digest (@sha256:...).', es: 'Fijá un tag de versión o, mejor, un digest (@sha256:...).' },
  }),
  check({
    id: 'cpu-requests-missing', severity: 'warning', scope: 'container', seeAlso: 'Polaris cpuRequestsMissing · kubesec RequestsCPU · kube-score container-resources',
    title: { en: 'No CPU request', es: 'Sin request de CPU' },
    why: { en: 'Without a CPU request the scheduler places the pod blindly and it gets the least CPU under contention. A CPU limit alone also sets the request (API defaulting).', es: 'Sin request de CPU el scheduler ubica el pod a ciegas y recibe la menor CPU cuando hay contención. Un límite de CPU solo también fija el request (defaulting de la API).' },
    fix: { en: 'Set resources.requests.cpu (e.g. 100m).', es: 'Poné resources.requests.cpu (por ejemplo 100m).' },
  }),
  check({
    id: 'cpu-limits-missing', severity: 'info', scope: 'container', seeAlso: 'Polaris cpuLimitsMissing · kubesec LimitsCPU · kube-score container-resources',
    title: { en: 'No CPU limit', es: 'Sin límite de CPU' },
    why: { en: 'Without a CPU limit a busy or compromised container can use all spare CPU of the node. Many teams skip CPU limits on purpose to avoid throttling, so this is informational.', es: 'Sin límite de CPU un contenedor ocupado o comprometido puede usar toda la CPU libre del nodo. Muchos equipos no ponen límites de CPU a propósito para evitar el throttling, por eso es informativo.' },
    fix: { en: 'Set resources.limits.cpu if you need a hard cap.', es: 'Poné resources.limits.cpu si necesitás un tope duro.' },
  }),
  check({
    id: 'memory-requests-missing', severity: 'warning', scope: 'container', seeAlso: 'Polaris memoryRequestsMissing · kubesec RequestsMemory · kube-score container-resources',
    title: { en: 'No memory request', es: 'Sin request de memoria' },
    why: { en: 'Without a memory request the scheduler cannot reserve memory for the pod and it is among the first evicted under pressure. A memory limit alone also sets the request.', es: 'Sin request de memoria el scheduler no le reserva memoria al pod y es de los primeros en ser desalojado bajo presión. Un límite de memoria solo también fija el request.' },
    fix: { en: 'Set resources.requests.memory (e.g. 128Mi).', es: 'Poné resources.requests.memory (por ejemplo 128Mi).' },
  }),
  check({
    id: 'memory-limits-missing', severity: 'warning', scope: 'container', seeAlso: 'Polaris memoryLimitsMissing · kubesec LimitsMemory · kube-score container-resources',
    title: { en: 'No memory limit', es: 'Sin límite de memoria' },
    why: { en: 'Without a memory limit a leaking or malicious container can take all the node\'s memory and get other pods killed (denial of service).', es: 'Sin límite de memoria un contenedor con fugas o malicioso puede quedarse con toda la memoria del nodo y hacer que maten a otros pods (denegación de servicio).' },
    fix: { en: 'Set resources.limits.memory (e.g. 256Mi).', es: 'Poné resources.limits.memory (por ejemplo 256Mi).' },
  }),
];

/** A hardening check by id. */
export function hardeningCheckById(id: string): HardeningCheck | undefined {
  return HARDENING_CHECKS.find((c) => c.id === id);
}
