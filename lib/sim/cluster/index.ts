// The cluster snapshot: createCluster and the helpers other modules build on.
import type { Cluster } from '../types';
import { buildCluster } from './buildCluster';
import { internalErrorDiagnostic, runChecks } from './checkCluster';
import { NO_SOURCE } from './checkContext';
import { DEFAULT_SERVER_VERSION, parseServerVersion, type ServerVersion } from '../version';

export interface CreateClusterOptions {
  /** The simulated API server's version: `1.34`, `v1.34.1`, or a ServerVersion. Default 1.35. */
  serverVersion?: string | ServerVersion;
}

function resolveVersion(options: CreateClusterOptions): ServerVersion {
  const v = typeof options === 'object' && options !== null ? options.serverVersion : undefined;
  if (typeof v === 'object' && v !== null) return parseServerVersion(v.gitVersion) ?? DEFAULT_SERVER_VERSION;
  return parseServerVersion(v) ?? DEFAULT_SERVER_VERSION;
}

export { checkCluster } from './checkCluster';
export { labelSelectorMatches, mapSelectorMatches, describeLabelSelector } from './labelSelector';
export { clusterServices, type ServiceInfo, type ServicePortInfo } from './services';
export { IMPLICIT_NODE_NAME } from './nodes';
export { NAMESPACE_NAME_LABEL, SYSTEM_NAMESPACES } from './namespaces';
export { builtinObjects, withBuiltins } from './builtin';
export { accountKeys, missingServiceAccount, podRejection, podSpecOf, serviceAccountOf } from './serviceAccountAdmission';

/**
 * Builds an immutable cluster snapshot from manifests, the way a freshly converged cluster
 * would hold them after `kubectl apply`: API defaulting once (kubernetes
 * `pkg/apis/*\/v1/defaults.go`), namespaces with `kubernetes.io/metadata.name` (declared,
 * system and referenced ones, the last two `implicit`), nodes (declared, referenced by
 * `spec.nodeName`, or one implicit `minikube` at 192.168.49.2), workloads expanded into their
 * ReplicaSets/Jobs and pods with kubectl-like deterministic names, pods placed on nodes and
 * given addresses (10.244.<node>.x, by a hash of each pod's namespace/name: lib/sim/cluster/pods.ts), Service ClusterIPs and a `default`
 * ServiceAccount per namespace. ClusterRole aggregation is NOT resolved here (lib/sim/rbac).
 * `diagnostics` holds the cross-object checks of `checkCluster` (at line 1: no source here).
 * Never throws: any input gives a cluster (junk is ignored and noted).
 * `options.serverVersion` (`1.33`, `v1.34.2` or a ServerVersion) sets the simulated API server's
 * version; default 1.35 (lib/sim/version). An unusable value falls back to the default.
 */
export function createCluster(objects: readonly unknown[], options: CreateClusterOptions = {}): Cluster {
  const version = resolveVersion(options);
  try {
    return buildCluster(Array.isArray(objects) ? objects : [], (built) => runChecks(built, NO_SOURCE, true), version).cluster;
  } catch (error) {
    const cluster = buildCluster([], undefined, version).cluster;
    return Object.freeze({ ...cluster, diagnostics: [internalErrorDiagnostic(error)] });
  }
}
