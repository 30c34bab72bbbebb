import type { HARDENING_MESSAGES } from '../../../sim/hardening/messages';
import type { AreaCatalog } from '../types';

/** `del contenedor web` for a label that starts with `el`, `de ...` otherwise. */
const de = (label: string) => (label.startsWith('el ') ? `del ${label.slice(3)}` : `de ${label}`);

export const hardening: AreaCatalog<typeof HARDENING_MESSAGES> = {
  'hardening.dangerousCapabilityFindings': ({ list, who }) => `${who} agrega ${list}, fuera de las capabilities por defecto del runtime`,
  'hardening.dangerousCapabilityFindings.1': ({ target, list }) =>
    `sacá ${list} de securityContext.capabilities.add en ${target}; dejá solo lo que necesita (casi siempre nada, o NET_BIND_SERVICE para puertos menores a 1024)`,
  'hardening.capabilitiesNotDroppedFindings.1': ({ p0 }) => ` (${p0} no es "ALL": los nombres de capabilities distinguen mayúsculas)`,
  'hardening.capabilitiesNotDroppedFindings.2': ({ hint, who }) =>
    `${who} conserva las capabilities por defecto del runtime: securityContext.capabilities.drop no incluye "ALL"${hint ?? ''}`,
  'hardening.capabilitiesNotDroppedFindings.3': ({ target }) =>
    `poné securityContext.capabilities.drop: ["ALL"] en ${target} y volvé a agregar solo lo que necesita`,
  'hardening.hostPortFindings': ({ p0, who }) => `${who} ocupa el puerto ${p0} del nodo (hostPort)`,
  'hardening.hostPortFindings.1': ({ target }) => `sacá hostPort ${de(target)} y exponé el puerto con un Service`,
  'hardening.imageTagFindings': ({ shown, who }) => `${who} usa la imagen ${shown} sin tag, o sea :latest`,
  'hardening.imageTagFindings.1': ({ shown, who }) => `${who} usa la imagen ${shown}: latest cambia sin avisar`,
  'hardening.imageTagFindings.2': ({ repo, target }) =>
    `fijá la imagen ${de(target)} a una versión o digest, por ejemplo ${repo}:1.2.3 o ${repo}@sha256:<digest>`,
  'hardening.hostNamespaceFindings': ({ p0, ns }) => `el pod comparte el namespace ${ns} del nodo (${p0}: true)`,
  'hardening.hostNamespaceFindings.1': ({ field, extra }) => `sacá ${field}: true del spec del pod${extra ?? ''}`,
  'hardening.hostPathVolumeFindings': ({ where, p0 }) => `el volumen ${p0} monta la ruta${where} del nodo (hostPath)`,
  'hardening.hostPathVolumeFindings.1': ({ name }) =>
    `reemplazá el volumen hostPath ${name} por un volumen emptyDir, configMap, secret o persistentVolumeClaim`,
  'hardening.misplacedNote.1': ({ field }) => `; ${field} en el securityContext del pod no tiene efecto (el campo existe solo en contenedores)`,
  'hardening.privilegedFindings': ({ who }) =>
    `${who} corre privilegiado (securityContext.privileged: true): tiene todas las capabilities y los dispositivos del nodo`,
  'hardening.privilegedFindings.1': ({ target }) => `sacá securityContext.privileged: true ${de(target)} y agregá solo las capabilities que necesita`,
  'hardening.privilegeEscalationFindings': ({ target }) => `poné securityContext.allowPrivilegeEscalation: false en ${target}`,
  'hardening.escalationMessage': ({ who }) => `${who} es privilegiado, así que la escalada de privilegios siempre está permitida`,
  'hardening.escalationMessage.1': ({ who }) => `${who} fija securityContext.allowPrivilegeEscalation: true`,
  'hardening.escalationMessage.2': ({ who }) => `${who} agrega SYS_ADMIN, así que la escalada de privilegios siempre está permitida`,
  'hardening.escalationMessage.3': ({ note, who }) =>
    `${who} permite la escalada de privilegios: securityContext.allowPrivilegeEscalation no está puesto (por defecto es true)${note ?? ''}`,
  'hardening.readOnlyRootFindings': ({ who }) => `${who} fija securityContext.readOnlyRootFilesystem: false: su sistema de archivos raíz es escribible`,
  'hardening.readOnlyRootFindings.1': ({ note, who }) =>
    `${who} tiene el sistema de archivos raíz escribible: securityContext.readOnlyRootFilesystem no está puesto (por defecto es false)${note ?? ''}`,
  'hardening.readOnlyRootFindings.2': ({ target }) =>
    `poné securityContext.readOnlyRootFilesystem: true en ${target} y montá un volumen emptyDir donde tenga que escribir (por ejemplo /tmp)`,
  'hardening.resourceFindings': ({ field, r, who }) => `${who} no fija ${r} (${field})`,
  'hardening.resourceFindings.1': ({ p0, target, field }) => `poné ${field} en ${target}, por ejemplo ${p0}`,
  'hardening.defaultServiceAccountFindings': ({ explicit }) =>
    `el pod corre con la ServiceAccount "default" del namespace (${explicit ? 'serviceAccountName: default' : 'serviceAccountName no está puesto'}), cuyos permisos comparten todos esos pods`,
  'hardening.defaultServiceAccountFindings.1': () =>
    'creá una ServiceAccount para esta app, poné serviceAccountName con su nombre y dejá a default sin permisos',
  'hardening.automountFindings': () =>
    'el pod monta a propósito el token de su ServiceAccount (automountServiceAccountToken: true); asegurate de que la app llame a la API de Kubernetes',
  'hardening.automountFindings.1': () =>
    'el pod monta el token de la ServiceAccount "default" (automountServiceAccountToken no es false): quien entre a un contenedor puede llamar a la API con él',
  'hardening.automountFindings.2': ({ p0 }) =>
    `el pod monta el token de la ServiceAccount ${p0} (automountServiceAccountToken no es false); está bien si la app llama a la API de Kubernetes, si no es una credencial esperando que la roben`,
  'hardening.automountFindings.3': () =>
    'poné automountServiceAccountToken: false en el spec del pod si la app no llama a la API de Kubernetes (lo que diga el pod pisa a la ServiceAccount)',
  'hardening.automountFindings.projected': ({ volume }) =>
    `el pod monta a mano un token de ServiceAccount: el volumen ${volume} es un serviceAccountToken proyectado, y automountServiceAccountToken: false no lo frena`,
  'hardening.automountFindings.projected.fix': () => 'sacá la fuente serviceAccountToken (y su volumeMount) si la app no llama a la API de Kubernetes',
  'hardening.runAsNonRootFindings': ({ who }) => `${who} fija securityContext.runAsNonRoot: false, así que nada le impide correr como root`,
  'hardening.runAsNonRootFindings.1': ({ target }) =>
    `poné securityContext.runAsNonRoot: true en ${target} (el valor del contenedor pisa al del pod) y hacelo correr con un UID distinto de 0, por ejemplo runAsUser: 10001`,
  'hardening.runAsNonRootFindings.2': ({ who }) =>
    `el pod fija securityContext.runAsNonRoot: false y ${who} no lo pisa, así que nada le impide correr como root`,
  'hardening.runAsNonRootFindings.3': ({ target }) => `poné securityContext.runAsNonRoot: true en el securityContext del pod (o en ${target})`,
  'hardening.runAsNonRootFindings.4': ({ who }) =>
    `${who} puede correr como root: ni él ni el pod fijan securityContext.runAsNonRoot: true ni un runAsUser distinto de 0`,
  'hardening.runAsNonRootFindings.5': ({ target }) =>
    `poné securityContext.runAsNonRoot: true y runAsUser: 10001 en ${target}, o en el securityContext del pod para cubrir todos los contenedores`,
  'hardening.runAsRootUserFindings': ({ who }) => `el pod fija securityContext.runAsUser: 0 (root) y ${who} no lo pisa`,
  'hardening.runAsRootUserFindings.1': ({ who }) => `${who} fija securityContext.runAsUser: 0 (root)`,
  'hardening.runAsRootUserFindings.2': ({ target }) =>
    `poné un runAsUser distinto de 0 (por ejemplo 10001) en el securityContext del pod, o en ${target}, con runAsNonRoot: true`,
  'hardening.runAsRootUserFindings.3': ({ target }) => `poné runAsUser con un UID distinto de 0 (por ejemplo 10001) en ${target}, con runAsNonRoot: true`,
  'hardening.writablePathFindings': ({ paths, who }) => `${who} tiene la raíz de solo lectura, pero su imagen escribe en ${paths}: se cae al arrancar`,
  'hardening.writablePathFindings.1': ({ target, paths }) => `montá un volumen emptyDir en ${paths} en ${target}`,
  'hardening.namespace.hostNetwork': () => 'de red',
  'hardening.namespace.hostPID': () => 'de procesos (PID)',
  'hardening.namespace.hostIPC': () => 'de IPC',
  'hardening.namespace.serviceHint': () => ' (exponé la app con un Service)',
  'hardening.resource.cpu-requests-missing': () => 'ningún request de CPU',
  'hardening.resource.cpu-limits-missing': () => 'ningún límite de CPU',
  'hardening.resource.memory-requests-missing': () => 'ningún request de memoria',
  'hardening.resource.memory-limits-missing': () => 'ningún límite de memoria',
  'hardening.check.host-network.title': () => 'Namespace de red del host',
  'hardening.check.host-network.why': () =>
    'Con hostNetwork el pod ve todas las interfaces del nodo, puede espiar su tráfico, ocupar sus puertos y llegar a servicios que escuchan en localhost, y las NetworkPolicies ya no lo aíslan.',
  'hardening.check.host-network.fix': () => 'Sacá hostNetwork: true y exponé la app con un Service.',
  'hardening.check.host-pid.title': () => 'Namespace de PID del host',
  'hardening.check.host-pid.why': () =>
    'Con hostPID los contenedores ven todos los procesos del nodo, pueden leer su entorno y, como root, mandarles señales o hacerles ptrace.',
  'hardening.check.host-pid.fix': () => 'Sacá hostPID: true.',
  'hardening.check.host-ipc.title': () => 'Namespace de IPC del host',
  'hardening.check.host-ipc.why': () => 'Con hostIPC el pod comparte la memoria compartida y las colas de mensajes del nodo con todos sus procesos.',
  'hardening.check.host-ipc.fix': () => 'Sacá hostIPC: true.',
  'hardening.check.host-path-volume.title': () => 'Volumen hostPath',
  'hardening.check.host-path-volume.why': () =>
    'Un volumen hostPath monta un directorio del nodo en el contenedor: el socket del runtime, /etc o /var/lib/kubelet son un atajo para tomar el nodo.',
  'hardening.check.host-path-volume.fix': () => 'Usá un volumen emptyDir, configMap, secret o persistentVolumeClaim en su lugar.',
  'hardening.check.default-service-account.title': () => 'Corre con la ServiceAccount default',
  'hardening.check.default-service-account.why': () =>
    'Todo pod que no nombra una ServiceAccount corre como "default", así que cualquier permiso que le des lo comparten todos; la identidad de la app frente a la API no se puede acotar.',
  'hardening.check.default-service-account.fix': () => 'Creá una ServiceAccount por app, poné serviceAccountName y dejá a default sin permisos.',
  'hardening.check.automount-service-account-token.title': () => 'Token de ServiceAccount montado',
  'hardening.check.automount-service-account-token.why': () =>
    'Salvo que automountServiceAccountToken sea false (en el pod, o en su ServiceAccount si el pod no lo fija), cada contenedor recibe un token de la API: quien entre a la app lo puede usar. La severidad es warning con la ServiceAccount default (los pods que la usan casi nunca necesitan la API) e info con una ServiceAccount propia o un true explícito (la app quizás llame a la API: eso lo sabés vos).',
  'hardening.check.automount-service-account-token.fix': () =>
    'Poné automountServiceAccountToken: false en el spec del pod si la app no llama a la API de Kubernetes.',
  'hardening.check.privileged-container.title': () => 'Contenedor privilegiado',
  'hardening.check.privileged-container.why': () =>
    'Un contenedor privilegiado tiene todas las capabilities y los dispositivos del nodo; escaparse al nodo es trivial.',
  'hardening.check.privileged-container.fix': () => 'Sacá privileged: true y agregá solo las capabilities que la app necesita.',
  'hardening.check.allow-privilege-escalation.title': () => 'Escalada de privilegios permitida',
  'hardening.check.allow-privilege-escalation.why': () =>
    'Salvo que allowPrivilegeEscalation sea false, un proceso puede ganar más privilegios que su padre (binarios setuid como sudo, capabilities de archivo). Por defecto es true, y siempre lo es en contenedores privilegiados o con CAP_SYS_ADMIN.',
  'hardening.check.allow-privilege-escalation.fix': () => 'Poné securityContext.allowPrivilegeEscalation: false en cada contenedor (no existe a nivel de pod).',
  'hardening.check.run-as-non-root.title': () => 'Puede correr como root',
  'hardening.check.run-as-non-root.why': () =>
    'Muchas imágenes corren como root por defecto. runAsNonRoot: true hace que el kubelet se niegue a arrancar el contenedor como UID 0; un runAsUser distinto de 0 elige el usuario. El valor del contenedor pisa al del pod.',
  'hardening.check.run-as-non-root.fix': () =>
    'Poné securityContext.runAsNonRoot: true y un runAsUser distinto de 0 (a nivel de pod aplica a todos los contenedores).',
  'hardening.check.run-as-root-user.title': () => 'Corre como UID 0',
  'hardening.check.run-as-root-user.why': () =>
    'runAsUser: 0 corre el contenedor como root a propósito: si se escapa, cae como root en el nodo, y lo que escribe en volúmenes compartidos es de root.',
  'hardening.check.run-as-root-user.fix': () => 'Usá un runAsUser distinto de 0 (por ejemplo 10001) con runAsNonRoot: true.',
  'hardening.check.read-only-root-filesystem.title': () => 'Sistema de archivos raíz escribible',
  'hardening.check.read-only-root-filesystem.why': () =>
    'Un sistema de archivos raíz escribible le permite a un atacante dejar herramientas o cambiar los archivos de la app. readOnlyRootFilesystem existe solo en contenedores; las rutas escribibles salen de montajes emptyDir.',
  'hardening.check.read-only-root-filesystem.fix': () => 'Poné securityContext.readOnlyRootFilesystem: true y montá volúmenes emptyDir donde la app escribe.',
  'hardening.check.writable-path-missing.title': () => 'Raíz de solo lectura sin los paths que escribe la imagen',
  'hardening.check.writable-path-missing.why': () =>
    'Con readOnlyRootFilesystem: true, una imagen que escribe su archivo PID, su caché o sus datos en un path fijo (nginx: /tmp o /var/cache/nginx, postgres: /var/run/postgresql) se cae al arrancar salvo que haya un volumen montado ahí.',
  'hardening.check.writable-path-missing.fix': () => 'Montá un volumen emptyDir (no readOnly) en cada path que escribe la imagen.',
  'hardening.check.capabilities-added-dangerous.title': () => 'Capabilities peligrosas agregadas',
  'hardening.check.capabilities-added-dangerous.why': () =>
    'Las capabilities fuera del conjunto por defecto del runtime (SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE, ALL, ...) dan poderes casi de root sobre el kernel, la red u otros procesos.',
  'hardening.check.capabilities-added-dangerous.fix': () =>
    'Sacalas de capabilities.add; dejá solo lo que la app necesita (casi siempre nada, o NET_BIND_SERVICE).',
  'hardening.check.capabilities-not-dropped.title': () => 'Se conservan las capabilities por defecto',
  'hardening.check.capabilities-not-dropped.why': () =>
    'Los contenedores arrancan con un conjunto de capabilities por defecto (CHOWN, NET_RAW en algunos runtimes, SETUID, ...). Descartar ALL y volver a agregar solo lo necesario achica lo que puede hacer un proceso comprometido. Los nombres distinguen mayúsculas: "all" no es "ALL".',
  'hardening.check.capabilities-not-dropped.fix': () => 'Poné securityContext.capabilities.drop: ["ALL"].',
  'hardening.check.host-port.title': () => 'hostPort',
  'hardening.check.host-port.why': () => 'Un hostPort abre un puerto en el propio nodo, saltea los Services y limita a un pod así por nodo.',
  'hardening.check.host-port.fix': () => 'Sacá hostPort y exponé el puerto con un Service.',
  'hardening.check.image-tag-latest.title': () => 'Imagen sin tag fijo',
  'hardening.check.image-tag-latest.why': () =>
    'Una imagen sin tag significa :latest, que cambia sin avisar: no sabés qué corre, no podés volver atrás ni asegurar que la imagen escaneada sea la desplegada.',
  'hardening.check.image-tag-latest.fix': () => 'Fijá un tag de versión o, mejor, un digest (@sha256:...).',
  'hardening.check.cpu-requests-missing.title': () => 'Sin request de CPU',
  'hardening.check.cpu-requests-missing.why': () =>
    'Sin request de CPU el scheduler ubica el pod a ciegas y recibe la menor CPU cuando hay contención. Un límite de CPU solo también fija el request (defaulting de la API).',
  'hardening.check.cpu-requests-missing.fix': () => 'Poné resources.requests.cpu (por ejemplo 100m).',
  'hardening.check.cpu-limits-missing.title': () => 'Sin límite de CPU',
  'hardening.check.cpu-limits-missing.why': () =>
    'Sin límite de CPU un contenedor ocupado o comprometido puede usar toda la CPU libre del nodo. Muchos equipos no ponen límites de CPU a propósito para evitar el throttling, por eso es informativo.',
  'hardening.check.cpu-limits-missing.fix': () => 'Poné resources.limits.cpu si necesitás un tope duro.',
  'hardening.check.memory-requests-missing.title': () => 'Sin request de memoria',
  'hardening.check.memory-requests-missing.why': () =>
    'Sin request de memoria el scheduler no le reserva memoria al pod y es de los primeros en ser desalojado bajo presión. Un límite de memoria solo también fija el request.',
  'hardening.check.memory-requests-missing.fix': () => 'Poné resources.requests.memory (por ejemplo 128Mi).',
  'hardening.check.memory-limits-missing.title': () => 'Sin límite de memoria',
  'hardening.check.memory-limits-missing.why': () =>
    'Sin límite de memoria un contenedor con fugas o malicioso puede quedarse con toda la memoria del nodo y hacer que maten a otros pods (denegación de servicio).',
  'hardening.check.memory-limits-missing.fix': () => 'Poné resources.limits.memory (por ejemplo 256Mi).',
  'hardening.container': ({ name }) => `el contenedor ${name}`,
  'hardening.initContainer': ({ name }) => `el init container ${name}`,
  'hardening.ephemeralContainer': ({ name }) => `el contenedor efímero ${name}`,
  'hardening.bare': ({ title }) => title,
  'hardening.bareFix': ({ registry }) => registry,
};
