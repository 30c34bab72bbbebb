/**
 * kube-apiserver checks on who gets in and what they may do: authentication, authorization
 * modes, admission plugins, profiling. CIS Kubernetes Benchmark v1.9 section 1.2, as kube-bench
 * runs it (cfg/cis-1.9/master.yaml); defaults from `kube-apiserver --help`.
 */
import { boolFlag, flagCheck, forbiddenFlag, listFlag, t, type FlagTest } from './checkBuilders';
import { flagList } from './parseFlags';
import type { CheckTarget, CheckVerdict, ControlPlaneCheck, FlagSet } from './types';

const MANIFEST = t('in /etc/kubernetes/manifests/kube-apiserver.yaml', 'en /etc/kubernetes/manifests/kube-apiserver.yaml');

/** Admission plugins on by default (kube-apiserver --help, v1.30+). */
export const DEFAULT_ADMISSION_PLUGINS = [
  'NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'TaintNodesByCondition', 'PodSecurity', 'Priority',
  'DefaultTolerationSeconds', 'DefaultStorageClass', 'StorageObjectInUseProtection', 'PersistentVolumeClaimResize',
  'RuntimeClass', 'CertificateApproval', 'CertificateSigning', 'ClusterTrustBundleAttest', 'CertificateSubjectRestriction',
  'DefaultIngressClass', 'MutatingAdmissionWebhook', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook', 'ResourceQuota',
];

/** Is an admission plugin on? default-on ∪ --enable-admission-plugins − --disable-admission-plugins. */
function admissionPlugin(plugin: string, wantEnabled: boolean): FlagTest {
  return (flags) => {
    const enable = flagList(flags, 'enable-admission-plugins');
    const disable = flagList(flags, 'disable-admission-plugins');
    const disabled = disable.values.includes(plugin);
    const enabled = !disabled && (enable.values.includes(plugin) || DEFAULT_ADMISSION_PLUGINS.includes(plugin));
    const pass = enabled === wantEnabled;
    const inDisable = disable.occurrences.find((o) => o.value.split(',').includes(plugin));
    const inEnable = enable.occurrences.find((o) => o.value.split(',').includes(plugin));
    const path = (disabled ? inDisable?.path : inEnable?.path) ?? flags.insertPath;
    const byDefault = DEFAULT_ADMISSION_PLUGINS.includes(plugin);
    if (disabled) return { pass, path, detail: t(`${plugin} is listed in --disable-admission-plugins`, `${plugin} figura en --disable-admission-plugins`) };
    if (inEnable) return { pass, path, detail: t(`${plugin} is listed in --enable-admission-plugins`, `${plugin} figura en --enable-admission-plugins`) };
    return {
      pass, path,
      detail: byDefault
        ? t(`${plugin} is on by default and not disabled`, `${plugin} viene activado por defecto y no está desactivado`)
        : t(`${plugin} is not in --enable-admission-plugins and is off by default`, `${plugin} no está en --enable-admission-plugins y viene desactivado por defecto`),
    };
  };
}

/** Authorization-mode checks do not apply when --authorization-config (structured authorization) is used. */
function authorizationMode(item: string, mustContain: boolean): FlagTest {
  const inner = listFlag('authorization-mode', item, mustContain, ['AlwaysAllow']);
  return (flags) => (flags.last('authorization-config') ? null : inner(flags));
}

const c = 'kube-apiserver' as const;

const HEALTH_PATHS = ['/healthz', '/livez', '/readyz'];

/** A check whose verdict `first` may decide (with every object at hand) before the flag test does. */
function preferring(check: ControlPlaneCheck, first: (flags: FlagSet, objects: readonly unknown[]) => CheckVerdict | null): ControlPlaneCheck {
  return {
    ...check,
    evaluate: (target: CheckTarget) => (target.kind === 'flags' && target.component === check.component && first(target.flags, target.host?.objects ?? [])) || check.evaluate(target),
  };
}

/**
 * Anonymous access limited to the health paths by an AuthenticationConfiguration (v1.32+, in place
 * of --anonymous-auth, which it excludes) also satisfies CIS v2.1 1.2.1
 * (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-authenticator-configuration).
 */
function limitedAnonymous(flags: FlagSet, objects: readonly unknown[]): CheckVerdict | null {
  const occ = flags.last('authentication-config');
  const config = objects.find((o) => typeof o === 'object' && o !== null && (o as { kind?: unknown }).kind === 'AuthenticationConfiguration') as { anonymous?: { enabled?: unknown; conditions?: unknown } } | undefined;
  if (!occ || !config?.anonymous || flags.last('anonymous-auth')) return null;
  const { enabled, conditions } = config.anonymous;
  const paths = Array.isArray(conditions) ? conditions.map((x) => (typeof x === 'object' && x !== null ? (x as { path?: unknown }).path : undefined)) : [];
  if (enabled !== true) return { pass: true, path: occ.path, detail: t('the AuthenticationConfiguration turns anonymous requests off', 'la AuthenticationConfiguration apaga los pedidos anónimos') };
  const limited = paths.length > 0 && paths.every((p) => typeof p === 'string' && HEALTH_PATHS.includes(p));
  return limited
    ? { pass: true, path: occ.path, detail: t(`anonymous requests are only accepted for ${paths.join(', ')}`, `los pedidos anónimos solo se aceptan para ${paths.join(', ')}`) }
    : { pass: false, path: occ.path, detail: t('the AuthenticationConfiguration accepts anonymous requests beyond the health paths', 'la AuthenticationConfiguration acepta pedidos anónimos más allá de los paths de salud') };
}

export const APISERVER_ACCESS_CHECKS: ControlPlaneCheck[] = [
  preferring(flagCheck({
    id: 'apiserver-anonymous-auth', cis: 'CIS 1.9 1.2.1', component: c, severity: 'warning',
    title: t('Anonymous requests are refused', 'Se rechazan las solicitudes anónimas'),
    why: t('With anonymous auth on, any request without credentials is served as system:anonymous (group system:unauthenticated): one careless RoleBinding to those names opens the API to anyone who can reach it.', 'Con la autenticación anónima activa, cualquier solicitud sin credenciales entra como system:anonymous (grupo system:unauthenticated): un RoleBinding descuidado a esos nombres abre la API a cualquiera que llegue a ella.'),
    fix: t(`Add --anonymous-auth=false to the kube-apiserver command ${MANIFEST.en}.`, `Agregá --anonymous-auth=false al comando de kube-apiserver ${MANIFEST.es}.`),
    test: boolFlag('anonymous-auth', false, true),
  }), limitedAnonymous),
  flagCheck({
    id: 'apiserver-token-auth-file', cis: 'CIS 1.9 1.2.2', component: c, severity: 'danger',
    title: t('No static token file', 'Sin archivo de tokens estáticos'),
    why: t('Tokens in a --token-auth-file never expire and can only be revoked by editing the file and restarting the API server.', 'Los tokens de --token-auth-file no vencen nunca y solo se revocan editando el archivo y reiniciando el API server.'),
    fix: t('Remove --token-auth-file and use client certificates, OIDC or service account tokens instead.', 'Sacá --token-auth-file y usá certificados de cliente, OIDC o tokens de ServiceAccount.'),
    test: forbiddenFlag('token-auth-file'),
  }),
  flagCheck({
    id: 'apiserver-authorization-not-always-allow', cis: 'CIS 1.9 1.2.6', component: c, severity: 'danger',
    title: t('Authorization is not AlwaysAllow', 'La autorización no es AlwaysAllow'),
    why: t('AlwaysAllow authorizes every authenticated request: RBAC, and everything this course teaches about it, stops mattering.', 'AlwaysAllow autoriza toda solicitud autenticada: RBAC, y todo lo que el curso enseña sobre él, deja de importar.'),
    fix: t('Set --authorization-mode=Node,RBAC (without AlwaysAllow).', 'Poné --authorization-mode=Node,RBAC (sin AlwaysAllow).'),
    test: authorizationMode('AlwaysAllow', false),
  }),
  flagCheck({
    id: 'apiserver-authorization-node', cis: 'CIS 1.9 1.2.7', component: c, severity: 'warning',
    title: t('Authorization modes include Node', 'Los modos de autorización incluyen Node'),
    why: t('The Node authorizer limits each kubelet to the objects of its own pods; without it a stolen kubelet credential reads every Secret the kubelet role allows.', 'El autorizador Node limita cada kubelet a los objetos de sus propios pods; sin él, una credencial de kubelet robada lee todos los Secrets que permita el rol de kubelet.'),
    fix: t('Set --authorization-mode=Node,RBAC.', 'Poné --authorization-mode=Node,RBAC.'),
    test: authorizationMode('Node', true),
  }),
  flagCheck({
    id: 'apiserver-authorization-rbac', cis: 'CIS 1.9 1.2.8', component: c, severity: 'warning',
    title: t('Authorization modes include RBAC', 'Los modos de autorización incluyen RBAC'),
    why: t('RBAC is how Roles and RoleBindings take effect; without it they are stored but never consulted.', 'RBAC es lo que hace efectivos los Roles y RoleBindings; sin él se guardan pero nunca se consultan.'),
    fix: t('Set --authorization-mode=Node,RBAC.', 'Poné --authorization-mode=Node,RBAC.'),
    test: authorizationMode('RBAC', true),
  }),
  flagCheck({
    id: 'apiserver-admission-event-rate-limit', cis: 'CIS 1.9 1.2.9', component: c, severity: 'info',
    title: t('EventRateLimit admission is on', 'La admisión EventRateLimit está activa'),
    why: t('Without a limit, a misbehaving client can flood the API server and etcd with Events (manual check: the limits need a config file).', 'Sin límite, un cliente que se porta mal puede inundar el API server y etcd con Events (control manual: los límites necesitan un archivo de configuración).'),
    fix: t('Add EventRateLimit to --enable-admission-plugins and set --admission-control-config-file with its limits.', 'Agregá EventRateLimit a --enable-admission-plugins y definí sus límites con --admission-control-config-file.'),
    test: admissionPlugin('EventRateLimit', true),
  }),
  flagCheck({
    id: 'apiserver-admission-always-admit', cis: 'CIS 1.9 1.2.10', component: c, severity: 'danger',
    title: t('AlwaysAdmit admission is off', 'La admisión AlwaysAdmit está desactivada'),
    why: t('AlwaysAdmit (deprecated) admits every request and defeats the admission chain that enforces policy.', 'AlwaysAdmit (obsoleto) admite toda solicitud y anula la cadena de admisión que aplica las políticas.'),
    fix: t('Remove AlwaysAdmit from --enable-admission-plugins.', 'Sacá AlwaysAdmit de --enable-admission-plugins.'),
    test: admissionPlugin('AlwaysAdmit', false),
  }),
  flagCheck({
    id: 'apiserver-admission-always-pull-images', cis: 'CIS 1.9 1.2.11', component: c, severity: 'info',
    title: t('AlwaysPullImages admission is on', 'La admisión AlwaysPullImages está activa'),
    why: t('On shared nodes, a pod can run a private image another tenant already pulled unless every pod re-checks pull credentials (manual check: it costs pull time).', 'En nodos compartidos, un pod puede correr una imagen privada que otro inquilino ya bajó, salvo que cada pod vuelva a validar credenciales (control manual: cuesta tiempo de descarga).'),
    fix: t('Add AlwaysPullImages to --enable-admission-plugins.', 'Agregá AlwaysPullImages a --enable-admission-plugins.'),
    test: admissionPlugin('AlwaysPullImages', true),
  }),
  flagCheck({
    id: 'apiserver-admission-service-account', cis: 'CIS 1.9 1.2.12', component: c, severity: 'warning',
    title: t('ServiceAccount admission is on', 'La admisión ServiceAccount está activa'),
    why: t('The ServiceAccount plugin gives pods their ServiceAccount and checks it exists; disabling it breaks that guarantee.', 'El plugin ServiceAccount asigna la ServiceAccount a los pods y verifica que exista; desactivarlo rompe esa garantía.'),
    fix: t('Remove ServiceAccount from --disable-admission-plugins.', 'Sacá ServiceAccount de --disable-admission-plugins.'),
    test: admissionPlugin('ServiceAccount', true),
  }),
  flagCheck({
    id: 'apiserver-admission-namespace-lifecycle', cis: 'CIS 1.9 1.2.13', component: c, severity: 'warning',
    title: t('NamespaceLifecycle admission is on', 'La admisión NamespaceLifecycle está activa'),
    why: t('NamespaceLifecycle refuses objects in namespaces that are being deleted or do not exist, and protects the system namespaces.', 'NamespaceLifecycle rechaza objetos en namespaces que se están borrando o que no existen, y protege los namespaces del sistema.'),
    fix: t('Remove NamespaceLifecycle from --disable-admission-plugins.', 'Sacá NamespaceLifecycle de --disable-admission-plugins.'),
    test: admissionPlugin('NamespaceLifecycle', true),
  }),
  flagCheck({
    id: 'apiserver-admission-node-restriction', cis: 'CIS 1.9 1.2.14', component: c, severity: 'warning',
    title: t('NodeRestriction admission is on', 'La admisión NodeRestriction está activa'),
    why: t('NodeRestriction stops a kubelet from changing other nodes, pods on other nodes and its own sensitive labels; it is off by default.', 'NodeRestriction impide que un kubelet modifique otros nodos, pods de otros nodos y sus propias etiquetas sensibles; viene desactivado por defecto.'),
    fix: t('Add NodeRestriction to --enable-admission-plugins (and use --authorization-mode=Node,RBAC).', 'Agregá NodeRestriction a --enable-admission-plugins (y usá --authorization-mode=Node,RBAC).'),
    test: admissionPlugin('NodeRestriction', true),
  }),
  flagCheck({
    id: 'apiserver-admission-pod-security', cis: '—', component: c, severity: 'warning',
    title: t('PodSecurity admission is on', 'La admisión PodSecurity está activa'),
    why: t('Without PodSecurity the pod-security.kubernetes.io namespace labels do nothing: privileged pods are admitted everywhere.', 'Sin PodSecurity, las etiquetas pod-security.kubernetes.io de los namespaces no hacen nada: se admiten pods privilegiados en todos lados.'),
    fix: t('Remove PodSecurity from --disable-admission-plugins.', 'Sacá PodSecurity de --disable-admission-plugins.'),
    test: admissionPlugin('PodSecurity', true),
  }),
  flagCheck({
    id: 'apiserver-profiling', cis: 'CIS 1.9 1.2.15', component: c, severity: 'warning',
    title: t('Profiling is off', 'El profiling está desactivado'),
    why: t('The /debug/pprof endpoints reveal internals of the server and can be used to slow it down; they are only needed while debugging.', 'Los endpoints /debug/pprof revelan detalles internos del servidor y se pueden usar para frenarlo; solo hacen falta para depurar.'),
    fix: t('Add --profiling=false to the kube-apiserver command.', 'Agregá --profiling=false al comando de kube-apiserver.'),
    test: boolFlag('profiling', false, true),
  }),
  flagCheck({
    id: 'apiserver-deny-service-external-ips', cis: 'CIS 1.9 1.2.3', component: c, severity: 'info',
    title: t('DenyServiceExternalIPs admission is on', 'La admisión DenyServiceExternalIPs está activa'),
    why: t('Anyone who may create a Service with externalIPs can intercept traffic to those IPs (CVE-2020-8554); most clusters do not need the field.', 'Quien pueda crear un Service con externalIPs puede interceptar el tráfico hacia esas IPs (CVE-2020-8554); la mayoría de los clusters no usa ese campo.'),
    fix: t('Add DenyServiceExternalIPs to --enable-admission-plugins.', 'Agregá DenyServiceExternalIPs a --enable-admission-plugins.'),
    test: admissionPlugin('DenyServiceExternalIPs', true),
  }),
];
