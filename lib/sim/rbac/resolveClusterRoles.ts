import type { Cluster } from '../types';
import { getRbacIndex } from './rbacIndex';
import type { ResolvedRule } from './types';

/**
 * Every ClusterRole's effective rules once the clusterrole-aggregation controller has
 * converged (aggregated roles replaced by the union of what their selectors pick, chains
 * followed to a fixed point). Docs: reference/access-authn-authz/rbac/#aggregated-clusterroles.
 */
export function resolveClusterRoles(cluster: Cluster): ReadonlyMap<string, readonly ResolvedRule[]> {
  return getRbacIndex(cluster).clusterRoles;
}
