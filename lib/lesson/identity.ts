import { identityFor, type Cluster } from '../sim';
import { podsOf } from './podIdentity';
import type { CanQuestion } from './types';

/**
 * The identity a goal asks about, with the groups an authenticator adds (a goal names a user,
 * a ServiceAccount as `system:serviceaccount:ns:name`, or `system:anonymous`).
 */
export function goalIdentity(as: string, extraGroups: string[] = []): { user: string; groups: string[] } {
  return { user: as, groups: [...new Set([...extraGroups, ...identityFor(as).groups])] };
}

/** A `can` question as a SubjectAccessReview-shaped request. */
export function accessRequestOf(q: CanQuestion) {
  const { user, groups } = goalIdentity(q.as ?? '', q.groups);
  if (q.path) return { user, groups, nonResourceAttributes: { verb: q.verb, path: q.path } };
  return {
    user,
    groups,
    resourceAttributes: {
      verb: q.verb,
      group: q.group ?? '',
      resource: q.resource ?? '',
      subresource: q.subresource ?? '',
      namespace: q.namespace ?? '',
      name: q.name ?? '',
    },
  };
}

/**
 * The ServiceAccount a pod (`ns/pod`), or the pods of a workload (`ns/<workload>`), really run as,
 * as a user name: `spec.serviceAccountName`, or `default` when the pod names none
 * (https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts).
 * Goals use `podIdentityOf` (./podIdentity.ts), which also resolves `ns/kind/name` and says why
 * there is no identity (a missing workload, or pods the API server rejects).
 */
export function podIdentity(target: string, cluster: Cluster): string | undefined {
  const [pod] = podsOf(cluster, target);
  return pod ? `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName || 'default'}` : undefined;
}
