import type { PODSECURITY_MESSAGES } from '../../../sim/podsecurity/messages';
import type { AreaCatalog } from '../types';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const quote = (names: string[]) => (names.length === 0 ? '' : `"${names.join('", "')}"`);
const debe = (plural: boolean) => (plural ? 'deben' : 'debe');

export const podsecurity: AreaCatalog<typeof PODSECURITY_MESSAGES> = {
  'psa.containers': ({ names }) => `${plural(names.length, 'el contenedor', 'los contenedores')} ${quote(names)}`,
  'psa.setters': ({ pod, containers, annotations }) =>
    [
      pod ? 'el pod' : '',
      containers.length ? `${plural(containers.length, 'el contenedor', 'los contenedores')} ${quote(containers)}` : '',
      annotations ? plural(annotations, 'la anotación', 'las anotaciones') : '',
    ]
      .filter(Boolean)
      .join(' y '),
  'psa.volumes': ({ names, count }) => `${plural(count, 'el volumen', 'los volúmenes')} ${names}`,
  'psa.reason.privileged': () => 'privilegiado',
  'psa.reason.capabilities_baseline': () => 'capabilities fuera del conjunto por defecto',
  'psa.reason.capabilities_restricted': () => 'capabilities sin restringir',
  'psa.reason.hostNamespaces': () => 'namespaces del host',
  'psa.reason.hostPathVolumes': () => 'volúmenes hostPath',
  'psa.reason.hostProbesAndHostLifecycle': () => 'host en sondas o lifecycle',
  'psa.reason.restrictedVolumes': () => 'tipos de volumen restringidos',
  'psa.reason.sysctls': () => 'sysctls prohibidos',
  'psa.reason.notAPod': () => 'no es un pod',
  'psa.reason.appArmorProfile': ({ count }) => (count === 1 ? 'perfil de AppArmor prohibido' : 'perfiles de AppArmor prohibidos'),
  'psa.detail.mustNotSet': ({ who, plural: p, field }) => `${who} no ${debe(p)} fijar ${field}`,
  'psa.detail.mustSet': ({ who, plural: p, field }) => `${who} ${debe(p)} fijar ${field}`,
  'psa.detail.podOrMustSet': ({ who, plural: p, field }) => `el pod o ${who} ${debe(p)} fijar ${field}`,
  'psa.detail.mustNotSetTo': ({ who, plural: p, field, values }) => `${who} no ${debe(p)} fijar ${field} en ${values}`,
  'psa.detail.appArmor': ({ who, plural: p, values }) => `${who} no ${debe(p)} fijar el tipo de perfil de AppArmor en ${values}`,
  'psa.detail.seccompRestricted': ({ who, plural: p }) =>
    `el pod o ${who} ${debe(p)} fijar securityContext.seccompProfile.type en "RuntimeDefault" o "Localhost"`,
  'psa.detail.addCapabilities': ({ who, plural: p, caps }) => `${who} no ${debe(p)} incluir ${caps} en securityContext.capabilities.add`,
  'psa.detail.parts': ({ parts }) => parts.join('; '),
  'psa.detail.uses': ({ who, plural: p, what, values, count }) => `${who} ${p ? 'usan' : 'usa'} ${plural(count, `el ${what}`, `los ${what}s`)} ${values}`,
  'psa.detail.probeHosts': ({ who, plural: p, values, count }) =>
    `${who} ${p ? 'usan' : 'usa'} ${plural(count, 'el host', 'los hosts')} ${values} en sondas o lifecycle`,
  'psa.detail.volumeTypes': ({ who, plural: p, values, count }) =>
    `${who} ${p ? 'usan' : 'usa'} ${plural(count, 'el tipo de volumen restringido', 'los tipos de volumen restringidos')} ${values}`,
  'psa.detail.volumes': ({ volumes }) => volumes,
  'psa.detail.seLinux': ({ who, plural: p, parts }) => `${who} ${p ? 'fijan' : 'fija'} securityContext.seLinuxOptions prohibidas: ${parts.join('; ')}`,
  'psa.seLinux.types': ({ values, count }) => `${plural(count, 'tipo', 'tipos')} ${values}`,
  'psa.seLinux.user': () => 'no se puede fijar user',
  'psa.seLinux.role': () => 'no se puede fijar role',
  'psa.detail.annotations': ({ list, count }) => `${plural(count, 'anotación prohibida', 'anotaciones prohibidas')} ${list}`,
  'psa.detail.notAPod': ({ kind }) =>
    kind !== undefined ? `el kind "${kind}" no tiene plantilla de pod para evaluar` : 'la entrada no tiene un pod spec para evaluar',
  'psa.note.level': ({ level }) =>
    `el nivel ${level} no es privileged, baseline ni restricted; se evalúa como "restricted" (el API server falla cerrado para enforce)`,
  'psa.note.version': ({ version }) => `la versión ${version} tiene que ser "latest" o "v1.x"; se evalúa como "latest", igual que en el API server`,
  'psa.note.newer': ({ minor, maxMinor }) => `v1.${minor} es más nueva que este API server (v1.${maxMinor}); se usan sus controles más nuevos (v1.${maxMinor})`,
  'psa.note.notAPod': ({ what }) =>
    `${what}: solo se pueden evaluar Pods y workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate)`,
  'psa.note.kind': ({ kind }) => `el kind "${kind}" no tiene plantilla de pod`,
  'psa.note.input': () => 'la entrada no es un objeto de Kubernetes con un pod spec',
  'psa.title.allowPrivilegeEscalation': () => 'Escalada de privilegios deshabilitada',
  'psa.title.appArmorProfile': () => 'AppArmor no deshabilitado',
  'psa.title.capabilities_baseline': () => 'Solo se agregan capabilities por defecto',
  'psa.title.capabilities_restricted': () => 'Descartar todas las capabilities',
  'psa.title.hostNamespaces': () => 'Sin namespaces del host',
  'psa.title.hostPathVolumes': () => 'Sin volúmenes hostPath',
  'psa.title.hostPorts': () => 'Sin puertos del host',
  'psa.title.hostProbesAndHostLifecycle': () => 'Sondas y lifecycle apuntan al propio pod',
  'psa.title.privileged': () => 'Sin contenedores privilegiados',
  'psa.title.procMount': () => 'Montaje de /proc por defecto',
  'psa.title.procMount_restricted': () => 'Montaje de /proc por defecto (sin excepciones)',
  'psa.title.restrictedVolumes': () => 'Solo tipos de volumen seguros',
  'psa.title.runAsNonRoot': () => 'Debe correr como no root',
  'psa.title.runAsUser': () => 'Sin correr como UID 0',
  'psa.title.seLinuxOptions': () => 'Opciones de SELinux por defecto',
  'psa.title.seccompProfile_baseline': () => 'Seccomp no deshabilitado',
  'psa.title.seccompProfile_restricted': () => 'Perfil de seccomp obligatorio',
  'psa.title.sysctls': () => 'Solo sysctls seguros',
  'psa.title.windowsHostProcess': () => 'Sin HostProcess de Windows',
  'psa.violation': ({ reason, detail }) => (detail ? `${reason}: ${detail}` : reason),
  'psa.allowed': ({ at, privileged }) =>
    `Permitido por PodSecurity${at}: ${privileged ? 'el nivel privileged no aplica ningún control' : 'ningún control falló'}.`,
  'psa.denied': ({ at, count }) => `Rechazado por PodSecurity${at}: ${count === 1 ? 'falló 1 control' : `fallaron ${count} controles`}:`,
  'psa.note': ({ note }) => `Nota: ${note}`,
};
