/**
 * The events controllers and the kubelet would have recorded for the objects of the
 * snapshot: a pod is scheduled, its images pulled, its containers created and started.
 * Events live one hour (the API server's default --event-ttl).
 * SIMPLIFICATION(k8s): events are derived from the converged state, not from a history.
 */
import type { Cluster, KubeObject } from '../types';
import { CLUSTER_START, nowAt, parseTimestamp, formatRfc3339 } from './clock';
import { hexFrom } from '../support/hash';
import { arr, containersOf, nameOf, namespaceOf, rec, str } from './objectData';

const EVENT_TTL_MS = 60 * 60 * 1000;

interface EventSpec {
  reason: string;
  message: string;
  component: string;
  offsetMs: number;
}

/** When an object was created (its creationTimestamp, else when the cluster came up). */
export function createdAt(object: KubeObject): number {
  return parseTimestamp(object.metadata?.creationTimestamp) ?? CLUSTER_START;
}

function podEvents(pod: KubeObject): EventSpec[] {
  const node = str(rec(pod.spec).nodeName);
  const out: EventSpec[] = [
    { reason: 'Scheduled', message: `Successfully assigned ${namespaceOf(pod)}/${nameOf(pod)} to ${node}`, component: 'default-scheduler', offsetMs: 0 },
  ];
  for (const container of containersOf(pod.spec)) {
    const image = str(container.image);
    const name = str(container.name);
    out.push(
      { reason: 'Pulling', message: `Pulling image "${image}"`, component: 'kubelet', offsetMs: 300 },
      { reason: 'Pulled', message: `Successfully pulled image "${image}" in 1.2s (1.2s including waiting)`, component: 'kubelet', offsetMs: 1500 },
      { reason: 'Created', message: `Created container ${name}`, component: 'kubelet', offsetMs: 1600 },
      { reason: 'Started', message: `Started container ${name}`, component: 'kubelet', offsetMs: 1700 },
    );
  }
  return out;
}

function eventObject(object: KubeObject, spec: EventSpec, index: number): KubeObject {
  const ms = createdAt(object) + spec.offsetMs;
  const at = formatRfc3339(ms);
  // Real event names end in the hex of a nanosecond timestamp, so they sort by time.
  const stamp = `${Math.floor(ms / 1000).toString(16)}${hexFrom(`${object.kind}/${namespaceOf(object)}/${nameOf(object)}`, 4)}${index.toString(16).padStart(4, '0')}`;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${nameOf(object)}.${stamp}`, namespace: namespaceOf(object), creationTimestamp: at },
    involvedObject: { apiVersion: object.apiVersion, kind: object.kind, name: nameOf(object), namespace: namespaceOf(object) },
    reason: spec.reason,
    message: spec.message,
    source: { component: spec.component },
    type: 'Normal',
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
  };
}

function ownedBy(cluster: Cluster | undefined, kind: string, owner: KubeObject): KubeObject[] {
  return (cluster?.byKind.get(kind) ?? []).filter(
    (o) => namespaceOf(o) === namespaceOf(owner) && arr(o.metadata.ownerReferences).some((r) => rec(r).kind === owner.kind && rec(r).name === nameOf(owner)),
  );
}

function controllerEvents(object: KubeObject, cluster: Cluster | undefined): EventSpec[] {
  if (object.kind === 'Deployment') {
    const replicas = str(rec(object.spec).replicas, '1');
    return ownedBy(cluster, 'ReplicaSet', object).map((rs) => ({
      reason: 'ScalingReplicaSet',
      message: `Scaled up replica set ${nameOf(rs)} to ${replicas}`,
      component: 'deployment-controller',
      offsetMs: 100,
    }));
  }
  if (object.kind === 'ReplicaSet')
    return ownedBy(cluster, 'Pod', object).map((pod) => ({
      reason: 'SuccessfulCreate',
      message: `Created pod: ${nameOf(pod)}`,
      component: 'replicaset-controller',
      offsetMs: 200,
    }));
  return [];
}

/** Events of one object that have not expired at `tick`. */
export function eventsFor(object: KubeObject, tick: number, cluster?: Cluster): KubeObject[] {
  if (nowAt(tick) - createdAt(object) > EVENT_TTL_MS) return [];
  const specs = object.kind === 'Pod' ? podEvents(object) : controllerEvents(object, cluster);
  return specs.map((spec, i) => eventObject(object, spec, i));
}

/** Every live event in the cluster. */
export function buildEvents(cluster: Cluster, tick: number): KubeObject[] {
  const owners = [...(cluster.byKind.get('Deployment') ?? []), ...(cluster.byKind.get('ReplicaSet') ?? [])];
  return [...owners.flatMap((o) => eventsFor(o, tick, cluster)), ...[...cluster.pods.values()].flatMap((pod) => eventsFor(pod.object, tick))];
}
