import type { Cluster, LocalizedText, PodInfo } from '../sim';
import type { GoalContext } from './goals';
import { both, goalWords } from './words';

const KIND_ALIASES: Record<string, string> = {
  pod: 'Pod', po: 'Pod', deployment: 'Deployment', deploy: 'Deployment', replicaset: 'ReplicaSet', rs: 'ReplicaSet',
  statefulset: 'StatefulSet', sts: 'StatefulSet', daemonset: 'DaemonSet', ds: 'DaemonSet', job: 'Job', cronjob: 'CronJob', cj: 'CronJob',
  replicationcontroller: 'ReplicationController', rc: 'ReplicationController',
};

/** The pods a target names: `ns/pod`, `ns/workload` (its pods), or `ns/kind/name`. */
export function podsOf(cluster: Cluster, target: string): PodInfo[] {
  const parts = target.split('/');
  const [ns, kindText, name] = parts.length >= 3 ? [parts[0], parts[1], parts.slice(2).join('/')] : parts.length === 2 ? [parts[0], undefined, parts[1]] : ['default', undefined, parts[0]];
  const kind = kindText === undefined ? undefined : KIND_ALIASES[kindText.toLowerCase()] ?? kindText;
  if (kind === undefined || kind === 'Pod') {
    const pod = cluster.pods.get(`${ns}/${name}`);
    if (pod) return [pod];
    if (kind === 'Pod') return [];
  }
  return [...cluster.pods.values()].filter((p) => p.namespace === ns && p.owner !== undefined && p.owner.name === name && (kind === undefined || p.owner.kind === kind));
}

/**
 * The user name of the ServiceAccount the pods of a target really run as (after defaulting:
 * `serviceAccountName`, the deprecated `serviceAccount`, else `default`), or why there is none:
 * the pod or workload is missing, or the API server rejects its pods.
 */
export function podIdentityOf(target: string, ctx: GoalContext): { user: string } | { why: LocalizedText } {
  const pods = podsOf(ctx.cluster, target);
  if (pods.length > 0) {
    const pod = pods[0];
    return { user: `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName || 'default'}` };
  }
  const rejected = ctx.admission?.podsReason(target.split('/').filter((_, i, all) => all.length < 3 || i !== 1).join('/'), ctx.objects as never);
  return { why: rejected ?? both((l) => goalWords(l).missingTarget(`${l === 'es' ? 'un pod de' : 'a pod of'} ${target}`)) };
}
