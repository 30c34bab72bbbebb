import type { Cluster, PodInfo } from '../sim';
import type { MessageLike } from '../sim/messages';
import type { GoalContext } from './goals';
import { msg } from './messages';
import { targetParts, targetRef } from './goalTarget';

/** The pods a target names: `ns/pod`, `ns/workload` (its pods), or `Kind/ns/name` (lib/lesson/goalTarget). */
export function podsOf(cluster: Cluster, target: string): PodInfo[] {
  const { kind, namespace: ns = 'default', name } = targetParts(target);
  if (kind === undefined || kind === 'Pod') {
    const pod = cluster.pods.get(`${ns}/${name}`);
    if (pod) return [pod];
    if (kind === 'Pod') return [];
  }
  const owned = podsByOwner(cluster).get(`${ns}\u0000${name}`) ?? [];
  return kind === undefined ? owned : owned.filter((p) => p.owner?.kind === kind);
}

/** The pods of each owner (`namespace` NUL `owner name`), in the cluster's order: indexed once per cluster. */
const owners = new WeakMap<Cluster, Map<string, PodInfo[]>>();
function podsByOwner(cluster: Cluster): Map<string, PodInfo[]> {
  let index = owners.get(cluster);
  if (index) return index;
  index = new Map();
  for (const p of cluster.pods.values()) {
    if (p.owner === undefined) continue;
    const key = `${p.namespace}\u0000${p.owner.name}`;
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  }
  owners.set(cluster, index);
  return index;
}

/**
 * The user name of the ServiceAccount the pods of a target really run as (after defaulting:
 * `serviceAccountName`, the deprecated `serviceAccount`, else `default`), or why there is none:
 * the pod or workload is missing, or the API server rejects its pods.
 */
export function podIdentityOf(target: string, ctx: GoalContext): { user: string } | { why: MessageLike } {
  const pods = podsOf(ctx.cluster, target);
  if (pods.length > 0) {
    const pod = pods[0];
    return { user: `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName || 'default'}` };
  }
  const rejected = ctx.admission?.podsReason(targetRef(target), ctx.objects as never);
  return { why: rejected ?? msg('goal.missingTarget', { target: msg('goal.podOf', { target }) }) };
}
