/**
 * kube-controller-manager, kube-scheduler and etcd checks (CIS Kubernetes Benchmark v1.9
 * sections 1.3, 1.4 and 2, as kube-bench runs them), plus arguments no component accepts.
 */
import { msg } from '../messages';
import { absentDetail, boolFlag, flagCheck, requiredFlags, valueDetail, type FlagTest } from './checkBuilders';
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
  if (!off) return { pass: true, path, detail: msg('controlplane.componentChecks.rotatekubeletservercertificateIsOnThe', {}) };
  return { pass: false, path, detail: msg('controlplane.componentChecks.featureGatesTurnsRotatekubeletservercertificate', {}) };
};

const PROFILING_WHY = msg('controlplane.componentChecks.theDebugPprofEndpoints', {});
const BIND_WHY = msg('controlplane.componentChecks.itsMetricsAndHealth', {});

export const COMPONENT_CHECKS: ControlPlaneCheck[] = [
  flagCheck({
    id: 'controller-manager-profiling',
    cis: 'CIS 1.9 1.3.2',
    component: cm,
    severity: 'warning',
    title: msg('controlplane.controller-manager-profiling.title', {}),
    why: PROFILING_WHY,
    fix: msg('controlplane.controller-manager-profiling.fix', {}),
    test: boolFlag('profiling', false, true),
  }),
  flagCheck({
    id: 'controller-manager-service-account-credentials',
    cis: 'CIS 1.9 1.3.3',
    component: cm,
    severity: 'warning',
    title: msg('controlplane.controller-manager-service-account-credentials.title', {}),
    why: msg('controlplane.controller-manager-service-account-credentials.why', {}),
    fix: msg('controlplane.controller-manager-service-account-credentials.fix', {}),
    test: boolFlag('use-service-account-credentials', true, false),
  }),
  flagCheck({
    id: 'controller-manager-service-account-private-key',
    cis: 'CIS 1.9 1.3.4',
    component: cm,
    severity: 'warning',
    title: msg('controlplane.controller-manager-service-account-private-key.title', {}),
    why: msg('controlplane.controller-manager-service-account-private-key.why', {}),
    fix: msg('controlplane.controller-manager-service-account-private-key.fix', {}),
    test: requiredFlags('service-account-private-key-file'),
  }),
  flagCheck({
    id: 'controller-manager-root-ca-file',
    cis: 'CIS 1.9 1.3.5',
    component: cm,
    severity: 'warning',
    title: msg('controlplane.controller-manager-root-ca-file.title', {}),
    why: msg('controlplane.controller-manager-root-ca-file.why', {}),
    fix: msg('controlplane.controller-manager-root-ca-file.fix', {}),
    test: requiredFlags('root-ca-file'),
  }),
  flagCheck({
    id: 'controller-manager-rotate-kubelet-server-certificate',
    cis: 'CIS 1.9 1.3.6',
    component: cm,
    severity: 'warning',
    title: msg('controlplane.controller-manager-rotate-kubelet-server-certificate.title', {}),
    why: msg('controlplane.controller-manager-rotate-kubelet-server-certificate.why', {}),
    fix: msg('controlplane.controller-manager-rotate-kubelet-server-certificate.fix', {}),
    test: rotateServerCertificates,
  }),
  flagCheck({
    id: 'controller-manager-bind-address',
    cis: 'CIS 1.9 1.3.7',
    component: cm,
    severity: 'warning',
    title: msg('controlplane.controller-manager-bind-address.title', {}),
    why: BIND_WHY,
    fix: msg('controlplane.controller-manager-bind-address.fix', {}),
    test: loopbackBind,
  }),
  flagCheck({
    id: 'scheduler-profiling',
    cis: 'CIS 1.9 1.4.1',
    component: sched,
    severity: 'warning',
    title: msg('controlplane.scheduler-profiling.title', {}),
    why: PROFILING_WHY,
    fix: msg('controlplane.scheduler-profiling.fix', {}),
    test: boolFlag('profiling', false, true),
  }),
  flagCheck({
    id: 'scheduler-bind-address',
    cis: 'CIS 1.9 1.4.2',
    component: sched,
    severity: 'warning',
    title: msg('controlplane.scheduler-bind-address.title', {}),
    why: BIND_WHY,
    fix: msg('controlplane.scheduler-bind-address.fix', {}),
    test: loopbackBind,
  }),
];

const etcd = 'etcd' as const;
const ETCD_WHY = msg('controlplane.componentChecks.etcdHoldsEveryObject', {});

export const ETCD_CHECKS: ControlPlaneCheck[] = [
  flagCheck({
    id: 'etcd-tls',
    cis: 'CIS 1.9 2.1',
    component: etcd,
    severity: 'danger',
    title: msg('controlplane.etcd-tls.title', {}),
    why: ETCD_WHY,
    fix: msg('controlplane.etcd-tls.fix', {}),
    test: requiredFlags('cert-file', 'key-file'),
  }),
  flagCheck({
    id: 'etcd-client-cert-auth',
    cis: 'CIS 1.9 2.2',
    component: etcd,
    severity: 'danger',
    title: msg('controlplane.etcd-client-cert-auth.title', {}),
    why: ETCD_WHY,
    fix: msg('controlplane.etcd-client-cert-auth.fix', {}),
    test: boolFlag('client-cert-auth', true, false),
  }),
  flagCheck({
    id: 'etcd-auto-tls',
    cis: 'CIS 1.9 2.3',
    component: etcd,
    severity: 'warning',
    title: msg('controlplane.etcd-auto-tls.title', {}),
    why: msg('controlplane.etcd-auto-tls.why', {}),
    fix: msg('controlplane.etcd-auto-tls.fix', {}),
    test: boolFlag('auto-tls', false, false),
  }),
  flagCheck({
    id: 'etcd-peer-tls',
    cis: 'CIS 1.9 2.4',
    component: etcd,
    severity: 'warning',
    title: msg('controlplane.etcd-peer-tls.title', {}),
    why: msg('controlplane.etcd-peer-tls.why', {}),
    fix: msg('controlplane.etcd-peer-tls.fix', {}),
    test: requiredFlags('peer-cert-file', 'peer-key-file'),
  }),
  flagCheck({
    id: 'etcd-peer-client-cert-auth',
    cis: 'CIS 1.9 2.5',
    component: etcd,
    severity: 'warning',
    title: msg('controlplane.etcd-peer-client-cert-auth.title', {}),
    why: msg('controlplane.etcd-peer-client-cert-auth.why', {}),
    fix: msg('controlplane.etcd-peer-client-cert-auth.fix', {}),
    test: boolFlag('peer-client-cert-auth', true, false),
  }),
  flagCheck({
    id: 'etcd-peer-auto-tls',
    cis: 'CIS 1.9 2.6',
    component: etcd,
    severity: 'warning',
    title: msg('controlplane.etcd-peer-auto-tls.title', {}),
    why: msg('controlplane.etcd-peer-auto-tls.why', {}),
    fix: msg('controlplane.etcd-peer-auto-tls.fix', {}),
    test: boolFlag('peer-auto-tls', false, false),
  }),
];

/** Positional arguments (often `--flag false` for a boolean flag): the component refuses to start. */
export const STRAY_ARGUMENT_CHECK: ControlPlaneCheck = {
  id: 'controlplane-stray-argument',
  cis: '—',
  component: 'kube-apiserver',
  severity: 'warning',
  title: msg('controlplane.controlplane-stray-argument.title', {}),
  why: msg('controlplane.controlplane-stray-argument.why', {}),
  fix: msg('controlplane.controlplane-stray-argument.fix', {}),
  evaluate: (target: CheckTarget) => {
    if (target.kind !== 'flags') return null;
    const stray = target.flags.stray[0];
    if (!stray) return { pass: true, path: target.flags.insertPath, detail: msg('controlplane.controlplane-stray-argument.detail', {}) };
    return {
      pass: false,
      path: stray.path,
      detail: msg('controlplane.controlplane-stray-argument.detail2', { component: target.component, text: stray.text }),
    };
  },
};
