// Assembling the cluster snapshot from defaulted objects.
import type { Cluster, Diagnostic, KubeObject } from '../types';
import { asRecord } from './objectUtils';
import { collectObjects, type CollectOptions } from './collectObjects';
import { buildNodes } from './nodes';
import { expandWorkload, isWorkloadKind, MAX_GENERATED_PODS } from './workloads';
import { placePods, type PodSource } from './pods';
import { allocateServiceAddresses } from './services';
import { buildNamespaces } from './namespaces';
import { accountKeys, missingServiceAccount } from './serviceAccountAdmission';
import type { BuildNote, BuildResult } from './types';
import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../version';

export interface BuiltCluster {
  cluster: Cluster;
  build: BuildResult;
}

/**
 * Builds a cluster snapshot without cross-object checks: nodes, workload expansion, pod
 * placement and addresses, Service addresses, namespaces (declared, system, referenced) and a
 * `default` ServiceAccount in every namespace (created by the ServiceAccount controller).
 * `options.immutableInput`: the input objects never change (collectObjects copies each once).
 */
export function buildCluster(
  input: readonly unknown[],
  diagnostics: (built: BuiltCluster) => Diagnostic[] = () => [],
  serverVersion: ServerVersion = DEFAULT_SERVER_VERSION,
  options: CollectOptions = {},
): BuiltCluster {
  const build = collectObjects(input, options);
  const declared = build.declared.map((entry) => entry.object);
  const ofKind = (kind: string) => declared.filter((o) => o.kind === kind);
  const nodes = buildNodes(ofKind('Node'), referencedNodeNames(declared));
  const { sources, generated } = expandAll(declared, nodes.slots, build.notes, build.declared);
  const pods = placePods(sources, nodes.slots);
  allocateServiceAddresses(ofKind('Service'));
  const referenced = new Set<string>();
  for (const object of [...declared, ...generated]) {
    if (typeof object.metadata.namespace === 'string') referenced.add(object.metadata.namespace);
  }
  const ns = buildNamespaces(ofKind('Namespace'), referenced);
  const accounts = defaultServiceAccounts(declared, [...ns.namespaces.keys()]);
  // A Pod the ServiceAccount admission plugin rejects is never stored (it stays in `declared`,
  // as the learner wrote it, and checkCluster reports it).
  const admittedAccounts = accountKeys(declared);
  const stored = declared.filter((o) => o.kind !== 'Pod' || missingServiceAccount(o, admittedAccounts) === undefined);
  const objects = [...stored, ...nodes.generated, ...ns.generated, ...accounts, ...generated];
  const cluster = {
    objects,
    declared,
    namespaces: ns.namespaces,
    nodes: new Map(nodes.slots.map((slot) => [slot.info.name, slot.info])),
    pods,
    byKind: groupByKind(objects),
    diagnostics: [] as Diagnostic[],
    serverVersion,
  };
  cluster.diagnostics = diagnostics({ cluster, build });
  return { cluster: Object.freeze(cluster), build };
}

function referencedNodeNames(declared: KubeObject[]): string[] {
  const names: string[] = [];
  for (const object of declared) {
    const spec = asRecord(object.spec);
    const podSpec = object.kind === 'Pod' ? spec : asRecord(asRecord(spec.template).spec);
    if (typeof podSpec.nodeName === 'string' && podSpec.nodeName !== '') names.push(podSpec.nodeName);
  }
  return names;
}

function expandAll(
  declared: KubeObject[],
  slots: Parameters<typeof placePods>[1],
  notes: BuildNote[],
  entries: BuildResult['declared'],
): { sources: PodSource[]; generated: KubeObject[] } {
  const taken = new Set(declared.filter((o) => o.kind === 'Pod').map((o) => `${String(o.metadata.namespace)}/${String(o.metadata.name)}`));
  const ctx = { nodes: slots, taken, budget: { left: MAX_GENERATED_PODS } };
  const sources: PodSource[] = [];
  const generated: KubeObject[] = [];
  const accounts = accountKeys(declared);
  declared.forEach((object, i) => {
    // ServiceAccount admission: a pod naming a missing account is rejected, so it never runs.
    const admitted = missingServiceAccount(object, accounts) === undefined;
    if (object.kind === 'Pod' && admitted) sources.push({ pod: object });
    if (!isWorkloadKind(object.kind)) return;
    const expansion = expandWorkload(object, ctx);
    generated.push(...expansion.objects);
    if (!admitted) return;
    for (const { pod, owner } of expansion.pods) {
      generated.push(pod);
      sources.push({ pod, owner });
    }
    if (expansion.capped.length > 0) notes.push({ code: 'workload-replicas-capped', index: entries[i].index, object });
  });
  return { sources, generated };
}

function defaultServiceAccounts(declared: KubeObject[], namespaces: string[]): KubeObject[] {
  const existing = new Set(declared.filter((o) => o.kind === 'ServiceAccount').map((o) => `${String(o.metadata.namespace)}/${String(o.metadata.name)}`));
  return namespaces
    .filter((ns) => !existing.has(`${ns}/default`))
    .map((ns) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } }));
}

function groupByKind(objects: KubeObject[]): Map<string, KubeObject[]> {
  const byKind = new Map<string, KubeObject[]>();
  for (const object of objects) {
    const list = byKind.get(object.kind);
    if (list) list.push(object);
    else byKind.set(object.kind, [object]);
  }
  return byKind;
}
