/**
 * kube-apiserver checks on what it records and how it talks: audit log, TLS, etcd and kubelet
 * connections, service account keys, encryption at rest, removed insecure ports. CIS Kubernetes
 * Benchmark v1.9 sections 1.2 and 3.2 (v1.6 for the insecure port flags), as kube-bench runs them.
 */
import { boolFlag, flagCheck, forbiddenFlag, minIntFlag, requiredFlags, t, valueDetail, type FlagTest } from './checkBuilders';
import { flagList, parseGoDuration } from './parseFlags';
import type { ControlPlaneCheck, FlagSet } from './types';

const c = 'kube-apiserver' as const;

/** Rotation settings only matter when the audit log goes to a file. */
const logsToFile = (flags: FlagSet): boolean => {
  const path = flags.last('audit-log-path')?.value;
  return !!path && path !== '-';
};

/**
 * Strong TLS cipher suites: the kubelet list of CIS 4.2.12 plus the TLS 1.3 and ChaCha20 suites.
 * CIS 1.2.29 still lists 3DES and CBC-SHA1 suites for the API server; we flag those as weak.
 */
export const STRONG_CIPHER_SUITES = [
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
];

/** Every listed suite must be strong; absent → Go's defaults (a recommendation only). */
export function cipherSuites(values: string[], path: string, absentPath: string, name: string): ReturnType<FlagTest> {
  if (values.length === 0) {
    return { pass: false, severity: 'info', path: absentPath, detail: t(`${name} is not set, so Go's default cipher suites are used`, `${name} no está definido, así que se usan las suites por defecto de Go`) };
  }
  const weak = values.filter((v) => !STRONG_CIPHER_SUITES.includes(v));
  if (weak.length === 0) return { pass: true, path, detail: valueDetail(name, values.join(',')) };
  return { pass: false, path, detail: t(`${name} allows weak suites: ${weak.join(', ')}`, `${name} permite suites débiles: ${weak.join(', ')}`) };
}

const requestTimeout: FlagTest = (flags) => {
  const occ = flags.last('request-timeout');
  if (!occ) return { pass: true, path: flags.insertPath, detail: t('--request-timeout is not set and its default (1m0s) is reasonable', '--request-timeout no está definido y su valor por defecto (1m0s) es razonable') };
  const seconds = parseGoDuration(occ.value);
  if (seconds === null || seconds <= 0) return { pass: false, path: occ.path, detail: t(`--request-timeout="${occ.value}" is not a positive duration`, `--request-timeout="${occ.value}" no es una duración positiva`) };
  return { pass: seconds <= 300, path: occ.path, detail: valueDetail('--request-timeout', occ.value) };
};

export const APISERVER_DATA_CHECKS: ControlPlaneCheck[] = [
  flagCheck({
    id: 'apiserver-audit-log-path', cis: 'CIS 1.9 1.2.16', component: c, severity: 'warning',
    title: t('The audit log is written', 'Se escribe el log de auditoría'),
    why: t('Without an audit log there is no record of who did what: an intrusion or a mistake leaves no trace.', 'Sin log de auditoría no queda registro de quién hizo qué: una intrusión o un error no dejan rastro.'),
    fix: t('Set --audit-log-path=/var/log/kubernetes/audit/audit.log (and mount that directory into the pod).', 'Poné --audit-log-path=/var/log/kubernetes/audit/audit.log (y montá ese directorio en el pod).'),
    test: requiredFlags('audit-log-path'),
  }),
  flagCheck({
    id: 'apiserver-audit-policy-file', cis: 'CIS 1.9 3.2.1', component: c, severity: 'warning',
    title: t('An audit policy is set', 'Hay una política de auditoría'),
    why: t('Without --audit-policy-file the API server audits nothing at all, even with a log path: the policy decides what is logged and at which level.', 'Sin --audit-policy-file el API server no audita nada, aunque haya un archivo de log: la política decide qué se registra y con qué nivel.'),
    fix: t('Write an audit Policy (audit.k8s.io/v1) and pass it with --audit-policy-file=/etc/kubernetes/audit-policy.yaml.', 'Escribí una Policy de auditoría (audit.k8s.io/v1) y pasala con --audit-policy-file=/etc/kubernetes/audit-policy.yaml.'),
    test: requiredFlags('audit-policy-file'),
  }),
  flagCheck({
    id: 'apiserver-audit-log-maxage', cis: 'CIS 1.9 1.2.17', component: c, severity: 'warning',
    title: t('Audit logs are kept 30 days', 'Los logs de auditoría se guardan 30 días'),
    why: t('Investigations often start weeks after the fact; rotated audit files should be kept long enough to answer them.', 'Las investigaciones suelen empezar semanas después; los archivos de auditoría rotados tienen que durar lo suficiente para responderlas.'),
    fix: t('Set --audit-log-maxage=30 (days) or more.', 'Poné --audit-log-maxage=30 (días) o más.'),
    test: minIntFlag('audit-log-maxage', 30, 0, logsToFile),
  }),
  flagCheck({
    id: 'apiserver-audit-log-maxbackup', cis: 'CIS 1.9 1.2.18', component: c, severity: 'warning',
    title: t('10 audit log files are kept', 'Se guardan 10 archivos de auditoría'),
    why: t('Too few rotated files and old audit records are deleted before anyone reads them.', 'Con pocos archivos rotados, los registros viejos se borran antes de que alguien los lea.'),
    fix: t('Set --audit-log-maxbackup=10 or more.', 'Poné --audit-log-maxbackup=10 o más.'),
    test: minIntFlag('audit-log-maxbackup', 10, 0, logsToFile),
  }),
  flagCheck({
    id: 'apiserver-audit-log-maxsize', cis: 'CIS 1.9 1.2.19', component: c, severity: 'warning',
    title: t('Audit log files rotate at 100 MB', 'Los archivos de auditoría rotan a los 100 MB'),
    why: t('A sensible rotation size keeps the audit log usable and stops it from filling the disk.', 'Un tamaño de rotación sensato mantiene el log usable y evita que llene el disco.'),
    fix: t('Set --audit-log-maxsize=100 (MB) or more.', 'Poné --audit-log-maxsize=100 (MB) o más.'),
    test: minIntFlag('audit-log-maxsize', 100, 0, logsToFile),
  }),
  flagCheck({
    id: 'apiserver-request-timeout', cis: 'CIS 1.9 1.2.20', component: c, severity: 'info',
    title: t('Request timeout is reasonable', 'El timeout de solicitudes es razonable'),
    why: t('Very long request timeouts let slow clients hold server resources (manual check: the 60s default is usually right).', 'Timeouts muy largos dejan que clientes lentos retengan recursos del servidor (control manual: el valor por defecto de 60s suele estar bien).'),
    fix: t('Remove --request-timeout or set it to a few minutes at most, e.g. --request-timeout=300s.', 'Sacá --request-timeout o ponelo en pocos minutos como mucho, por ejemplo --request-timeout=300s.'),
    test: requestTimeout,
  }),
  flagCheck({
    id: 'apiserver-service-account-lookup', cis: 'CIS 1.9 1.2.21', component: c, severity: 'warning',
    title: t('Service account tokens are checked against etcd', 'Los tokens de ServiceAccount se validan contra etcd'),
    why: t('With lookup off, a token keeps working after its ServiceAccount or Secret is deleted.', 'Sin lookup, un token sigue funcionando aunque se borre su ServiceAccount o su Secret.'),
    fix: t('Remove --service-account-lookup=false (the default is true) or set --service-account-lookup=true.', 'Sacá --service-account-lookup=false (por defecto es true) o poné --service-account-lookup=true.'),
    test: boolFlag('service-account-lookup', true, true),
  }),
  flagCheck({
    id: 'apiserver-service-account-key-file', cis: 'CIS 1.9 1.2.22', component: c, severity: 'warning',
    title: t('A service account verification key is set', 'Hay una clave para verificar tokens de ServiceAccount'),
    why: t('An explicit key file lets service account signing keys be rotated; without it the TLS private key is reused.', 'Un archivo de clave explícito permite rotar las claves que firman los tokens; sin él se reutiliza la clave privada TLS.'),
    fix: t('Set --service-account-key-file=/etc/kubernetes/pki/sa.pub.', 'Poné --service-account-key-file=/etc/kubernetes/pki/sa.pub.'),
    test: requiredFlags('service-account-key-file'),
  }),
  flagCheck({
    id: 'apiserver-etcd-client-cert', cis: 'CIS 1.9 1.2.23', component: c, severity: 'warning',
    title: t('The API server authenticates to etcd with a certificate', 'El API server se autentica ante etcd con un certificado'),
    why: t('etcd holds every Secret of the cluster; it should only accept clients with certificates, and the API server needs one.', 'etcd guarda todos los Secrets del cluster; solo debería aceptar clientes con certificado, y el API server necesita uno.'),
    fix: t('Set --etcd-certfile and --etcd-keyfile (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt and .key).', 'Poné --etcd-certfile y --etcd-keyfile (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt y .key).'),
    test: requiredFlags('etcd-certfile', 'etcd-keyfile'),
  }),
  flagCheck({
    id: 'apiserver-etcd-cafile', cis: 'CIS 1.9 1.2.26', component: c, severity: 'warning',
    title: t('The etcd server certificate is verified', 'Se verifica el certificado de etcd'),
    why: t('Without the etcd CA the API server cannot tell the real etcd from an impostor.', 'Sin la CA de etcd, el API server no puede distinguir el etcd real de un impostor.'),
    fix: t('Set --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt.', 'Poné --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt.'),
    test: requiredFlags('etcd-cafile'),
  }),
  flagCheck({
    id: 'apiserver-tls-cert', cis: 'CIS 1.9 1.2.24', component: c, severity: 'warning',
    title: t('The API server serves a proper TLS certificate', 'El API server sirve un certificado TLS propio'),
    why: t('Without these flags the API server generates a self-signed certificate that clients cannot verify.', 'Sin estos flags el API server genera un certificado autofirmado que los clientes no pueden verificar.'),
    fix: t('Set --tls-cert-file and --tls-private-key-file (kubeadm: /etc/kubernetes/pki/apiserver.crt and .key).', 'Poné --tls-cert-file y --tls-private-key-file (kubeadm: /etc/kubernetes/pki/apiserver.crt y .key).'),
    test: requiredFlags('tls-cert-file', 'tls-private-key-file'),
  }),
  flagCheck({
    id: 'apiserver-client-ca-file', cis: 'CIS 1.9 1.2.25', component: c, severity: 'warning',
    title: t('Client certificates can be verified', 'Se pueden verificar certificados de cliente'),
    why: t('--client-ca-file is what makes client-certificate authentication (kubelets, admins) possible and safe.', '--client-ca-file es lo que hace posible y segura la autenticación con certificados de cliente (kubelets, admins).'),
    fix: t('Set --client-ca-file=/etc/kubernetes/pki/ca.crt.', 'Poné --client-ca-file=/etc/kubernetes/pki/ca.crt.'),
    test: requiredFlags('client-ca-file'),
  }),
  flagCheck({
    id: 'apiserver-kubelet-client-cert', cis: 'CIS 1.9 1.2.4', component: c, severity: 'warning',
    title: t('The API server authenticates to kubelets', 'El API server se autentica ante los kubelets'),
    why: t('exec, logs and port-forward go from the API server to the kubelet; kubelets should only accept that with a client certificate.', 'exec, logs y port-forward van del API server al kubelet; el kubelet solo debería aceptarlo con un certificado de cliente.'),
    fix: t('Set --kubelet-client-certificate and --kubelet-client-key.', 'Poné --kubelet-client-certificate y --kubelet-client-key.'),
    test: requiredFlags('kubelet-client-certificate', 'kubelet-client-key'),
  }),
  flagCheck({
    id: 'apiserver-kubelet-certificate-authority', cis: 'CIS 1.9 1.2.5', component: c, severity: 'warning',
    title: t('Kubelet serving certificates are verified', 'Se verifican los certificados de los kubelets'),
    why: t('Without it the API server talks to kubelets without checking who answers, so exec and logs can be intercepted.', 'Sin esto el API server habla con los kubelets sin verificar quién responde, así que exec y logs se pueden interceptar.'),
    fix: t('Set --kubelet-certificate-authority to the CA that signs kubelet serving certificates.', 'Poné --kubelet-certificate-authority con la CA que firma los certificados de los kubelets.'),
    test: requiredFlags('kubelet-certificate-authority'),
  }),
  flagCheck({
    id: 'apiserver-encryption-provider-config', cis: 'CIS 1.9 1.2.27', component: c, severity: 'warning',
    title: t('Secrets are encrypted at rest', 'Los Secrets se cifran en reposo'),
    why: t('Without an encryption config, Secrets are stored in etcd in plain text (base64 is not encryption): an etcd backup is every password of the cluster.', 'Sin configuración de cifrado, los Secrets se guardan en etcd en texto plano (base64 no es cifrado): un backup de etcd tiene todas las contraseñas del cluster.'),
    fix: t('Write an EncryptionConfiguration (aescbc, secretbox or kms first) and set --encryption-provider-config to it.', 'Escribí una EncryptionConfiguration (con aescbc, secretbox o kms primero) y pasala con --encryption-provider-config.'),
    test: requiredFlags('encryption-provider-config'),
  }),
  flagCheck({
    id: 'apiserver-tls-cipher-suites', cis: 'CIS 1.9 1.2.29', component: c, severity: 'warning',
    title: t('Only strong TLS cipher suites', 'Solo suites TLS fuertes'),
    why: t('Weak suites (3DES, RC4, CBC with SHA1) allow downgrade and decryption attacks on API traffic.', 'Las suites débiles (3DES, RC4, CBC con SHA1) permiten ataques de degradación y descifrado del tráfico de la API.'),
    fix: t('Set --tls-cipher-suites to strong suites only, e.g. TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.', 'Poné en --tls-cipher-suites solo suites fuertes, por ejemplo TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.'),
    test: (flags) => {
      const { values, occurrences } = flagList(flags, 'tls-cipher-suites');
      return cipherSuites(values, occurrences.at(-1)?.path ?? flags.insertPath, flags.insertPath, '--tls-cipher-suites');
    },
  }),
  flagCheck({
    id: 'apiserver-insecure-port', cis: 'CIS 1.6 1.2.19', component: c, severity: 'danger',
    title: t('No insecure port', 'Sin puerto inseguro'),
    why: t('The insecure port serves the whole API over plain HTTP with no authentication and no authorization. It is off by default since v1.20 and the flag was removed in v1.24.', 'El puerto inseguro sirve toda la API por HTTP plano sin autenticación ni autorización. Viene apagado desde v1.20 y el flag se eliminó en v1.24.'),
    fix: t('Remove --insecure-port (or set --insecure-port=0 on versions before v1.24).', 'Sacá --insecure-port (o poné --insecure-port=0 en versiones anteriores a v1.24).'),
    test: forbiddenFlag('insecure-port', (v) => v === '0'),
  }),
  flagCheck({
    id: 'apiserver-insecure-bind-address', cis: 'CIS 1.6 1.2.18', component: c, severity: 'danger',
    title: t('The insecure port is not exposed', 'El puerto inseguro no se expone'),
    why: t('--insecure-bind-address exposes the unauthenticated HTTP port beyond localhost (removed in v1.24).', '--insecure-bind-address expone el puerto HTTP sin autenticación más allá de localhost (eliminado en v1.24).'),
    fix: t('Remove --insecure-bind-address.', 'Sacá --insecure-bind-address.'),
    test: forbiddenFlag('insecure-bind-address'),
  }),
  flagCheck({
    id: 'apiserver-secure-port', cis: 'CIS 1.6 1.2.20', component: c, severity: 'danger',
    title: t('The secure port is on', 'El puerto seguro está activo'),
    why: t('--secure-port=0 turns off HTTPS, leaving only insecure ways to reach the API.', '--secure-port=0 apaga HTTPS y deja solo formas inseguras de llegar a la API.'),
    fix: t('Remove --secure-port=0 (the default is 6443).', 'Sacá --secure-port=0 (por defecto es 6443).'),
    test: forbiddenFlag('secure-port', (v) => v !== '0'),
  }),
];
