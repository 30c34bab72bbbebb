/**
 * The objects the simulated API server serves: the cluster's objects (declared and generated
 * by controllers) plus the ones controllers keep up to date that the snapshot does not hold
 * (Endpoints, Events). Writes rebuild the snapshot from the declared objects.
 */
import { createCluster } from '../cluster';
import type { Cluster, KubeObject } from '../types';
import { buildEndpoints } from './endpoints';
import { buildEndpointSlices } from './endpointSlices';
import { buildEvents } from './events';
import { arr, nameOf, namespaceOf, rec, str } from './objectData';
import type { ResourceInfo } from './resourceTypes';

/** Kinds the lab reads from configuration files (not API objects); never listed. */
export const CONFIG_KINDS = new Set([
  'Policy',
  'AdmissionConfiguration',
  'EncryptionConfiguration',
  'AuthenticationConfiguration',
  'AuthorizationConfiguration',
  'KubeletConfiguration',
  'Config',
]);

export function objectKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

function sortObjects(list: KubeObject[]): KubeObject[] {
  return [...list].sort((a, b) => namespaceOf(a).localeCompare(namespaceOf(b)) || (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
}

/** Kinds the server's controllers keep (derived from the declared objects, not stored). */
const DERIVED = new Set(['Endpoints', 'EndpointSlice', 'Event']);

/** Every object of a kind the server holds, including Endpoints and Events it keeps. */
export function objectsOfKind(cluster: Cluster, kind: string, tick: number): KubeObject[] {
  if (kind === 'Endpoints') return buildEndpoints(cluster);
  if (kind === 'EndpointSlice') return buildEndpointSlices(cluster);
  if (kind === 'Event') return buildEvents(cluster, tick);
  return [...(cluster.byKind.get(kind) ?? [])];
}

/** List objects of a type in a namespace ('' = all namespaces), sorted like etcd keys. */
export function listObjects(cluster: Cluster, info: ResourceInfo, namespace: string, tick: number): KubeObject[] {
  const all = objectsOfKind(cluster, info.kind, tick);
  const inScope = info.namespaced && namespace !== '' ? all.filter((o) => namespaceOf(o) === namespace) : all;
  return sortObjects(inScope);
}

/** One object by name. */
/** Objects of each (kind, namespace, name), first one kept, per snapshot: a lookup is O(1), not a scan. */
const objectIndexes = new WeakMap<Cluster, Map<string, KubeObject>>();

function objectIndex(cluster: Cluster): Map<string, KubeObject> {
  let index = objectIndexes.get(cluster);
  if (index) return index;
  index = new Map();
  for (const list of cluster.byKind.values()) {
    for (const object of list) {
      const key = objectKey(object.kind, namespaceOf(object), nameOf(object));
      if (!index.has(key)) index.set(key, object);
    }
  }
  objectIndexes.set(cluster, index);
  return index;
}

export function findObject(cluster: Cluster, info: ResourceInfo, namespace: string, name: string, tick: number): KubeObject | undefined {
  if (info.namespaced && !DERIVED.has(info.kind) && cluster.byKind instanceof Map) {
    return objectIndex(cluster).get(objectKey(info.kind, namespace, name));
  }
  return objectsOfKind(cluster, info.kind, tick).find((o) => nameOf(o) === name && (!info.namespaced || namespaceOf(o) === namespace));
}

const declaredIndexes = new WeakMap<Cluster, Set<string>>();

/** Is an object of this kind, namespace and name declared (not made by a controller)? O(1) per snapshot. */
export function isDeclaredKey(cluster: Cluster, kind: string, namespace: string, name: string): boolean {
  let keys = declaredIndexes.get(cluster);
  if (!keys) declaredIndexes.set(cluster, (keys = new Set(cluster.declared.map((o) => objectKey(o.kind, namespaceOf(o), nameOf(o))))));
  return keys.has(objectKey(kind, namespace, name));
}

/** Is this object declared (not made by a controller)? */
export function isDeclared(cluster: Cluster, object: KubeObject): boolean {
  return cluster.declared.some((o) => o.kind === object.kind && nameOf(o) === nameOf(object) && namespaceOf(o) === namespaceOf(object));
}

function ownerTime(byKey: Map<string, KubeObject>, object: KubeObject): unknown {
  for (const ref of arr(object.metadata.ownerReferences)) {
    const owner = byKey.get(objectKey(str(rec(ref).kind), namespaceOf(object), str(rec(ref).name)));
    if (owner?.metadata.creationTimestamp !== undefined) return owner.metadata.creationTimestamp;
  }
  const namespace = byKey.get(objectKey('Namespace', '', namespaceOf(object)));
  return namespaceOf(object) !== '' ? namespace?.metadata.creationTimestamp : undefined;
}

/**
 * Objects controllers made (ReplicaSets, pods, a namespace's default ServiceAccount) were made
 * when their owner (or namespace) was: give them its creationTimestamp. Touches only the
 * fresh objects of a snapshot just built.
 */
function stampGenerated(cluster: Cluster): Cluster {
  const byKey = new Map(cluster.objects.map((o) => [objectKey(o.kind, namespaceOf(o), nameOf(o)), o]));
  const declared = new Set(cluster.declared);
  for (let pass = 0; pass < 3; pass++) {
    for (const object of cluster.objects) {
      if (declared.has(object) || object.metadata.creationTimestamp !== undefined) continue;
      const time = ownerTime(byKey, object);
      if (typeof time === 'string') object.metadata.creationTimestamp = time;
    }
  }
  return cluster;
}

/** A new snapshot with this object created or replaced (in place, keeping creation order). */
export function putObject(cluster: Cluster, object: KubeObject): Cluster {
  return putObjects(cluster, [object]);
}

/**
 * A new snapshot with these objects created or replaced in order (each in place, or appended),
 * as putObject one after another would leave it, with one rebuild.
 */
export function putObjects(cluster: Cluster, objects: readonly KubeObject[]): Cluster {
  const declared = [...cluster.declared];
  const at = new Map<string, number>();
  declared.forEach((o, i) => {
    const key = objectKey(o.kind, namespaceOf(o), nameOf(o));
    if (!at.has(key)) at.set(key, i);
  });
  for (const object of objects) {
    const key = objectKey(object.kind, namespaceOf(object), nameOf(object));
    const index = at.get(key);
    if (index !== undefined) declared[index] = object;
    else at.set(key, declared.push(object) - 1);
  }
  return stampGenerated(createCluster(declared, { serverVersion: cluster.serverVersion }));
}

/** A new snapshot without the objects `remove` selects. */
export function removeObjects(cluster: Cluster, remove: (object: KubeObject) => boolean): Cluster {
  return stampGenerated(
    createCluster(
      cluster.declared.filter((o) => !remove(o)),
      { serverVersion: cluster.serverVersion },
    ),
  );
}

/** The active audit Policy held in the cluster (the last one loaded), if any. */
export function clusterAuditPolicy(cluster: Cluster): KubeObject | undefined {
  const policies = (cluster.byKind.get('Policy') ?? []).filter((o) => typeof o.apiVersion === 'string' && o.apiVersion.startsWith('audit.k8s.io/'));
  return policies[policies.length - 1];
}
