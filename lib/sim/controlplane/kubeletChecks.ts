/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1) checks: CIS Kubernetes Benchmark v1.9
 * section 4.2 (v1.8 for protectKernelDefaults), as kube-bench runs them against the config file.
 * Defaults are the config file's (kubelet/apis/config/v1beta1/defaults.go), which are safer
 * than the old command-line defaults: anonymous off, Webhook authorization, read-only port 0.
 */
import { absentDetail, boolField, configCheck, fieldDetail, getField, requiredFields, t, type ConfigTest } from './checkBuilders';
import { cipherSuites } from './apiserverDataChecks';
import { parseGoDuration } from './parseFlags';
import type { ControlPlaneCheck } from './types';

const k = 'kubelet' as const;
const FILE = t('in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet', 'en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet');

const authorizationMode: ConfigTest = (config) => {
  const path = 'authorization.mode';
  const mode = getField(config, path);
  if (mode === undefined || mode === null) return { pass: true, path, detail: absentDetail(path, 'Webhook', true) };
  return { pass: mode === 'Webhook', path, detail: fieldDetail(path, mode) };
};

const readOnlyPort: ConfigTest = (config) => {
  const value = getField(config, 'readOnlyPort');
  if (value === undefined || value === null) return { pass: true, path: 'readOnlyPort', detail: absentDetail('readOnlyPort', '0', true) };
  return { pass: value === 0, path: 'readOnlyPort', detail: fieldDetail('readOnlyPort', value) };
};

const streamingTimeout: ConfigTest = (config) => {
  const path = 'streamingConnectionIdleTimeout';
  const value = getField(config, path);
  if (value === undefined || value === null) return { pass: true, path, detail: absentDetail(path, '4h0m0s', true) };
  const seconds = typeof value === 'string' ? parseGoDuration(value) : value === 0 ? 0 : null;
  return { pass: seconds !== null && seconds > 0, path, detail: fieldDetail(path, value) };
};

const eventRecordQPS: ConfigTest = (config) => {
  const value = getField(config, 'eventRecordQPS');
  if (value === undefined || value === null) return { pass: true, path: 'eventRecordQPS', detail: absentDetail('eventRecordQPS', '50', true) };
  if (typeof value !== 'number' || value < 0) return { pass: false, path: 'eventRecordQPS', severity: 'warning', detail: t(`eventRecordQPS=${String(value)} is not a valid rate`, `eventRecordQPS=${String(value)} no es una tasa válida`) };
  if (value === 0) return { pass: false, path: 'eventRecordQPS', detail: t('eventRecordQPS is 0: events are not rate-limited at all', 'eventRecordQPS vale 0: los eventos no tienen ningún límite') };
  return { pass: value >= 5, path: 'eventRecordQPS', detail: fieldDetail('eventRecordQPS', value) };
};

const servingCertificate: ConfigTest = (config) => {
  if (getField(config, 'serverTLSBootstrap') === true) return { pass: true, path: 'serverTLSBootstrap', detail: t('serverTLSBootstrap is true: the serving certificate is requested from the cluster CA', 'serverTLSBootstrap vale true: el certificado se pide a la CA del cluster') };
  return requiredFields('tlsCertFile', 'tlsPrivateKeyFile')(config);
};

const rotateCertificates: ConfigTest = (config) => {
  const value = getField(config, 'rotateCertificates');
  if (value === undefined || value === null) {
    return { pass: false, severity: 'info', path: 'rotateCertificates', detail: t('rotateCertificates is not set and defaults to false (kube-bench passes this check when it is absent)', 'rotateCertificates no está definido y vale false por defecto (kube-bench da este control por bueno cuando falta)') };
  }
  return { pass: value === true, path: 'rotateCertificates', detail: fieldDetail('rotateCertificates', value) };
};

const cipherSuitesField: ConfigTest = (config) => {
  const value = getField(config, 'tlsCipherSuites');
  const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return cipherSuites(values, 'tlsCipherSuites', 'tlsCipherSuites', 'tlsCipherSuites');
};

const podPidsLimit: ConfigTest = (config) => {
  const value = getField(config, 'podPidsLimit');
  if (typeof value === 'number' && value > 0) return { pass: true, path: 'podPidsLimit', detail: fieldDetail('podPidsLimit', value) };
  return { pass: false, path: 'podPidsLimit', detail: value === undefined || value === null ? absentDetail('podPidsLimit', '-1 (no limit)', false) : fieldDetail('podPidsLimit', value) };
};

export const KUBELET_CHECKS: ControlPlaneCheck[] = [
  configCheck({
    id: 'kubelet-anonymous-auth', cis: 'CIS 1.9 4.2.1', component: k, severity: 'warning',
    title: t('The kubelet refuses anonymous requests', 'El kubelet rechaza solicitudes anónimas'),
    why: t('The kubelet API (port 10250) runs commands in containers and reads their logs; anonymous requests should never reach it.', 'La API del kubelet (puerto 10250) ejecuta comandos en los contenedores y lee sus logs; las solicitudes anónimas nunca deberían llegar.'),
    fix: t(`Set authentication.anonymous.enabled: false ${FILE.en}.`, `Poné authentication.anonymous.enabled: false ${FILE.es}.`),
    test: boolField('authentication.anonymous.enabled', false, false),
  }),
  configCheck({
    id: 'kubelet-authorization-mode', cis: 'CIS 1.9 4.2.2', component: k, severity: 'danger',
    title: t('The kubelet asks the API server before serving a request', 'El kubelet consulta al API server antes de atender'),
    why: t('With AlwaysAllow, anyone who can reach port 10250 and authenticate (or anyone at all, with anonymous auth) can exec into every pod on the node.', 'Con AlwaysAllow, cualquiera que llegue al puerto 10250 y se autentique (o cualquiera, con auth anónima) puede hacer exec en todos los pods del nodo.'),
    fix: t(`Set authorization.mode: Webhook ${FILE.en}.`, `Poné authorization.mode: Webhook ${FILE.es}.`),
    test: authorizationMode,
  }),
  configCheck({
    id: 'kubelet-client-ca-file', cis: 'CIS 1.9 4.2.3', component: k, severity: 'warning',
    title: t('The kubelet verifies client certificates', 'El kubelet verifica certificados de cliente'),
    why: t('Without a client CA the kubelet cannot authenticate the API server\'s client certificate.', 'Sin CA de clientes, el kubelet no puede autenticar el certificado de cliente del API server.'),
    fix: t(`Set authentication.x509.clientCAFile: /etc/kubernetes/pki/ca.crt ${FILE.en}.`, `Poné authentication.x509.clientCAFile: /etc/kubernetes/pki/ca.crt ${FILE.es}.`),
    test: requiredFields('authentication.x509.clientCAFile'),
  }),
  configCheck({
    id: 'kubelet-read-only-port', cis: 'CIS 1.9 4.2.4', component: k, severity: 'warning',
    title: t('The read-only port is closed', 'El puerto de solo lectura está cerrado'),
    why: t('The read-only port (usually 10255) serves pod specs and node details over HTTP with no authentication at all.', 'El puerto de solo lectura (en general 10255) sirve specs de pods y datos del nodo por HTTP sin ninguna autenticación.'),
    fix: t(`Set readOnlyPort: 0 ${FILE.en}.`, `Poné readOnlyPort: 0 ${FILE.es}.`),
    test: readOnlyPort,
  }),
  configCheck({
    id: 'kubelet-streaming-connection-idle-timeout', cis: 'CIS 1.9 4.2.5', component: k, severity: 'warning',
    title: t('Idle exec and port-forward sessions time out', 'Las sesiones inactivas de exec y port-forward expiran'),
    why: t('A timeout of 0 keeps forgotten exec and port-forward connections open forever, for anyone who hijacks them and as a resource drain.', 'Un timeout de 0 deja abiertas para siempre las conexiones de exec y port-forward olvidadas, para quien las secuestre y como gasto de recursos.'),
    fix: t(`Set streamingConnectionIdleTimeout: 5m ${FILE.en}.`, `Poné streamingConnectionIdleTimeout: 5m ${FILE.es}.`),
    test: streamingTimeout,
  }),
  configCheck({
    id: 'kubelet-protect-kernel-defaults', cis: 'CIS 1.8 4.2.6', component: k, severity: 'warning',
    title: t('The kubelet protects kernel settings', 'El kubelet protege la configuración del kernel'),
    why: t('With protectKernelDefaults the kubelet refuses to start when kernel settings differ from what it needs, instead of silently changing them.', 'Con protectKernelDefaults el kubelet no arranca si la configuración del kernel no es la que necesita, en vez de cambiarla en silencio.'),
    fix: t(`Set protectKernelDefaults: true ${FILE.en} (tune the sysctls first).`, `Poné protectKernelDefaults: true ${FILE.es} (ajustá antes los sysctls).`),
    test: boolField('protectKernelDefaults', true, false),
  }),
  configCheck({
    id: 'kubelet-make-iptables-util-chains', cis: 'CIS 1.9 4.2.6', component: k, severity: 'warning',
    title: t('The kubelet manages its iptables chains', 'El kubelet administra sus cadenas de iptables'),
    why: t('The kubelet keeps the iptables rules pods need for networking in sync with their configuration.', 'El kubelet mantiene las reglas de iptables que los pods necesitan para la red en línea con su configuración.'),
    fix: t(`Set makeIPTablesUtilChains: true (the default) ${FILE.en}.`, `Poné makeIPTablesUtilChains: true (el valor por defecto) ${FILE.es}.`),
    test: boolField('makeIPTablesUtilChains', true, true),
  }),
  configCheck({
    id: 'kubelet-event-record-qps', cis: 'CIS 1.9 4.2.8', component: k, severity: 'info',
    title: t('Events are captured at a sensible rate', 'Los eventos se registran a una tasa sensata'),
    why: t('Too low a limit drops security-relevant events; 0 (no limit) lets a noisy node flood the API server.', 'Un límite muy bajo pierde eventos relevantes para la seguridad; 0 (sin límite) deja que un nodo ruidoso inunde al API server.'),
    fix: t(`Set eventRecordQPS to an appropriate level (the default is 50) ${FILE.en}.`, `Poné eventRecordQPS en un nivel apropiado (por defecto 50) ${FILE.es}.`),
    test: eventRecordQPS,
  }),
  configCheck({
    id: 'kubelet-tls-cert', cis: 'CIS 1.9 4.2.9', component: k, severity: 'warning',
    title: t('The kubelet serves a verifiable certificate', 'El kubelet sirve un certificado verificable'),
    why: t('Without a certificate (or serverTLSBootstrap) the kubelet serves a self-signed one, so the API server cannot verify it is talking to the real node.', 'Sin certificado (ni serverTLSBootstrap) el kubelet sirve uno autofirmado y el API server no puede verificar que habla con el nodo real.'),
    fix: t(`Set tlsCertFile and tlsPrivateKeyFile, or serverTLSBootstrap: true, ${FILE.en}.`, `Poné tlsCertFile y tlsPrivateKeyFile, o serverTLSBootstrap: true, ${FILE.es}.`),
    test: servingCertificate,
  }),
  configCheck({
    id: 'kubelet-rotate-certificates', cis: 'CIS 1.9 4.2.10', component: k, severity: 'warning',
    title: t('Kubelet client certificates rotate', 'Los certificados de cliente del kubelet rotan'),
    why: t('Rotation replaces the kubelet\'s client certificate before it expires, so short-lived certificates are practical.', 'La rotación reemplaza el certificado de cliente del kubelet antes de que venza, así que se pueden usar certificados de vida corta.'),
    fix: t(`Set rotateCertificates: true ${FILE.en}.`, `Poné rotateCertificates: true ${FILE.es}.`),
    test: rotateCertificates,
  }),
  configCheck({
    id: 'kubelet-rotate-server-certificate', cis: 'CIS 1.9 4.2.11', component: k, severity: 'warning',
    title: t('Kubelet serving certificates can rotate', 'Los certificados del kubelet pueden rotar'),
    why: t('Turning the RotateKubeletServerCertificate feature off keeps serving certificates in use until someone replaces them by hand.', 'Apagar la función RotateKubeletServerCertificate deja los certificados en uso hasta que alguien los reemplace a mano.'),
    fix: t(`Remove featureGates.RotateKubeletServerCertificate: false ${FILE.en}.`, `Sacá featureGates.RotateKubeletServerCertificate: false ${FILE.es}.`),
    test: boolField('featureGates.RotateKubeletServerCertificate', true, true),
  }),
  configCheck({
    id: 'kubelet-tls-cipher-suites', cis: 'CIS 1.9 4.2.12', component: k, severity: 'warning',
    title: t('Only strong TLS cipher suites', 'Solo suites TLS fuertes'),
    why: t('Weak suites allow downgrade and decryption attacks on traffic to the kubelet API.', 'Las suites débiles permiten ataques de degradación y descifrado del tráfico hacia la API del kubelet.'),
    fix: t(`Set tlsCipherSuites to strong suites only, e.g. [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384], ${FILE.en}.`, `Poné en tlsCipherSuites solo suites fuertes, por ejemplo [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384], ${FILE.es}.`),
    test: cipherSuitesField,
  }),
  configCheck({
    id: 'kubelet-pod-pids-limit', cis: 'CIS 1.9 4.2.13', component: k, severity: 'info',
    title: t('Pods have a process limit', 'Los pods tienen límite de procesos'),
    why: t('Without a PID limit, one pod (a fork bomb) can exhaust the node\'s process table and take down its neighbours.', 'Sin límite de PIDs, un pod (una fork bomb) puede agotar la tabla de procesos del nodo y tirar abajo a sus vecinos.'),
    fix: t(`Set podPidsLimit, e.g. podPidsLimit: 4096, ${FILE.en}.`, `Poné podPidsLimit, por ejemplo podPidsLimit: 4096, ${FILE.es}.`),
    test: podPidsLimit,
  }),
];
