// One target syntax for every goal: `Kind/namespace/name` (`Kind/name` for a cluster-scoped object),
// as kubectl's `TYPE/NAME` and the API's (kind, namespace, name) triple. Where the kind does not
// matter (a traffic endpoint, `asPod`), `namespace/name` means the pod, else the workload of that
// name. These helpers turn a goal's target into what the simulator's questions take, and explain
// the old forms (`shop/deploy/api`, `pod:shop/api`) an author may still write.

/** Kinds whose pods a target may stand for (kubectl's short names map onto them). */
const POD_KINDS: Record<string, string> = {
  pod: 'Pod',
  po: 'Pod',
  pods: 'Pod',
  deployment: 'Deployment',
  deploy: 'Deployment',
  deployments: 'Deployment',
  statefulset: 'StatefulSet',
  sts: 'StatefulSet',
  statefulsets: 'StatefulSet',
  daemonset: 'DaemonSet',
  ds: 'DaemonSet',
  daemonsets: 'DaemonSet',
  replicaset: 'ReplicaSet',
  rs: 'ReplicaSet',
  replicasets: 'ReplicaSet',
  replicationcontroller: 'ReplicationController',
  rc: 'ReplicationController',
  job: 'Job',
  jobs: 'Job',
  cronjob: 'CronJob',
  cj: 'CronJob',
  cronjobs: 'CronJob',
  service: 'Service',
  svc: 'Service',
  services: 'Service',
};

/** A goal target split: the kind when it is written, the namespace, the name. */
export interface TargetParts {
  kind?: string;
  namespace?: string;
  name: string;
}

/** `Deployment/shop/api`, `Namespace/shop`, or `shop/api` (no kind: the first segment is lowercase). */
export function targetParts(target: string): TargetParts {
  const parts = target.split('/');
  const kinded = /^[A-Z]/.test(parts[0] ?? '');
  if (kinded && parts.length >= 3) return { kind: parts[0], namespace: parts[1], name: parts.slice(2).join('/') };
  if (kinded && parts.length === 2) return { kind: parts[0], name: parts[1] };
  if (parts.length >= 2) return { namespace: parts[0], name: parts.slice(1).join('/') };
  return { name: target };
}

/** The simulator's endpoint text (`ns/name`, or `ns/kind/name` with the kind lowercased). */
export function simEndpoint<T>(endpoint: T): T | string {
  if (typeof endpoint !== 'string') return endpoint;
  const { kind, namespace, name } = targetParts(endpoint);
  if (namespace === undefined) return endpoint;
  return kind ? `${namespace}/${kind.toLowerCase()}/${name}` : `${namespace}/${name}`;
}

/** The namespace (`default` when not written) and name of a pod target, whatever its form, as a typed reference. */
export function targetRef(target: string): { namespace: string; name: string } {
  const { namespace = 'default', name } = targetParts(target);
  return { namespace, name };
}

/** `namespace/name` of a pod target, whatever its form (words; lookups use targetRef). */
export function namespacedName(target: string): string {
  const { namespace, name } = targetParts(target);
  return namespace === undefined ? name : `${namespace}/${name}`;
}

const ATTACK_PREFIX: Record<string, string> = { Secret: 'secret', ServiceAccount: 'sa', Namespace: 'namespace', User: 'user' };

/** A `noAttackPath` end as the attack graph names it: `Pod/shop/api` is `pod:shop/api`, `Secret/shop/*` is `secrets:shop`. */
export function attackRef(target: string): string {
  if (!/^[A-Z]/.test(target)) return target;
  const { kind = '', namespace, name } = targetParts(target);
  if (kind === 'Secret' && name === '*') return `secrets:${namespace}`;
  if (kind === 'Namespace' || kind === 'User') return `${ATTACK_PREFIX[kind]}:${name}`;
  const prefix = ATTACK_PREFIX[kind] ?? 'pod';
  return `${prefix}:${namespace}/${name}`;
}

/** The canonical form of an old target (`shop/deploy/api`, `pod:shop/api`, `secrets:shop`), if it is one. */
export function modernTarget(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split('/');
  if (parts.length === 3 && POD_KINDS[parts[1].toLowerCase()]) return `${POD_KINDS[parts[1].toLowerCase()]}/${parts[0]}/${parts[2]}`;
  const colon = /^(pod|secret|secrets|sa|user|namespace):(.+)$/.exec(value);
  if (!colon) return undefined;
  const [, type, rest] = colon;
  const kind = { pod: 'Pod', secret: 'Secret', secrets: 'Secret', sa: 'ServiceAccount', user: 'User', namespace: 'Namespace' }[type];
  return type === 'secrets' ? `Secret/${rest}/*` : `${kind}/${rest}`;
}

/** The message for a target written in an old form, for the schema check. */
export function oldTargetMessage(value: unknown): string | undefined {
  const modern = modernTarget(value);
  return modern ? `'${String(value)}' is the old target form, no longer read: write '${modern}' (Kind/namespace/name, docs/lesson-format.md)` : undefined;
}
