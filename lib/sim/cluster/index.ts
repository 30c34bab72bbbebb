// Minimal first version; the cluster module owner extends it (workload expansion, defaulting,
// nodes, pods, services, cross-object checks). Keep the Cluster shape from ../types.
import type { Cluster, KubeObject, NamespaceInfo } from '../types';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Build an immutable cluster snapshot from manifests. Never throws. */
export function createCluster(objects: readonly unknown[]): Cluster {
  const declared: KubeObject[] = [];
  for (const o of Array.isArray(objects) ? objects : []) {
    if (isObject(o) && typeof o.kind === 'string') {
      const metadata = isObject(o.metadata) ? o.metadata : {};
      declared.push({ ...(o as KubeObject), metadata: { ...metadata } });
    }
  }
  const byKind = new Map<string, KubeObject[]>();
  for (const o of declared) {
    const list = byKind.get(o.kind) ?? [];
    list.push(o);
    byKind.set(o.kind, list);
  }
  const namespaces = new Map<string, NamespaceInfo>();
  for (const o of byKind.get('Namespace') ?? []) {
    const name = String(o.metadata.name ?? '');
    namespaces.set(name, {
      name,
      labels: { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name },
      implicit: false,
      object: o,
    });
  }
  return { objects: declared, declared, namespaces, nodes: new Map(), pods: new Map(), byKind, diagnostics: [] };
}
