/**
 * A terminal session on the simulated cluster: the cluster, who you are (minikube's admin by
 * default), the files `kubectl apply -f` can read, the audit log so far, the history and the
 * deterministic clock.
 */
import { createCluster, withBuiltins } from '../cluster';
import { DEFAULT_SERVER_VERSION, parseServerVersion, versionOf, type ServerVersion } from '../version';
import type { Cluster, KubeObject } from '../types';
import { isRecord, rec } from '../apiserver/objectData';
import type { ShellSession, ShellSessionOptions } from './types';

export const DEFAULT_CONTEXT = { user: 'minikube-user', groups: ['system:masters', 'system:authenticated'], namespace: 'default' };

function asObjects(list: unknown): KubeObject[] {
  return Array.isArray(list) ? list.filter((o): o is KubeObject => isRecord(o) && typeof o.kind === 'string') : [];
}

function named(object: KubeObject): KubeObject {
  const metadata = rec(object.metadata);
  if (typeof metadata.name === 'string' && metadata.name !== '') return object;
  if (object.kind === 'Policy') return { ...object, metadata: { ...metadata, name: 'audit-policy' } };
  return { ...object, metadata: { ...metadata, name: object.kind.toLowerCase() } };
}

const CONFIG_KINDS = new Set([
  'Policy',
  'KubeletConfiguration',
  'EncryptionConfiguration',
  'AdmissionConfiguration',
  'AuthenticationConfiguration',
  'AuthorizationConfiguration',
]);

/** The session's server version: the option, else the given cluster's, else the default. */
function sessionVersion(options: ShellSessionOptions): ServerVersion {
  const given = parseServerVersion(options.serverVersion);
  if (given) return given;
  return isRecord(options.cluster) ? versionOf(options.cluster) : DEFAULT_SERVER_VERSION;
}

/** minikube's node runs the server's version (its kubelet is the same release). */
function withKubelet(node: KubeObject, version: ServerVersion): KubeObject {
  const status = rec(node.status);
  return { ...node, status: { ...status, nodeInfo: { ...rec(status.nodeInfo), kubeletVersion: version.gitVersion } } };
}

function buildCluster(options: ShellSessionOptions): Cluster {
  const version = sessionVersion(options);
  const fromCluster = isRecord(options.cluster) && options.cluster.byKind instanceof Map ? [...options.cluster.declared] : [];
  const world = [...fromCluster, ...asObjects(options.objects)].map((o) => (CONFIG_KINDS.has(o.kind) ? named(o) : o));
  const policy = isRecord(options.auditPolicy)
    ? [
        named({
          ...(options.auditPolicy as KubeObject),
          kind: 'Policy',
          apiVersion: String((options.auditPolicy as KubeObject).apiVersion ?? 'audit.k8s.io/v1'),
        }),
      ]
    : [];
  // The same built-in objects as the checker's cluster (lib/sim/cluster/builtin.ts); nodes report the server's version.
  const declared = new Set(world);
  const objects = (options.minikube === false ? world : withBuiltins(world)).map((o) =>
    isRecord(o) && o.kind === 'Node' && !declared.has(o as KubeObject) ? withKubelet(o as KubeObject, version) : o,
  );
  return createCluster([...objects, ...policy], { serverVersion: version });
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec(value))) if (typeof v === 'string') out[k] = v;
  return out;
}

/**
 * Start a terminal session on the simulated cluster, as minikube's admin (`minikube-user`,
 * groups system:masters and system:authenticated) in namespace `default` unless told otherwise.
 * The world's objects come first, then what a fresh minikube has that the world lacks. An
 * audit Policy among the objects (or `auditPolicy`) is the API server's --audit-policy-file.
 * Never throws.
 */
export function createShellSession(options: ShellSessionOptions = {}): ShellSession {
  const opts: ShellSessionOptions = isRecord(options) ? options : {};
  let cluster: Cluster;
  try {
    cluster = buildCluster(opts);
  } catch {
    cluster = createCluster([], { serverVersion: sessionVersion(opts) });
  }
  return {
    cluster,
    context: {
      user: typeof opts.user === 'string' && opts.user !== '' ? opts.user : DEFAULT_CONTEXT.user,
      groups: Array.isArray(opts.groups)
        ? opts.groups.filter((g): g is string => typeof g === 'string')
        : typeof opts.user === 'string' && opts.user !== '' && opts.user !== DEFAULT_CONTEXT.user
          ? ['system:authenticated']
          : [...DEFAULT_CONTEXT.groups],
      namespace: typeof opts.namespace === 'string' && opts.namespace !== '' ? opts.namespace : DEFAULT_CONTEXT.namespace,
    },
    files: stringRecord(opts.files),
    auditLog: [],
    history: [],
    tick: 0,
    exitCode: 0,
  };
}
