/**
 * kube-apiserver checks that look beyond its flags: are the files they name mounted from the node,
 * is the encryption configuration one it would load, do its health probes still work? Ours (no
 * CIS number): CIS 1.2.16/1.2.27/3.2.1 only ask for the flags, which a static Pod cannot honour
 * without the mount (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend shows
 * the hostPath volumes kubeadm needs).
 */
import { msg } from '../messages';
import { encryptionConfigProblem } from './encryptionFile';
import { failingProbe } from './apiserverProbes';
import { resolveContainerPath } from './hostPaths';
import type { CheckTarget, CheckVerdict, ControlPlaneCheck, FlagSet, HostContext } from './types';

type HostTest = (flags: FlagSet, host: HostContext) => CheckVerdict | null;
type Spec = Omit<ControlPlaneCheck, 'evaluate' | 'cis' | 'component'> & { test: HostTest };

function hostCheck(spec: Spec): ControlPlaneCheck {
  const { test, ...rest } = spec;
  return {
    ...rest,
    cis: '—',
    component: 'kube-apiserver',
    evaluate: (target: CheckTarget) =>
      target.kind === 'flags' && target.component === 'kube-apiserver' && target.host ? test(target.flags, target.host) : null,
  };
}

/** The file a flag names must come from a hostPath mount (writable when the API server writes it). */
function mountedFlag(flag: string, writable: boolean): HostTest {
  return (flags, host) => {
    const occ = flags.last(flag);
    if (!occ?.value) return null;
    // `--audit-log-path=-` writes events to stdout: they live only as long as the kubelet's
    // container log rotation keeps them (containerLogMaxSize 10Mi, containerLogMaxFiles 5:
    // https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/).
    if (occ.value === '-')
      return writable ? { pass: false, path: occ.path, detail: msg('controlplane.apiserverHostChecks.sendsAuditEventsTo', { flag }) } : null;
    const found = resolveContainerPath(host, occ.value);
    const name = `--${flag}=${occ.value}`;
    switch (found.kind) {
      case 'unmounted':
        return {
          pass: false,
          path: `${host.containerPath}.volumeMounts`,
          detail: msg('controlplane.apiserverHostChecks.noVolumemountCoversSo', { name, value: occ.value }),
        };
      case 'missing-volume':
        return { pass: false, path: found.mountAt, detail: msg('controlplane.apiserverHostChecks.theVolumemountNamesA', { name, volume: found.volume }) };
      case 'not-host':
        return { pass: false, path: found.mountAt, detail: msg('controlplane.apiserverHostChecks.volumeIsNotA', { name, volume: found.volume }) };
      case 'host':
        if (writable && found.readOnly)
          return {
            pass: false,
            path: found.mountAt,
            detail: msg('controlplane.apiserverHostChecks.isMountedReadonlySo', { name, mountPath: found.mountPath }),
          };
        return { pass: true, path: found.mountAt, detail: msg('controlplane.apiserverHostChecks.isTheNodeS', { name, hostPath: found.hostPath }) };
    }
  };
}

const encryptionValid: HostTest = (flags, host) => {
  const occ = flags.last('encryption-provider-config');
  if (!occ?.value) return null;
  const config = host.objects.find((o) => typeof o === 'object' && o !== null && (o as { kind?: unknown }).kind === 'EncryptionConfiguration');
  if (!config) return { pass: false, path: occ.path, detail: msg('controlplane.apiserverHostChecks.isNotAmongThe', { value: occ.value }) };
  const problem = encryptionConfigProblem(config as Record<string, unknown>);
  if (problem)
    return {
      pass: false,
      path: occ.path,
      detail: msg('controlplane.apiserverHostChecks.encryptionconfiguration', { path: problem.path, detail: problem.detail }),
    };
  return { pass: true, path: occ.path, detail: msg('controlplane.apiserverHostChecks.encryptsSecrets', { value: occ.value }) };
};

const probesWork: HostTest = (flags, host) => {
  const failing = failingProbe(flags, host);
  if (failing) return { pass: false, path: failing.path, detail: failing.detail };
  return { pass: true, path: host.containerPath, detail: msg('controlplane.apiserverHostChecks.everyProbeOfThe', {}) };
};

export const APISERVER_HOST_CHECKS: ControlPlaneCheck[] = [
  hostCheck({
    id: 'apiserver-health-probes',
    severity: 'danger',
    title: msg('controlplane.apiserver-health-probes.title', {}),
    why: msg('controlplane.apiserver-health-probes.why', {}),
    fix: msg('controlplane.apiserver-health-probes.fix', {}),
    test: probesWork,
  }),
  hostCheck({
    id: 'apiserver-audit-policy-mounted',
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-policy-mounted.title', {}),
    why: msg('controlplane.apiserver-audit-policy-mounted.why', {}),
    fix: msg('controlplane.apiserver-audit-policy-mounted.fix', {}),
    test: mountedFlag('audit-policy-file', false),
  }),
  hostCheck({
    id: 'apiserver-audit-log-mounted',
    severity: 'warning',
    title: msg('controlplane.apiserver-audit-log-mounted.title', {}),
    why: msg('controlplane.apiserver-audit-log-mounted.why', {}),
    fix: msg('controlplane.apiserver-audit-log-mounted.fix', {}),
    test: mountedFlag('audit-log-path', true),
  }),
  hostCheck({
    id: 'apiserver-encryption-config-mounted',
    severity: 'warning',
    title: msg('controlplane.apiserver-encryption-config-mounted.title', {}),
    why: msg('controlplane.apiserver-encryption-config-mounted.why', {}),
    fix: msg('controlplane.apiserver-encryption-config-mounted.fix', {}),
    test: mountedFlag('encryption-provider-config', false),
  }),
  hostCheck({
    id: 'apiserver-encryption-config-valid',
    severity: 'danger',
    title: msg('controlplane.apiserver-encryption-config-valid.title', {}),
    why: msg('controlplane.apiserver-encryption-config-valid.why', {}),
    fix: msg('controlplane.apiserver-encryption-config-valid.fix', {}),
    test: encryptionValid,
  }),
];
