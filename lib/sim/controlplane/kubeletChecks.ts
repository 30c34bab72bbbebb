/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1) checks: CIS Kubernetes Benchmark v1.9
 * section 4.2 (v1.8 for protectKernelDefaults), as kube-bench runs them against the config file.
 * Defaults are the config file's (kubelet/apis/config/v1beta1/defaults.go), which are safer
 * than the old command-line defaults: anonymous off, Webhook authorization, read-only port 0.
 */
import { msg } from '../messages';
import { absentDetail, boolField, configCheck, fieldDetail, getField, requiredFields, type ConfigTest } from './checkBuilders';
import { cipherSuites } from './apiserverDataChecks';
import { parseGoDuration } from './parseFlags';
import type { ControlPlaneCheck } from './types';

const k = 'kubelet' as const;

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
  if (typeof value !== 'number' || value < 0)
    return {
      pass: false,
      path: 'eventRecordQPS',
      severity: 'warning',
      detail: msg('controlplane.kubeletChecks.eventrecordqpsIsNotA', { value: String(value) }),
    };
  if (value === 0) return { pass: false, path: 'eventRecordQPS', detail: msg('controlplane.kubeletChecks.eventrecordqpsIs0Events', {}) };
  return { pass: value >= 5, path: 'eventRecordQPS', detail: fieldDetail('eventRecordQPS', value) };
};

const servingCertificate: ConfigTest = (config) => {
  if (getField(config, 'serverTLSBootstrap') === true)
    return { pass: true, path: 'serverTLSBootstrap', detail: msg('controlplane.kubeletChecks.servertlsbootstrapIsTrueThe', {}) };
  return requiredFields('tlsCertFile', 'tlsPrivateKeyFile')(config);
};

const rotateCertificates: ConfigTest = (config) => {
  const value = getField(config, 'rotateCertificates');
  if (value === undefined || value === null) {
    return { pass: false, severity: 'info', path: 'rotateCertificates', detail: msg('controlplane.kubeletChecks.rotatecertificatesIsNotSet', {}) };
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
  return {
    pass: false,
    path: 'podPidsLimit',
    detail: value === undefined || value === null ? absentDetail('podPidsLimit', '-1 (no limit)', false) : fieldDetail('podPidsLimit', value),
  };
};

export const KUBELET_CHECKS: ControlPlaneCheck[] = [
  configCheck({
    id: 'kubelet-anonymous-auth',
    cis: 'CIS 1.9 4.2.1',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-anonymous-auth.title', {}),
    why: msg('controlplane.kubelet-anonymous-auth.why', {}),
    fix: msg('controlplane.kubelet-anonymous-auth.fix', {}),
    test: boolField('authentication.anonymous.enabled', false, false),
  }),
  configCheck({
    id: 'kubelet-authorization-mode',
    cis: 'CIS 1.9 4.2.2',
    component: k,
    severity: 'danger',
    title: msg('controlplane.kubelet-authorization-mode.title', {}),
    why: msg('controlplane.kubelet-authorization-mode.why', {}),
    fix: msg('controlplane.kubelet-authorization-mode.fix', {}),
    test: authorizationMode,
  }),
  configCheck({
    id: 'kubelet-client-ca-file',
    cis: 'CIS 1.9 4.2.3',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-client-ca-file.title', {}),
    why: msg('controlplane.kubelet-client-ca-file.why', {}),
    fix: msg('controlplane.kubelet-client-ca-file.fix', {}),
    test: requiredFields('authentication.x509.clientCAFile'),
  }),
  configCheck({
    id: 'kubelet-read-only-port',
    cis: 'CIS 1.9 4.2.4',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-read-only-port.title', {}),
    why: msg('controlplane.kubelet-read-only-port.why', {}),
    fix: msg('controlplane.kubelet-read-only-port.fix', {}),
    test: readOnlyPort,
  }),
  configCheck({
    id: 'kubelet-streaming-connection-idle-timeout',
    cis: 'CIS 1.9 4.2.5',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-streaming-connection-idle-timeout.title', {}),
    why: msg('controlplane.kubelet-streaming-connection-idle-timeout.why', {}),
    fix: msg('controlplane.kubelet-streaming-connection-idle-timeout.fix', {}),
    test: streamingTimeout,
  }),
  configCheck({
    id: 'kubelet-protect-kernel-defaults',
    cis: 'CIS 1.8 4.2.6',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-protect-kernel-defaults.title', {}),
    why: msg('controlplane.kubelet-protect-kernel-defaults.why', {}),
    fix: msg('controlplane.kubelet-protect-kernel-defaults.fix', {}),
    test: boolField('protectKernelDefaults', true, false),
  }),
  configCheck({
    id: 'kubelet-make-iptables-util-chains',
    cis: 'CIS 1.9 4.2.6',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-make-iptables-util-chains.title', {}),
    why: msg('controlplane.kubelet-make-iptables-util-chains.why', {}),
    fix: msg('controlplane.kubelet-make-iptables-util-chains.fix', {}),
    test: boolField('makeIPTablesUtilChains', true, true),
  }),
  configCheck({
    id: 'kubelet-event-record-qps',
    cis: 'CIS 1.9 4.2.8',
    component: k,
    severity: 'info',
    title: msg('controlplane.kubelet-event-record-qps.title', {}),
    why: msg('controlplane.kubelet-event-record-qps.why', {}),
    fix: msg('controlplane.kubelet-event-record-qps.fix', {}),
    test: eventRecordQPS,
  }),
  configCheck({
    id: 'kubelet-tls-cert',
    cis: 'CIS 1.9 4.2.9',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-tls-cert.title', {}),
    why: msg('controlplane.kubelet-tls-cert.why', {}),
    fix: msg('controlplane.kubelet-tls-cert.fix', {}),
    test: servingCertificate,
  }),
  configCheck({
    id: 'kubelet-rotate-certificates',
    cis: 'CIS 1.9 4.2.10',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-rotate-certificates.title', {}),
    why: msg('controlplane.kubelet-rotate-certificates.why', {}),
    fix: msg('controlplane.kubelet-rotate-certificates.fix', {}),
    test: rotateCertificates,
  }),
  configCheck({
    id: 'kubelet-rotate-server-certificate',
    cis: 'CIS 1.9 4.2.11',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-rotate-server-certificate.title', {}),
    why: msg('controlplane.kubelet-rotate-server-certificate.why', {}),
    fix: msg('controlplane.kubelet-rotate-server-certificate.fix', {}),
    test: boolField('featureGates.RotateKubeletServerCertificate', true, true),
  }),
  configCheck({
    id: 'kubelet-tls-cipher-suites',
    cis: 'CIS 1.9 4.2.12',
    component: k,
    severity: 'warning',
    title: msg('controlplane.kubelet-tls-cipher-suites.title', {}),
    why: msg('controlplane.kubelet-tls-cipher-suites.why', {}),
    fix: msg('controlplane.kubelet-tls-cipher-suites.fix', {}),
    test: cipherSuitesField,
  }),
  configCheck({
    id: 'kubelet-pod-pids-limit',
    cis: 'CIS 1.9 4.2.13',
    component: k,
    severity: 'info',
    title: msg('controlplane.kubelet-pod-pids-limit.title', {}),
    why: msg('controlplane.kubelet-pod-pids-limit.why', {}),
    fix: msg('controlplane.kubelet-pod-pids-limit.fix', {}),
    test: podPidsLimit,
  }),
];
