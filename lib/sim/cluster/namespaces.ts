// Namespaces of the simulated cluster.
import type { KubeObject, NamespaceInfo } from '../types';
import { childRecord, setDefault, toStringMap } from './objectUtils';

/** Namespaces every cluster has (created by the API server at start-up). */
export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;

/** The immutable label the control plane puts on every namespace. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/**
 * Builds the namespace table: declared Namespaces (labels kept, `kubernetes.io/metadata.name`
 * forced to the name as the API server does since 1.21, `status.phase: Active`), then the
 * system namespaces (`default`, `kube-system`, `kube-public`, `kube-node-lease`), then every
 * namespace named in an object's `metadata.namespace` — the last two kinds are `implicit`.
 * SIMPLIFICATION(k8s): a real API server rejects objects in a namespace that does not exist;
 * the simulator creates it (checkCluster reports it as info).
 * Upstream: docs concepts/overview/working-with-objects/namespaces ("Automatic labelling").
 */
export function buildNamespaces(declared: KubeObject[], referenced: Iterable<string>): { namespaces: Map<string, NamespaceInfo>; generated: KubeObject[] } {
  const namespaces = new Map<string, NamespaceInfo>();
  const generated: KubeObject[] = [];
  for (const object of declared) {
    const name = String(object.metadata.name);
    object.metadata.labels = { ...toStringMap(object.metadata.labels), [NAMESPACE_NAME_LABEL]: name };
    setDefault(childRecord(object, 'spec'), 'finalizers', ['kubernetes']);
    setDefault(childRecord(object, 'status'), 'phase', 'Active');
    namespaces.set(name, { name, labels: { ...object.metadata.labels }, implicit: false, object });
  }
  for (const name of [...SYSTEM_NAMESPACES, ...referenced]) {
    if (namespaces.has(name)) continue;
    const object = buildNamespaceObject(name);
    generated.push(object);
    namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name }, implicit: true, object });
  }
  return { namespaces, generated };
}

function buildNamespaceObject(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { [NAMESPACE_NAME_LABEL]: name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}
