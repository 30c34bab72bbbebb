/**
 * Control plane weakening operators: a hardened flag of a static Pod's command, or a field of a
 * KubeletConfiguration, set back to its insecure value; audit and encryption flags dropped; the
 * `identity` provider put first in an EncryptionConfiguration (new writes stored in plain text).
 * Values per the CIS Kubernetes Benchmark as kube-bench checks it, and
 * https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/ ,
 * https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/ ,
 * https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#understanding-the-encryption-at-rest-configuration .
 */
import type { DocPath, MutationSpec } from '../types';
import type { WorkDoc } from '../workspace';
import { apiGroupOf, asArray, asObj, componentOf, get, kindOf, str } from '../objects';
import { insert, set, spec, type Operator } from './context';

/** `undefined`: not applicable; `null`: drop the flag; a string: its new value. */
type FlagMutation = (value: string) => string | null | undefined;

const flip =
  (secure: string, insecure: string): FlagMutation =>
  (v) =>
    v === secure ? insecure : undefined;
const drop: FlagMutation = () => null;
const notAlwaysAllow: FlagMutation = (v) => (v.split(',').includes('AlwaysAllow') ? undefined : 'AlwaysAllow');

/**
 * Security admission plugins that are off by default (kube-apiserver --help lists the default
 * set): taking one out of --enable-admission-plugins turns it off. PodSecurity is on by default,
 * so removing it from the list changes nothing.
 */
const SECURITY_PLUGINS = ['NodeRestriction', 'EventRateLimit', 'AlwaysPullImages', 'DenyServiceExternalIPs'];

const FLAGS: Record<string, Record<string, FlagMutation>> = {
  'kube-apiserver': {
    'anonymous-auth': flip('false', 'true'),
    'authorization-mode': notAlwaysAllow,
    profiling: flip('false', 'true'),
    'service-account-lookup': flip('true', 'false'),
    'kubelet-certificate-authority': drop,
    'audit-policy-file': drop,
    'audit-log-path': drop,
    'audit-log-maxage': drop,
    'audit-log-maxbackup': drop,
    'audit-log-maxsize': drop,
    'audit-webhook-config-file': drop,
    'encryption-provider-config': drop,
    'tls-min-version': drop,
    'tls-cipher-suites': drop,
  },
  kubelet: {
    'anonymous-auth': flip('false', 'true'),
    'authorization-mode': notAlwaysAllow,
    'read-only-port': flip('0', '10255'),
    'protect-kernel-defaults': flip('true', 'false'),
    'rotate-certificates': flip('true', 'false'),
    'make-iptables-util-chains': flip('true', 'false'),
  },
  'kube-controller-manager': {
    profiling: flip('false', 'true'),
    'use-service-account-credentials': flip('true', 'false'),
    'bind-address': flip('127.0.0.1', '0.0.0.0'),
  },
  'kube-scheduler': { profiling: flip('false', 'true'), 'bind-address': flip('127.0.0.1', '0.0.0.0') },
  etcd: {
    'client-cert-auth': flip('true', 'false'),
    'peer-client-cert-auth': flip('true', 'false'),
    'auto-tls': flip('false', 'true'),
    'peer-auto-tls': flip('false', 'true'),
  },
};

function flagMutants(doc: WorkDoc, at: DocPath, args: unknown[], component: string): MutationSpec[] {
  const out: MutationSpec[] = [];
  args.forEach((arg, i) => {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(str(arg) ?? '');
    if (!match) return;
    const [, flag, value = 'true'] = match;
    const itemPath = [...at, i];
    if (component === 'kube-apiserver' && flag === 'enable-admission-plugins') {
      const plugins = value.split(',');
      for (const plugin of plugins.filter((p) => SECURITY_PLUGINS.includes(p))) {
        const rest = plugins.filter((p) => p !== plugin);
        const edit = rest.length ? set(doc, itemPath, `--${flag}=${rest.join(',')}`) : { op: 'delete' as const, doc: doc.ref, path: itemPath };
        out.push(spec('controlplane.drop-admission-plugin', doc, [...at, plugin], `${component}: ${plugin} removed from --enable-admission-plugins`, [edit]));
      }
      return;
    }
    const mutate = FLAGS[component]?.[flag];
    const next = mutate?.(value);
    if (next === undefined) return;
    if (next === null)
      out.push(spec('controlplane.drop-flag', doc, [...at, flag], `${component}: --${flag} removed`, [{ op: 'delete', doc: doc.ref, path: itemPath }]));
    else
      out.push(
        spec('controlplane.flip-flag', doc, [...at, flag], `${component}: --${flag}=${value} → --${flag}=${next}`, [set(doc, itemPath, `--${flag}=${next}`)]),
      );
  });
  return out;
}

/** Flags that name a file the component must read: without its mount the setting cannot apply. */
const CONFIG_FILE_FLAGS = [
  'audit-policy-file',
  'encryption-provider-config',
  'admission-control-config-file',
  'authorization-config',
  'authentication-config',
  'audit-webhook-config-file',
  'config',
];

/**
 * The volumeMount that brings a configured file into the container, removed: the flag stays, the
 * file is not there (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend
 * mounts the policy with a hostPath volume for this reason).
 */
function unmountMutants(doc: WorkDoc, k: number, container: Record<string, unknown>, component: string): MutationSpec[] {
  const mounts = asArray(container.volumeMounts).map(asObj);
  const args = [...asArray(container.command), ...asArray(container.args)].map((a) => str(a) ?? '');
  return args.flatMap((arg) => {
    const match = /^--([a-z0-9-]+)=(\/.+)$/.exec(arg);
    if (!match || !CONFIG_FILE_FLAGS.includes(match[1])) return [];
    const m = mounts.findIndex((mount) => {
      const path = str(mount.mountPath) ?? '';
      return path && (match[2] === path || match[2].startsWith(path.endsWith('/') ? path : `${path}/`));
    });
    if (m < 0) return [];
    return [
      spec(
        'controlplane.unmount-config',
        doc,
        ['spec', 'containers', k, 'volumeMounts', match[1]],
        `${component}: the volumeMount that holds --${match[1]} (${match[2]}) removed`,
        [{ op: 'delete', doc: doc.ref, path: ['spec', 'containers', k, 'volumeMounts', m] }],
      ),
    ];
  });
}

const staticPodMutants: Operator = (doc) => {
  const component = componentOf(doc.value);
  if (!component) return [];
  return asArray(get(doc.value, ['spec', 'containers'])).flatMap((c, k) => [
    ...['command', 'args'].flatMap((list) => flagMutants(doc, ['spec', 'containers', k, list], asArray(asObj(c)[list]), component)),
    ...unmountMutants(doc, k, asObj(c), component),
  ]);
};

type FieldMutation = { path: string[]; when: (v: unknown) => boolean; to: unknown };

// authentication.webhook.enabled is not here: turning it off makes the kubelet refuse bearer
// tokens (401 with anonymous off), which is stricter, not weaker.

const KUBELET_FIELDS: FieldMutation[] = [
  { path: ['authentication', 'anonymous', 'enabled'], when: (v) => v === false, to: true },
  { path: ['authorization', 'mode'], when: (v) => v !== 'AlwaysAllow', to: 'AlwaysAllow' },
  { path: ['readOnlyPort'], when: (v) => v === 0 || v === undefined, to: 10255 },
  { path: ['protectKernelDefaults'], when: (v) => v === true, to: false },
  { path: ['rotateCertificates'], when: (v) => v === true, to: false },
  { path: ['serverTLSBootstrap'], when: (v) => v === true, to: false },
  { path: ['makeIPTablesUtilChains'], when: (v) => v === true, to: false },
];

const kubeletConfigMutants: Operator = (doc) => {
  if (kindOf(doc.value) !== 'KubeletConfiguration') return [];
  return KUBELET_FIELDS.filter((f) => f.when(get(doc.value, f.path))).map((f) =>
    spec('controlplane.kubelet-field', doc, f.path, `KubeletConfiguration ${f.path.join('.')} → ${JSON.stringify(f.to)}`, [set(doc, f.path, f.to)]),
  );
};

const encryptionMutants: Operator = (doc) => {
  if (kindOf(doc.value) !== 'EncryptionConfiguration' || apiGroupOf(doc.value) !== 'apiserver.config.k8s.io') return [];
  return asArray(asObj(doc.value).resources).flatMap((r, i) => {
    const providers = asArray(asObj(r).providers).map(asObj);
    if (providers[0] && 'identity' in providers[0]) return [];
    const at = ['resources', i, 'providers'];
    const identity = providers.findIndex((p) => 'identity' in p);
    const edit = identity >= 0 ? { op: 'move' as const, doc: doc.ref, path: at, from: identity, to: 0 } : insert(doc, at, { identity: {} }, 0);
    return [spec('controlplane.identity-first', doc, at, `resources[${i}]: identity (no encryption) provider first`, [edit])];
  });
};

export const CONTROL_PLANE_OPERATORS: Operator[] = [staticPodMutants, kubeletConfigMutants, encryptionMutants];
