/**
 * kube-apiserver checks on who gets in and what they may do: authentication, authorization
 * modes, admission plugins, profiling. CIS Kubernetes Benchmark v1.9 section 1.2, as kube-bench
 * runs it (cfg/cis-1.9/master.yaml); defaults from `kube-apiserver --help`.
 */
import { msg } from '../messages';
import { boolFlag, flagCheck, forbiddenFlag, listFlag, type FlagTest } from './checkBuilders';
import { flagList } from './parseFlags';
import type { CheckTarget, CheckVerdict, ControlPlaneCheck, FlagSet } from './types';

/** Admission plugins on by default (kube-apiserver --help, v1.30+). */
export const DEFAULT_ADMISSION_PLUGINS = [
  'NamespaceLifecycle',
  'LimitRanger',
  'ServiceAccount',
  'TaintNodesByCondition',
  'PodSecurity',
  'Priority',
  'DefaultTolerationSeconds',
  'DefaultStorageClass',
  'StorageObjectInUseProtection',
  'PersistentVolumeClaimResize',
  'RuntimeClass',
  'CertificateApproval',
  'CertificateSigning',
  'ClusterTrustBundleAttest',
  'CertificateSubjectRestriction',
  'DefaultIngressClass',
  'MutatingAdmissionWebhook',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionWebhook',
  'ResourceQuota',
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
    if (disabled) return { pass, path, detail: msg('controlplane.apiserverAccessChecks.isListedInDisable', { plugin }) };
    if (inEnable) return { pass, path, detail: msg('controlplane.apiserverAccessChecks.isListedInEnable', { plugin }) };
    return {
      pass,
      path,
      detail: byDefault
        ? msg('controlplane.apiserverAccessChecks.isOnByDefault', { plugin })
        : msg('controlplane.apiserverAccessChecks.isNotInEnable', { plugin }),
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
    evaluate: (target: CheckTarget) =>
      (target.kind === 'flags' && target.component === check.component && first(target.flags, target.host?.objects ?? [])) || check.evaluate(target),
  };
}

/**
 * Anonymous access limited to the health paths by an AuthenticationConfiguration (v1.32+, in place
 * of --anonymous-auth, which it excludes) also satisfies CIS v2.1 1.2.1
 * (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-authenticator-configuration).
 */
function limitedAnonymous(flags: FlagSet, objects: readonly unknown[]): CheckVerdict | null {
  const occ = flags.last('authentication-config');
  const config = objects.find((o) => typeof o === 'object' && o !== null && (o as { kind?: unknown }).kind === 'AuthenticationConfiguration') as
    { anonymous?: { enabled?: unknown; conditions?: unknown } } | undefined;
  if (!occ || !config?.anonymous || flags.last('anonymous-auth')) return null;
  const { enabled, conditions } = config.anonymous;
  const paths = Array.isArray(conditions) ? conditions.map((x) => (typeof x === 'object' && x !== null ? (x as { path?: unknown }).path : undefined)) : [];
  if (enabled !== true)
    return { pass: true, path: occ.path, detail: msg('controlplane.apiserverAccessChecks.theAuthenticationconfigurationTurnsAnonymous', {}) };
  const limited = paths.length > 0 && paths.every((p) => typeof p === 'string' && HEALTH_PATHS.includes(p));
  return limited
    ? { pass: true, path: occ.path, detail: msg('controlplane.apiserverAccessChecks.anonymousRequestsAreOnly', { paths: paths.join(', ') }) }
    : { pass: false, path: occ.path, detail: msg('controlplane.apiserverAccessChecks.theAuthenticationconfigurationAcceptsAnonymous', {}) };
}

export const APISERVER_ACCESS_CHECKS: ControlPlaneCheck[] = [
  preferring(
    flagCheck({
      id: 'apiserver-anonymous-auth',
      cis: 'CIS 1.9 1.2.1',
      component: c,
      severity: 'warning',
      title: msg('controlplane.apiserver-anonymous-auth.title', {}),
      why: msg('controlplane.apiserver-anonymous-auth.why', {}),
      fix: msg('controlplane.apiserver-anonymous-auth.fix', {}),
      test: boolFlag('anonymous-auth', false, true),
    }),
    limitedAnonymous,
  ),
  flagCheck({
    id: 'apiserver-token-auth-file',
    cis: 'CIS 1.9 1.2.2',
    component: c,
    severity: 'danger',
    title: msg('controlplane.apiserver-token-auth-file.title', {}),
    why: msg('controlplane.apiserver-token-auth-file.why', {}),
    fix: msg('controlplane.apiserver-token-auth-file.fix', {}),
    test: forbiddenFlag('token-auth-file'),
  }),
  flagCheck({
    id: 'apiserver-authorization-not-always-allow',
    cis: 'CIS 1.9 1.2.6',
    component: c,
    severity: 'danger',
    title: msg('controlplane.apiserver-authorization-not-always-allow.title', {}),
    why: msg('controlplane.apiserver-authorization-not-always-allow.why', {}),
    fix: msg('controlplane.apiserver-authorization-not-always-allow.fix', {}),
    test: authorizationMode('AlwaysAllow', false),
  }),
  flagCheck({
    id: 'apiserver-authorization-node',
    cis: 'CIS 1.9 1.2.7',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-authorization-node.title', {}),
    why: msg('controlplane.apiserver-authorization-node.why', {}),
    fix: msg('controlplane.apiserver-authorization-node.fix', {}),
    test: authorizationMode('Node', true),
  }),
  flagCheck({
    id: 'apiserver-authorization-rbac',
    cis: 'CIS 1.9 1.2.8',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-authorization-rbac.title', {}),
    why: msg('controlplane.apiserver-authorization-rbac.why', {}),
    fix: msg('controlplane.apiserver-authorization-rbac.fix', {}),
    test: authorizationMode('RBAC', true),
  }),
  flagCheck({
    id: 'apiserver-admission-event-rate-limit',
    cis: 'CIS 1.9 1.2.9',
    component: c,
    severity: 'info',
    title: msg('controlplane.apiserver-admission-event-rate-limit.title', {}),
    why: msg('controlplane.apiserver-admission-event-rate-limit.why', {}),
    fix: msg('controlplane.apiserver-admission-event-rate-limit.fix', {}),
    test: admissionPlugin('EventRateLimit', true),
  }),
  flagCheck({
    id: 'apiserver-admission-always-admit',
    cis: 'CIS 1.9 1.2.10',
    component: c,
    severity: 'danger',
    title: msg('controlplane.apiserver-admission-always-admit.title', {}),
    why: msg('controlplane.apiserver-admission-always-admit.why', {}),
    fix: msg('controlplane.apiserver-admission-always-admit.fix', {}),
    test: admissionPlugin('AlwaysAdmit', false),
  }),
  flagCheck({
    id: 'apiserver-admission-always-pull-images',
    cis: 'CIS 1.9 1.2.11',
    component: c,
    severity: 'info',
    title: msg('controlplane.apiserver-admission-always-pull-images.title', {}),
    why: msg('controlplane.apiserver-admission-always-pull-images.why', {}),
    fix: msg('controlplane.apiserver-admission-always-pull-images.fix', {}),
    test: admissionPlugin('AlwaysPullImages', true),
  }),
  flagCheck({
    id: 'apiserver-admission-service-account',
    cis: 'CIS 1.9 1.2.12',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-admission-service-account.title', {}),
    why: msg('controlplane.apiserver-admission-service-account.why', {}),
    fix: msg('controlplane.apiserver-admission-service-account.fix', {}),
    test: admissionPlugin('ServiceAccount', true),
  }),
  flagCheck({
    id: 'apiserver-admission-namespace-lifecycle',
    cis: 'CIS 1.9 1.2.13',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-admission-namespace-lifecycle.title', {}),
    why: msg('controlplane.apiserver-admission-namespace-lifecycle.why', {}),
    fix: msg('controlplane.apiserver-admission-namespace-lifecycle.fix', {}),
    test: admissionPlugin('NamespaceLifecycle', true),
  }),
  flagCheck({
    id: 'apiserver-admission-node-restriction',
    cis: 'CIS 1.9 1.2.14',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-admission-node-restriction.title', {}),
    why: msg('controlplane.apiserver-admission-node-restriction.why', {}),
    fix: msg('controlplane.apiserver-admission-node-restriction.fix', {}),
    test: admissionPlugin('NodeRestriction', true),
  }),
  flagCheck({
    id: 'apiserver-admission-pod-security',
    cis: '—',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-admission-pod-security.title', {}),
    why: msg('controlplane.apiserver-admission-pod-security.why', {}),
    fix: msg('controlplane.apiserver-admission-pod-security.fix', {}),
    test: admissionPlugin('PodSecurity', true),
  }),
  flagCheck({
    id: 'apiserver-profiling',
    cis: 'CIS 1.9 1.2.15',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-profiling.title', {}),
    why: msg('controlplane.apiserver-profiling.why', {}),
    fix: msg('controlplane.apiserver-profiling.fix', {}),
    test: boolFlag('profiling', false, true),
  }),
  flagCheck({
    id: 'apiserver-deny-service-external-ips',
    cis: 'CIS 1.9 1.2.3',
    component: c,
    severity: 'info',
    title: msg('controlplane.apiserver-deny-service-external-ips.title', {}),
    why: msg('controlplane.apiserver-deny-service-external-ips.why', {}),
    fix: msg('controlplane.apiserver-deny-service-external-ips.fix', {}),
    test: admissionPlugin('DenyServiceExternalIPs', true),
  }),
];
