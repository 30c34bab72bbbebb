/**
 * kube-controller-manager, kube-scheduler and etcd checks (CIS Kubernetes Benchmark v1.9
 * sections 1.3, 1.4 and 2, as kube-bench runs them), plus arguments no component accepts.
 */
import { absentDetail, boolFlag, flagCheck, requiredFlags, t, valueDetail, type FlagTest } from './checkBuilders';
import { flagList } from './parseFlags';
import type { CheckTarget, ControlPlaneCheck } from './types';

const cm = 'kube-controller-manager' as const;
const sched = 'kube-scheduler' as const;

/** `--bind-address` should be loopback; the real default is 0.0.0.0 (kube-bench passes it when absent). */
const loopbackBind: FlagTest = (flags) => {
  const occ = flags.last('bind-address');
  if (!occ) return { pass: false, path: flags.insertPath, detail: absentDetail('--bind-address', '0.0.0.0 (every interface)', false) };
  return { pass: occ.value === '127.0.0.1' || occ.value === '::1', path: occ.path, detail: valueDetail('--bind-address', occ.value) };
};

const rotateServerCertificates: FlagTest = (flags) => {
  const { values, occurrences } = flagList(flags, 'feature-gates');
  const gate = values.filter((v) => v.replace(/\s/g, '').startsWith('RotateKubeletServerCertificate=')).at(-1);
  const off = gate !== undefined && gate.split('=')[1].trim().toLowerCase() === 'false';
  const path = occurrences.at(-1)?.path ?? flags.insertPath;
  if (!off) return { pass: true, path, detail: t('RotateKubeletServerCertificate is on (the default)', 'RotateKubeletServerCertificate está activo (el valor por defecto)') };
  return { pass: false, path, detail: t('--feature-gates turns RotateKubeletServerCertificate off', '--feature-gates desactiva RotateKubeletServerCertificate') };
};

const PROFILING_WHY = t('The /debug/pprof endpoints reveal internals and can be used to slow the component down; they are only needed while debugging.', 'Los endpoints /debug/pprof revelan detalles internos y se pueden usar para frenar el componente; solo hacen falta para depurar.');
const BIND_WHY = t('Its metrics and health endpoints only need to be reachable from the node itself; binding every interface exposes them to the network.', 'Sus endpoints de métricas y salud solo tienen que ser accesibles desde el propio nodo; escuchar en todas las interfaces los expone a la red.');

export const COMPONENT_CHECKS: ControlPlaneCheck[] = [
  flagCheck({ id: 'controller-manager-profiling', cis: 'CIS 1.9 1.3.2', component: cm, severity: 'warning', title: t('Controller manager profiling is off', 'El profiling del controller manager está desactivado'), why: PROFILING_WHY, fix: t('Add --profiling=false to the kube-controller-manager command.', 'Agregá --profiling=false al comando de kube-controller-manager.'), test: boolFlag('profiling', false, true) }),
  flagCheck({
    id: 'controller-manager-service-account-credentials', cis: 'CIS 1.9 1.3.3', component: cm, severity: 'warning',
    title: t('Each controller uses its own service account', 'Cada controlador usa su propia ServiceAccount'),
    why: t('Otherwise every controller runs with the controller manager\'s own, very broad credentials instead of one narrow role per controller.', 'Si no, todos los controladores corren con las credenciales del controller manager, muy amplias, en vez de un rol acotado por controlador.'),
    fix: t('Add --use-service-account-credentials=true.', 'Agregá --use-service-account-credentials=true.'),
    test: boolFlag('use-service-account-credentials', true, false),
  }),
  flagCheck({
    id: 'controller-manager-service-account-private-key', cis: 'CIS 1.9 1.3.4', component: cm, severity: 'warning',
    title: t('Service account tokens are signed with a dedicated key', 'Los tokens de ServiceAccount se firman con una clave propia'),
    why: t('A dedicated signing key can be rotated on its own; it pairs with the API server\'s --service-account-key-file.', 'Una clave de firma dedicada se puede rotar por separado; va de la mano con --service-account-key-file del API server.'),
    fix: t('Set --service-account-private-key-file=/etc/kubernetes/pki/sa.key.', 'Poné --service-account-private-key-file=/etc/kubernetes/pki/sa.key.'),
    test: requiredFlags('service-account-private-key-file'),
  }),
  flagCheck({
    id: 'controller-manager-root-ca-file', cis: 'CIS 1.9 1.3.5', component: cm, severity: 'warning',
    title: t('Pods get the cluster CA', 'Los pods reciben la CA del cluster'),
    why: t('The root CA goes into every service account token volume so pods can verify the API server and not be fooled by an impostor.', 'La CA raíz va en cada volumen de token de ServiceAccount para que los pods verifiquen al API server y no los engañe un impostor.'),
    fix: t('Set --root-ca-file=/etc/kubernetes/pki/ca.crt.', 'Poné --root-ca-file=/etc/kubernetes/pki/ca.crt.'),
    test: requiredFlags('root-ca-file'),
  }),
  flagCheck({
    id: 'controller-manager-rotate-kubelet-server-certificate', cis: 'CIS 1.9 1.3.6', component: cm, severity: 'warning',
    title: t('Kubelet serving certificates can rotate', 'Los certificados de los kubelets pueden rotar'),
    why: t('Rotating kubelet serving certificates keeps expired or leaked certificates from staying in use.', 'Rotar los certificados de los kubelets evita que sigan en uso certificados vencidos o filtrados.'),
    fix: t('Remove RotateKubeletServerCertificate=false from --feature-gates.', 'Sacá RotateKubeletServerCertificate=false de --feature-gates.'),
    test: rotateServerCertificates,
  }),
  flagCheck({ id: 'controller-manager-bind-address', cis: 'CIS 1.9 1.3.7', component: cm, severity: 'warning', title: t('The controller manager listens on localhost only', 'El controller manager solo escucha en localhost'), why: BIND_WHY, fix: t('Set --bind-address=127.0.0.1.', 'Poné --bind-address=127.0.0.1.'), test: loopbackBind }),
  flagCheck({ id: 'scheduler-profiling', cis: 'CIS 1.9 1.4.1', component: sched, severity: 'warning', title: t('Scheduler profiling is off', 'El profiling del scheduler está desactivado'), why: PROFILING_WHY, fix: t('Add --profiling=false to the kube-scheduler command.', 'Agregá --profiling=false al comando de kube-scheduler.'), test: boolFlag('profiling', false, true) }),
  flagCheck({ id: 'scheduler-bind-address', cis: 'CIS 1.9 1.4.2', component: sched, severity: 'warning', title: t('The scheduler listens on localhost only', 'El scheduler solo escucha en localhost'), why: BIND_WHY, fix: t('Set --bind-address=127.0.0.1.', 'Poné --bind-address=127.0.0.1.'), test: loopbackBind }),
];

const etcd = 'etcd' as const;
const ETCD_WHY = t('etcd holds every object of the cluster, Secrets included: whoever talks to it directly bypasses RBAC and admission.', 'etcd guarda todos los objetos del cluster, Secrets incluidos: quien le habla directo se saltea RBAC y la admisión.');

export const ETCD_CHECKS: ControlPlaneCheck[] = [
  flagCheck({ id: 'etcd-tls', cis: 'CIS 1.9 2.1', component: etcd, severity: 'danger', title: t('etcd serves TLS to clients', 'etcd sirve TLS a los clientes'), why: ETCD_WHY, fix: t('Set --cert-file and --key-file (kubeadm: /etc/kubernetes/pki/etcd/server.crt and .key).', 'Poné --cert-file y --key-file (kubeadm: /etc/kubernetes/pki/etcd/server.crt y .key).'), test: requiredFlags('cert-file', 'key-file') }),
  flagCheck({ id: 'etcd-client-cert-auth', cis: 'CIS 1.9 2.2', component: etcd, severity: 'danger', title: t('etcd requires client certificates', 'etcd exige certificados de cliente'), why: ETCD_WHY, fix: t('Set --client-cert-auth=true (and --trusted-ca-file).', 'Poné --client-cert-auth=true (y --trusted-ca-file).'), test: boolFlag('client-cert-auth', true, false) }),
  flagCheck({ id: 'etcd-auto-tls', cis: 'CIS 1.9 2.3', component: etcd, severity: 'warning', title: t('etcd does not use self-signed client TLS', 'etcd no usa TLS autofirmado con clientes'), why: t('--auto-tls makes etcd generate self-signed certificates that clients cannot verify.', '--auto-tls hace que etcd genere certificados autofirmados que los clientes no pueden verificar.'), fix: t('Remove --auto-tls=true.', 'Sacá --auto-tls=true.'), test: boolFlag('auto-tls', false, false) }),
  flagCheck({ id: 'etcd-peer-tls', cis: 'CIS 1.9 2.4', component: etcd, severity: 'warning', title: t('etcd peers talk over TLS', 'Los peers de etcd hablan por TLS'), why: t('Replication traffic between etcd members carries the whole database.', 'El tráfico de replicación entre miembros de etcd lleva toda la base de datos.'), fix: t('Set --peer-cert-file and --peer-key-file.', 'Poné --peer-cert-file y --peer-key-file.'), test: requiredFlags('peer-cert-file', 'peer-key-file') }),
  flagCheck({ id: 'etcd-peer-client-cert-auth', cis: 'CIS 1.9 2.5', component: etcd, severity: 'warning', title: t('etcd peers authenticate each other', 'Los peers de etcd se autentican entre sí'), why: t('Without peer certificate auth, anything that reaches the peer port can join the etcd cluster and receive its data.', 'Sin autenticación de peers, cualquiera que llegue al puerto de peers puede sumarse al cluster de etcd y recibir sus datos.'), fix: t('Set --peer-client-cert-auth=true.', 'Poné --peer-client-cert-auth=true.'), test: boolFlag('peer-client-cert-auth', true, false) }),
  flagCheck({ id: 'etcd-peer-auto-tls', cis: 'CIS 1.9 2.6', component: etcd, severity: 'warning', title: t('etcd peers do not use self-signed TLS', 'Los peers de etcd no usan TLS autofirmado'), why: t('--peer-auto-tls makes peers use self-signed certificates that cannot be verified.', '--peer-auto-tls hace que los peers usen certificados autofirmados que no se pueden verificar.'), fix: t('Remove --peer-auto-tls=true.', 'Sacá --peer-auto-tls=true.'), test: boolFlag('peer-auto-tls', false, false) }),
];

/** Positional arguments (often `--flag false` for a boolean flag): the component refuses to start. */
export const STRAY_ARGUMENT_CHECK: ControlPlaneCheck = {
  id: 'controlplane-stray-argument', cis: '—', component: 'kube-apiserver', severity: 'warning',
  title: t('Only --flag arguments', 'Solo argumentos --flag'),
  why: t('The control-plane components take no positional arguments and refuse to start with one. A boolean flag never takes the next word as its value: "--profiling false" is --profiling=true plus a stray "false".', 'Los componentes del control plane no aceptan argumentos sueltos y no arrancan si hay uno. Un flag booleano nunca toma la palabra siguiente como valor: "--profiling false" es --profiling=true más un "false" suelto.'),
  fix: t('Write every flag as --name=value, e.g. --profiling=false.', 'Escribí cada flag como --nombre=valor, por ejemplo --profiling=false.'),
  evaluate: (target: CheckTarget) => {
    if (target.kind !== 'flags') return null;
    const stray = target.flags.stray[0];
    if (!stray) return { pass: true, path: target.flags.insertPath, detail: t('every argument is a flag', 'todos los argumentos son flags') };
    return { pass: false, path: stray.path, detail: t(`${target.component} does not take the argument "${stray.text}"`, `${target.component} no acepta el argumento "${stray.text}"`) };
  },
};
