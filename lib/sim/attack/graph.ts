// The search: a breadth-first walk over edges computed on demand, so a question about one entry
// touches only what that entry can reach.
import { refText } from '../objectRef';
import type { Cluster, ObjectRef, PodInfo } from '../types';
import { identityEdges, clusterAdminEdges, type Asker } from './identityEdges';
import { attackNodeKey, endpointNode, identityNode, podNode, resolveEntry, serviceAccountOf, serviceAccountUser, targetMatcher } from './nodes';
import { INTERNET_IP, isPublished, nodeEdges, podLocalEdges, reachEvidence, tokenEvidence, escapeEvidence } from './podEdges';
import type { AttackEdge, AttackGraph, AttackNode, AttackPath } from './types';

/** Work budget of one search (authorization, admission and traffic questions). */
export const DEFAULT_ATTACK_BUDGET = 200_000;

export interface AttackSearchOptions {
  /** Stop after this many simulator questions; the answer says `truncated`. */
  budget?: number;
  /**
   * Reaching a pod over the network: `connect` (default) only reaches it; `exploit` assumes
   * code execution in every pod reached (KubeHound ENDPOINT_EXPLOIT, the pessimistic view).
   * Pods published to the internet are always assumed exploitable (MITRE T1190).
   */
  lateral?: 'connect' | 'exploit';
}

class Explorer {
  readonly nodes = new Map<string, AttackNode>();
  private readonly out = new Map<string, AttackEdge[]>();
  readonly work = { calls: 0 };
  /** Pods worth moving to sideways: their token is mounted, they mount Secrets, or they escape. */
  private interesting?: PodInfo[];

  constructor(
    private readonly cluster: Cluster,
    readonly budget: number,
    private readonly lateral: 'connect' | 'exploit' = 'connect',
  ) {}

  get exhausted(): boolean {
    return this.work.calls > this.budget;
  }

  /** Knows the node (by its key); returns the key. */
  add(node: AttackNode): string {
    const key = attackNodeKey(node);
    if (!this.nodes.has(key)) this.nodes.set(key, node);
    return key;
  }

  edgesOf(node: AttackNode): AttackEdge[] {
    const key = attackNodeKey(node);
    let edges = this.out.get(key);
    if (!edges) {
      edges = this.compute(node);
      this.out.set(key, edges);
    }
    return edges;
  }

  private lateralTargets(): PodInfo[] {
    this.interesting ??= [...this.cluster.pods.values()].filter((p) => tokenEvidence(this.cluster, p) || escapeEvidence(p) || p.ports.length > 0);
    return this.interesting;
  }

  private compute(node: AttackNode): AttackEdge[] {
    const cluster = this.cluster;
    switch (node.type) {
      case 'internet':
        return [...cluster.pods.values()]
          .filter((p) => isPublished(cluster, p))
          .flatMap((p) => {
            this.work.calls++;
            const evidence = reachEvidence(cluster, { ip: INTERNET_IP }, p);
            return evidence ? [{ from: node, to: podNode(p), technique: 'exposed' as const, evidence }] : [];
          });
      case 'pod': {
        const pod = cluster.pods.get(`${node.pod.namespace}/${node.pod.name}`);
        if (!pod) return [];
        const edges = podLocalEdges(cluster, pod, node);
        for (const target of this.lateralTargets()) {
          if (target === pod || this.exhausted) continue;
          this.work.calls++;
          const evidence = reachEvidence(cluster, pod, target);
          if (evidence) edges.push({ from: node, to: endpointNode(target), technique: 'network', evidence });
        }
        return edges;
      }
      case 'endpoint': {
        if (this.lateral !== 'exploit') return [];
        const pod = cluster.pods.get(`${node.pod.namespace}/${node.pod.name}`);
        return pod ? [{ from: node, to: podNode(pod), technique: 'exploit', evidence: { type: 'field', path: 'spec.containers', value: 'reachable' } }] : [];
      }
      case 'identity':
        return identityEdges(cluster, { user: node.user, groups: node.groups, work: this.work } satisfies Asker, node);
      case 'node':
        return nodeEdges(cluster, node.name, node);
      case 'secret':
        return secretTokenEdges(cluster, node.secret, node);
      case 'clusterAdmin':
        return clusterAdminEdges(cluster);
    }
  }
}

/** A legacy token Secret hands over its ServiceAccount (KubeHound TOKEN_LIST). */
function secretTokenEdges(cluster: Cluster, { namespace, name }: ObjectRef, from: AttackNode): AttackEdge[] {
  const secret = (cluster.byKind.get('Secret') ?? []).find((s) => s.metadata.namespace === namespace && s.metadata.name === name);
  const sa = secret?.type === 'kubernetes.io/service-account-token' ? secret.metadata.annotations?.['kubernetes.io/service-account.name'] : undefined;
  if (!sa) return [];
  return [
    {
      from,
      to: identityNode(serviceAccountUser(namespace, sa)),
      technique: 'secret-token',
      evidence: { type: 'field', path: 'type', value: 'kubernetes.io/service-account-token' },
    },
  ];
}

/** Breadth-first from `starts`; stops at the first node `isTarget` accepts. */
function search(
  explorer: Explorer,
  starts: AttackNode[],
  isTarget: (n: AttackNode) => boolean,
): { edges?: AttackEdge[]; reached: number; parent: Map<string, AttackEdge | null> } {
  const parent = new Map<string, AttackEdge | null>();
  const queue: string[] = [];
  for (const start of starts) {
    const key = explorer.add(start);
    if (!parent.has(key)) {
      parent.set(key, null);
      queue.push(key);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const key = queue[head];
    const node = explorer.nodes.get(key);
    if (!node) continue;
    if (isTarget(node)) return { edges: unwind(parent, key), reached: parent.size, parent };
    if (explorer.exhausted) break;
    for (const edge of explorer.edgesOf(node)) {
      const to = attackNodeKey(edge.to);
      if (parent.has(to)) continue;
      explorer.add(edge.to);
      parent.set(to, edge);
      queue.push(to);
    }
  }
  return { reached: parent.size, parent };
}

function unwind(parent: Map<string, AttackEdge | null>, key: string): AttackEdge[] {
  const path: AttackEdge[] = [];
  for (let edge = parent.get(key); edge; edge = parent.get(attackNodeKey(edge.from))) path.unshift(edge);
  return path;
}

/**
 * The shortest attack path from an entry (`internet`, `pod:ns/name` — a pod or a workload's
 * pods —, `sa:ns/name`, `user:name`) to a target (`secret:ns/name`, `secrets:ns`, `node`,
 * `cluster-admin`, `pod:ns/name`, `sa:ns/name`, `namespace:ns`). Every edge is a simulator
 * verdict with its evidence. Pure, deterministic, never throws; bounded by a work budget.
 */
export function findAttackPath(cluster: Cluster, entry: string, target: string, options: AttackSearchOptions = {}): AttackPath {
  try {
    const starts = resolveEntry(cluster, String(entry));
    const isTarget = targetMatcher(cluster, String(target));
    if (!isTarget || starts.length === 0) return { entry, target, starts, reached: 0 };
    const explorer = new Explorer(cluster, options.budget ?? DEFAULT_ATTACK_BUDGET, options.lateral);
    const found = search(explorer, starts, isTarget);
    return {
      entry,
      target,
      starts,
      edges: found.edges,
      reached: found.reached,
      ...(explorer.exhausted && !found.edges ? { truncated: true } : {}),
    };
  } catch {
    return { entry, target, starts: [], reached: 0, truncated: true };
  }
}

/** Everything reachable from the entries, as a graph (for views). */
export function attackGraph(cluster: Cluster, entries: string[], options: AttackSearchOptions = {}): AttackGraph {
  const explorer = new Explorer(cluster, options.budget ?? DEFAULT_ATTACK_BUDGET, options.lateral);
  const starts = entries.flatMap((e) => resolveEntry(cluster, String(e)));
  search(explorer, starts, () => false);
  const edges = [...explorer.nodes.values()].flatMap((node) => explorer.edgesOf(node)).filter((e) => explorer.nodes.has(attackNodeKey(e.to)));
  return { nodes: [...explorer.nodes.values()], edges, ...(explorer.exhausted ? { truncated: true } : {}) };
}

export { serviceAccountOf };

/** Crown jewels in a stable order: cluster-admin, then nodes, then Secrets, each by name. */
function jewelOrder(node: AttackNode): string {
  if (node.type === 'node') return `1 ${node.name}`;
  if (node.type === 'secret') return `2 ${refText(node.secret)}`;
  return `0 ${node.type}`;
}

/** The crown jewels: what an attacker wants at the end of a path. */
export function isCrownJewel(node: AttackNode): boolean {
  return node.type === 'secret' || node.type === 'node' || node.type === 'clusterAdmin';
}

/**
 * From one entry, every crown jewel it reaches (Secrets, the node, cluster-admin), each with its
 * shortest path: one breadth-first walk. For views ("what does a shell in this pod lead to?").
 */
export function attackPathsFrom(
  cluster: Cluster,
  entry: string,
  options: AttackSearchOptions = {},
): { starts: AttackNode[]; paths: { target: AttackNode; edges: AttackEdge[] }[]; reached: number; truncated?: boolean } {
  try {
    const starts = resolveEntry(cluster, String(entry));
    const explorer = new Explorer(cluster, options.budget ?? DEFAULT_ATTACK_BUDGET, options.lateral);
    const { parent, reached } = search(explorer, starts, () => false);
    const paths = [...parent.keys()]
      .map((key) => ({ key, target: explorer.nodes.get(key) }))
      .filter((p): p is { key: string; target: AttackNode } => p.target !== undefined && isCrownJewel(p.target))
      .map(({ key, target }) => ({ key, target, edges: unwind(parent, key) }))
      .sort((a, b) => a.edges.length - b.edges.length || jewelOrder(a.target).localeCompare(jewelOrder(b.target)))
      .map(({ target, edges }) => ({ target, edges }));
    return { starts, paths, reached, ...(explorer.exhausted ? { truncated: true } : {}) };
  } catch {
    return { starts: [], paths: [], reached: 0, truncated: true };
  }
}
