/**
 * kube-apiserver checks that look beyond its flags: are the files they name mounted from the node,
 * is the encryption configuration one it would load, do its health probes still work? Ours (no
 * CIS number): CIS 1.2.16/1.2.27/3.2.1 only ask for the flags, which a static Pod cannot honour
 * without the mount (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend shows
 * the hostPath volumes kubeadm needs).
 */
import { t } from './checkBuilders';
import { encryptionConfigProblem } from './encryptionFile';
import { failingProbe } from './apiserverProbes';
import { resolveContainerPath } from './hostPaths';
import type { CheckTarget, CheckVerdict, ControlPlaneCheck, FlagSet, HostContext } from './types';

type HostTest = (flags: FlagSet, host: HostContext) => CheckVerdict | null;
type Spec = Omit<ControlPlaneCheck, 'evaluate' | 'cis' | 'component'> & { test: HostTest };

function hostCheck(spec: Spec): ControlPlaneCheck {
  const { test, ...rest } = spec;
  return {
    ...rest, cis: '—', component: 'kube-apiserver',
    evaluate: (target: CheckTarget) => (target.kind === 'flags' && target.component === 'kube-apiserver' && target.host ? test(target.flags, target.host) : null),
  };
}

/** The file a flag names must come from a hostPath mount (writable when the API server writes it). */
function mountedFlag(flag: string, writable: boolean): HostTest {
  return (flags, host) => {
    const occ = flags.last(flag);
    if (!occ?.value || occ.value === '-') return null;
    const found = resolveContainerPath(host, occ.value);
    const name = `--${flag}=${occ.value}`;
    switch (found.kind) {
      case 'unmounted':
        return { pass: false, path: `${host.containerPath}.volumeMounts`, detail: t(`${name}: no volumeMount covers ${occ.value}, so the container does not see that file`, `${name}: ningún volumeMount cubre ${occ.value}, así que el contenedor no ve ese archivo`) };
      case 'missing-volume':
        return { pass: false, path: found.mountAt, detail: t(`${name}: the volumeMount names a volume "${found.volume}" that the pod does not declare`, `${name}: el volumeMount nombra un volumen "${found.volume}" que el pod no declara`) };
      case 'not-host':
        return { pass: false, path: found.mountAt, detail: t(`${name}: volume "${found.volume}" is not a hostPath, and a static Pod cannot use API objects`, `${name}: el volumen "${found.volume}" no es hostPath, y un Pod estático no puede usar objetos de la API`) };
      case 'host':
        if (writable && found.readOnly) return { pass: false, path: found.mountAt, detail: t(`${name}: ${found.mountPath} is mounted readOnly, so the API server cannot write the log`, `${name}: ${found.mountPath} está montado readOnly, así que el API server no puede escribir el log`) };
        return { pass: true, path: found.mountAt, detail: t(`${name} is the node's ${found.hostPath}`, `${name} es ${found.hostPath} del nodo`) };
    }
  };
}

const encryptionValid: HostTest = (flags, host) => {
  const occ = flags.last('encryption-provider-config');
  if (!occ?.value) return null;
  const config = host.objects.find((o) => typeof o === 'object' && o !== null && (o as { kind?: unknown }).kind === 'EncryptionConfiguration');
  if (!config) return { pass: false, path: occ.path, detail: t(`${occ.value} is not among the files: write the EncryptionConfiguration it names`, `${occ.value} no está entre los archivos: escribí la EncryptionConfiguration que nombra`) };
  const problem = encryptionConfigProblem(config as Record<string, unknown>);
  if (problem) return { pass: false, path: occ.path, detail: t(`EncryptionConfiguration ${problem.path}: ${problem.detail.en}`, `EncryptionConfiguration ${problem.path}: ${problem.detail.es}`) };
  return { pass: true, path: occ.path, detail: t(`${occ.value} encrypts Secrets`, `${occ.value} cifra los Secrets`) };
};

const probesWork: HostTest = (flags, host) => {
  const failing = failingProbe(flags, host);
  if (failing) return { pass: false, path: failing.path, detail: failing.detail };
  return { pass: true, path: host.containerPath, detail: t('every probe of the kubelet gets an answer', 'cada probe del kubelet recibe respuesta') };
};

export const APISERVER_HOST_CHECKS: ControlPlaneCheck[] = [
  hostCheck({
    id: 'apiserver-health-probes', severity: 'danger',
    title: t('The kubelet can probe the API server', 'El kubelet puede chequear al API server'),
    why: t('The kubelet probes without credentials. If a probe gets 401 or cannot connect, the kubelet restarts the API server again and again and the cluster goes dark.', 'El kubelet chequea sin credenciales. Si una probe recibe 401 o no se puede conectar, el kubelet reinicia al API server una y otra vez y el clúster se apaga.'),
    fix: t('Probe with tcpSocket on the secure port, or keep anonymous access only for /livez, /readyz and /healthz with an AuthenticationConfiguration (v1.32+) instead of --anonymous-auth.', 'Chequeá con tcpSocket en el puerto seguro, o dejá el acceso anónimo solo para /livez, /readyz y /healthz con una AuthenticationConfiguration (v1.32+) en vez de --anonymous-auth.'),
    test: probesWork,
  }),
  hostCheck({
    id: 'apiserver-audit-policy-mounted', severity: 'warning',
    title: t('The audit policy file is mounted', 'El archivo de policy de auditoría está montado'),
    why: t('A static Pod only sees what is mounted into it: without the mount the API server cannot read its policy and does not start.', 'Un Pod estático solo ve lo que tiene montado: sin el montaje el API server no puede leer su policy y no arranca.'),
    fix: t('Add a hostPath volume for the policy folder and a volumeMount that covers --audit-policy-file.', 'Agregá un volumen hostPath para la carpeta de la policy y un volumeMount que cubra --audit-policy-file.'),
    test: mountedFlag('audit-policy-file', false),
  }),
  hostCheck({
    id: 'apiserver-audit-log-mounted', severity: 'warning',
    title: t('The audit log is written to the node', 'El log de auditoría se escribe en el nodo'),
    why: t('Without a writable hostPath mount the log stays inside the container (lost on every restart) or cannot be written at all.', 'Sin un montaje hostPath escribible el log queda dentro del contenedor (se pierde en cada reinicio) o directamente no se puede escribir.'),
    fix: t('Add a hostPath volume for the log folder and a volumeMount (not readOnly) that covers --audit-log-path.', 'Agregá un volumen hostPath para la carpeta del log y un volumeMount (no readOnly) que cubra --audit-log-path.'),
    test: mountedFlag('audit-log-path', true),
  }),
  hostCheck({
    id: 'apiserver-encryption-config-mounted', severity: 'warning',
    title: t('The encryption configuration is mounted', 'La configuración de cifrado está montada'),
    why: t('The API server reads --encryption-provider-config from its own filesystem: without the mount it does not start.', 'El API server lee --encryption-provider-config de su propio sistema de archivos: sin el montaje no arranca.'),
    fix: t('Add a hostPath volume for the folder of the encryption configuration and a volumeMount that covers the flag\'s path.', 'Agregá un volumen hostPath para la carpeta de la configuración de cifrado y un volumeMount que cubra el path del flag.'),
    test: mountedFlag('encryption-provider-config', false),
  }),
  hostCheck({
    id: 'apiserver-encryption-config-valid', severity: 'danger',
    title: t('The encryption configuration encrypts Secrets', 'La configuración de cifrado cifra los Secrets'),
    why: t('A malformed key stops the API server; identity first writes Secrets in plain text although the flag is set.', 'Una key mal formada frena al API server; identity primero escribe los Secrets en texto plano aunque el flag esté puesto.'),
    fix: t('Put aescbc, aesgcm, secretbox or kms first for secrets, with a base64 key of 32 random bytes; identity goes last, only to read old data.', 'Poné aescbc, aesgcm, secretbox o kms primero para secrets, con una key base64 de 32 bytes al azar; identity va al final, solo para leer datos viejos.'),
    test: encryptionValid,
  }),
];
