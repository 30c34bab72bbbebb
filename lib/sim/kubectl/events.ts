/**
 * The events controllers and the kubelet would have recorded for the objects of the
 * snapshot: a pod is scheduled, its images pulled, its containers created and started.
 * Events live one hour (the API server's default --event-ttl).
 * SIMPLIFICATION(k8s): events are derived from the converged state, not from a history.
 */
import type { Cluster, KubeObject } from '../types';
import { CLUSTER_START, nowAt, parseTimestamp, formatRfc3339 } from './clock';
import { hexFrom } from './hash';
import { containersOf, nameOf, namespaceOf, rec, str } from './objectData';

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
  const out: EventSpec[] = [{ reason: 'Scheduled', message: `Successfully assigned ${namespaceOf(pod)}/${nameOf(pod)} to ${node}`, component: 'default-scheduler', offsetMs: 0 }];
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
  const stamp = `${Math.floor(ms / 1000).toString(16)}${(hexFrom(`${object.kind}/${namespaceOf(object)}/${nameOf(object)}`, 4))}${index.toString(16).padStart(4, '0')}`;
  return {
    apiVersion: 'v1', kind: 'Event',
    metadata: { name: `${nameOf(object)}.${stamp}`, namespace: namespaceOf(object), creationTimestamp: at },
    involvedObject: { apiVersion: object.apiVersion, kind: object.kind, name: nameOf(object), namespace: namespaceOf(object) },
    reason: spec.reason, message: spec.message, source: { component: spec.component }, type: 'Normal',
    firstTimestamp: at, lastTimestamp: at, count: 1,
  };
}

/** Events of one object that have not expired at `tick`. */
export function eventsFor(object: KubeObject, tick: number): KubeObject[] {
  if (object.kind !== 'Pod') return [];
  if (nowAt(tick) - createdAt(object) > EVENT_TTL_MS) return [];
  return podEvents(object).map((spec, i) => eventObject(object, spec, i));
}

/** Every live event in the cluster. */
export function buildEvents(cluster: Cluster, tick: number): KubeObject[] {
  return [...cluster.pods.values()].flatMap((pod) => eventsFor(pod.object, tick));
}
