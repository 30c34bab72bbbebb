/**
 * kube-apiserver checks on what it records and how it talks: audit log, TLS, etcd and kubelet
 * connections, service account keys, encryption at rest, removed insecure ports. CIS Kubernetes
 * Benchmark v1.9 sections 1.2 and 3.2 (v1.6 for the insecure port flags), as kube-bench runs them.
 */
import { msg } from '../messages';
import { boolFlag, flagCheck, forbiddenFlag, minIntFlag, requiredFlags, valueDetail, type FlagTest } from './checkBuilders';
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
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
];

/** Every listed suite must be strong; absent → Go's defaults (a recommendation only). */
export function cipherSuites(values: string[], path: string, absentPath: string, name: string): ReturnType<FlagTest> {
  if (values.length === 0) {
    return { pass: false, severity: 'info', path: absentPath, detail: msg('controlplane.apiserverDataChecks.isNotSetSo', { name }) };
  }
  const weak = values.filter((v) => !STRONG_CIPHER_SUITES.includes(v));
  if (weak.length === 0) return { pass: true, path, detail: valueDetail(name, values.join(',')) };
  return { pass: false, path, detail: msg('controlplane.apiserverDataChecks.allowsWeakSuites', { name, suites: weak.join(', ') }) };
}

const requestTimeout: FlagTest = (flags) => {
  const occ = flags.last('request-timeout');
  if (!occ) return { pass: true, path: flags.insertPath, detail: msg('controlplane.apiserverDataChecks.requestTimeoutIsNot', {}) };
  const seconds = parseGoDuration(occ.value);
  if (seconds === null || seconds <= 0)
    return { pass: false, path: occ.path, detail: msg('controlplane.apiserverDataChecks.requestTimeoutIsNot2', { value: occ.value }) };
  return { pass: seconds <= 300, path: occ.path, detail: valueDetail('--request-timeout', occ.value) };
};

export const APISERVER_DATA_CHECKS: ControlPlaneCheck[] = [
  flagCheck({
    id: 'apiserver-audit-log-path',
    cis: 'CIS 1.9 1.2.16',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-log-path.title', {}),
    why: msg('controlplane.apiserver-audit-log-path.why', {}),
    fix: msg('controlplane.apiserver-audit-log-path.fix', {}),
    test: requiredFlags('audit-log-path'),
  }),
  flagCheck({
    id: 'apiserver-audit-policy-file',
    cis: 'CIS 1.9 3.2.1',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-policy-file.title', {}),
    why: msg('controlplane.apiserver-audit-policy-file.why', {}),
    fix: msg('controlplane.apiserver-audit-policy-file.fix', {}),
    test: requiredFlags('audit-policy-file'),
  }),
  flagCheck({
    id: 'apiserver-audit-log-maxage',
    cis: 'CIS 1.9 1.2.17',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-log-maxage.title', {}),
    why: msg('controlplane.apiserver-audit-log-maxage.why', {}),
    fix: msg('controlplane.apiserver-audit-log-maxage.fix', {}),
    test: minIntFlag('audit-log-maxage', 30, 0, logsToFile),
  }),
  flagCheck({
    id: 'apiserver-audit-log-maxbackup',
    cis: 'CIS 1.9 1.2.18',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-log-maxbackup.title', {}),
    why: msg('controlplane.apiserver-audit-log-maxbackup.why', {}),
    fix: msg('controlplane.apiserver-audit-log-maxbackup.fix', {}),
    test: minIntFlag('audit-log-maxbackup', 10, 0, logsToFile),
  }),
  flagCheck({
    id: 'apiserver-audit-log-maxsize',
    cis: 'CIS 1.9 1.2.19',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-log-maxsize.title', {}),
    why: msg('controlplane.apiserver-audit-log-maxsize.why', {}),
    fix: msg('controlplane.apiserver-audit-log-maxsize.fix', {}),
    test: minIntFlag('audit-log-maxsize', 100, 0, logsToFile),
  }),
  flagCheck({
    id: 'apiserver-request-timeout',
    cis: 'CIS 1.9 1.2.20',
    component: c,
    severity: 'info',
    title: msg('controlplane.apiserver-request-timeout.title', {}),
    why: msg('controlplane.apiserver-request-timeout.why', {}),
    fix: msg('controlplane.apiserver-request-timeout.fix', {}),
    test: requestTimeout,
  }),
  flagCheck({
    id: 'apiserver-service-account-lookup',
    cis: 'CIS 1.9 1.2.21',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-service-account-lookup.title', {}),
    why: msg('controlplane.apiserver-service-account-lookup.why', {}),
    fix: msg('controlplane.apiserver-service-account-lookup.fix', {}),
    test: boolFlag('service-account-lookup', true, true),
  }),
  flagCheck({
    id: 'apiserver-service-account-key-file',
    cis: 'CIS 1.9 1.2.22',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-service-account-key-file.title', {}),
    why: msg('controlplane.apiserver-service-account-key-file.why', {}),
    fix: msg('controlplane.apiserver-service-account-key-file.fix', {}),
    test: requiredFlags('service-account-key-file'),
  }),
  flagCheck({
    id: 'apiserver-etcd-client-cert',
    cis: 'CIS 1.9 1.2.23',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-etcd-client-cert.title', {}),
    why: msg('controlplane.apiserver-etcd-client-cert.why', {}),
    fix: msg('controlplane.apiserver-etcd-client-cert.fix', {}),
    test: requiredFlags('etcd-certfile', 'etcd-keyfile'),
  }),
  flagCheck({
    id: 'apiserver-etcd-cafile',
    cis: 'CIS 1.9 1.2.26',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-etcd-cafile.title', {}),
    why: msg('controlplane.apiserver-etcd-cafile.why', {}),
    fix: msg('controlplane.apiserver-etcd-cafile.fix', {}),
    test: requiredFlags('etcd-cafile'),
  }),
  flagCheck({
    id: 'apiserver-tls-cert',
    cis: 'CIS 1.9 1.2.24',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-tls-cert.title', {}),
    why: msg('controlplane.apiserver-tls-cert.why', {}),
    fix: msg('controlplane.apiserver-tls-cert.fix', {}),
    test: requiredFlags('tls-cert-file', 'tls-private-key-file'),
  }),
  flagCheck({
    id: 'apiserver-client-ca-file',
    cis: 'CIS 1.9 1.2.25',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-client-ca-file.title', {}),
    why: msg('controlplane.apiserver-client-ca-file.why', {}),
    fix: msg('controlplane.apiserver-client-ca-file.fix', {}),
    test: requiredFlags('client-ca-file'),
  }),
  flagCheck({
    id: 'apiserver-kubelet-client-cert',
    cis: 'CIS 1.9 1.2.4',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-kubelet-client-cert.title', {}),
    why: msg('controlplane.apiserver-kubelet-client-cert.why', {}),
    fix: msg('controlplane.apiserver-kubelet-client-cert.fix', {}),
    test: requiredFlags('kubelet-client-certificate', 'kubelet-client-key'),
  }),
  flagCheck({
    id: 'apiserver-kubelet-certificate-authority',
    cis: 'CIS 1.9 1.2.5',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-kubelet-certificate-authority.title', {}),
    why: msg('controlplane.apiserver-kubelet-certificate-authority.why', {}),
    fix: msg('controlplane.apiserver-kubelet-certificate-authority.fix', {}),
    test: requiredFlags('kubelet-certificate-authority'),
  }),
  flagCheck({
    id: 'apiserver-encryption-provider-config',
    cis: 'CIS 1.9 1.2.27',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-encryption-provider-config.title', {}),
    why: msg('controlplane.apiserver-encryption-provider-config.why', {}),
    fix: msg('controlplane.apiserver-encryption-provider-config.fix', {}),
    test: requiredFlags('encryption-provider-config'),
  }),
  flagCheck({
    id: 'apiserver-tls-cipher-suites',
    cis: 'CIS 1.9 1.2.29',
    component: c,
    severity: 'warning',
    title: msg('controlplane.apiserver-tls-cipher-suites.title', {}),
    why: msg('controlplane.apiserver-tls-cipher-suites.why', {}),
    fix: msg('controlplane.apiserver-tls-cipher-suites.fix', {}),
    test: (flags) => {
      const { values, occurrences } = flagList(flags, 'tls-cipher-suites');
      return cipherSuites(values, occurrences.at(-1)?.path ?? flags.insertPath, flags.insertPath, '--tls-cipher-suites');
    },
  }),
  flagCheck({
    id: 'apiserver-insecure-port',
    cis: 'CIS 1.6 1.2.19',
    component: c,
    severity: 'danger',
    title: msg('controlplane.apiserver-insecure-port.title', {}),
    why: msg('controlplane.apiserver-insecure-port.why', {}),
    fix: msg('controlplane.apiserver-insecure-port.fix', {}),
    test: forbiddenFlag('insecure-port', (v) => v === '0'),
  }),
  flagCheck({
    id: 'apiserver-insecure-bind-address',
    cis: 'CIS 1.6 1.2.18',
    component: c,
    severity: 'danger',
    title: msg('controlplane.apiserver-insecure-bind-address.title', {}),
    why: msg('controlplane.apiserver-insecure-bind-address.why', {}),
    fix: msg('controlplane.apiserver-insecure-bind-address.fix', {}),
    test: forbiddenFlag('insecure-bind-address'),
  }),
  flagCheck({
    id: 'apiserver-secure-port',
    cis: 'CIS 1.6 1.2.20',
    component: c,
    severity: 'danger',
    title: msg('controlplane.apiserver-secure-port.title', {}),
    why: msg('controlplane.apiserver-secure-port.why', {}),
    fix: msg('controlplane.apiserver-secure-port.fix', {}),
    test: forbiddenFlag('secure-port', (v) => v !== '0'),
  }),
];
