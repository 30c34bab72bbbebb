// The search: a breadth-first walk over edges computed on demand, so a question about one entry
// touches only what that entry can reach.
import type { Cluster, PodInfo } from '../types';
import { identityEdges, clusterAdminEdges, type Asker } from './identityEdges';
import { CLUSTER_ADMIN, INTERNET, endpointNode, identityNode, nodeNode, podNode, resolveEntry, secretNode, serviceAccountOf, targetMatcher } from './nodes';
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

  add(node: AttackNode): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  edgesOf(id: string): AttackEdge[] {
    let edges = this.out.get(id);
    if (!edges) {
      edges = this.compute(id);
      this.out.set(id, edges);
    }
    return edges;
  }

  private lateralTargets(): PodInfo[] {
    this.interesting ??= [...this.cluster.pods.values()].filter((p) => tokenEvidence(this.cluster, p) || escapeEvidence(p) || p.ports.length > 0);
    return this.interesting;
  }

  private compute(id: string): AttackEdge[] {
    const node = this.nodes.get(id);
    if (!node) return [];
    const cluster = this.cluster;
    switch (node.type) {
      case 'internet':
        return [...cluster.pods.values()]
          .filter((p) => isPublished(cluster, p))
          .flatMap((p) => {
            this.work.calls++;
            const evidence = reachEvidence(cluster, { ip: INTERNET_IP }, p);
            return evidence ? [{ from: id, to: podNode(p).id, technique: 'exposed' as const, evidence }] : [];
          });
      case 'pod': {
        const pod = cluster.pods.get(`${node.namespace}/${node.name}`);
        if (!pod) return [];
        const edges = podLocalEdges(cluster, pod, id);
        for (const target of this.lateralTargets()) {
          if (target === pod || this.exhausted) continue;
          this.work.calls++;
          const evidence = reachEvidence(cluster, `${pod.namespace}/${pod.name}`, target);
          if (evidence) edges.push({ from: id, to: endpointNode(target).id, technique: 'network', evidence });
        }
        return edges;
      }
      case 'endpoint': {
        if (this.lateral !== 'exploit') return [];
        const pod = cluster.pods.get(`${node.namespace}/${node.name}`);
        return pod ? [{ from: id, to: podNode(pod).id, technique: 'exploit', evidence: { type: 'field', path: 'spec.containers', value: 'reachable' } }] : [];
      }
      case 'identity':
        return identityEdges(cluster, { user: node.user, groups: node.groups, work: this.work } satisfies Asker, id);
      case 'node':
        return nodeEdges(cluster, node.name, id);
      case 'secret':
        return secretTokenEdges(cluster, node.namespace, node.name, id);
      case 'clusterAdmin':
        return clusterAdminEdges(cluster);
    }
  }

  /** Makes sure the node an edge points to is known (its data comes from its id). */
  learn(edge: AttackEdge): void {
    if (this.nodes.has(edge.to)) return;
    const node = nodeFromId(edge.to);
    if (node) this.add(node);
  }
}

/** A legacy token Secret hands over its ServiceAccount (KubeHound TOKEN_LIST). */
function secretTokenEdges(cluster: Cluster, namespace: string, name: string, from: string): AttackEdge[] {
  const secret = (cluster.byKind.get('Secret') ?? []).find((s) => s.metadata.namespace === namespace && s.metadata.name === name);
  const sa = secret?.type === 'kubernetes.io/service-account-token' ? secret.metadata.annotations?.['kubernetes.io/service-account.name'] : undefined;
  if (!sa) return [];
  return [
    {
      from,
      to: identityNode(`system:serviceaccount:${namespace}:${sa}`).id,
      technique: 'secret-token',
      evidence: { type: 'field', path: 'type', value: 'kubernetes.io/service-account-token' },
    },
  ];
}

function nodeFromId(id: string): AttackNode | undefined {
  if (id === 'internet') return INTERNET;
  if (id === 'cluster-admin') return CLUSTER_ADMIN;
  const colon = id.indexOf(':');
  const type = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const slash = rest.indexOf('/');
  if (type === 'identity') return identityNode(rest);
  if (type === 'node') return nodeNode(rest);
  if (type === 'pod' || type === 'endpoint') return { id, type, namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
  if (type === 'secret') return secretNode(rest.slice(0, slash), rest.slice(slash + 1));
  return undefined;
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
    explorer.add(start);
    if (!parent.has(start.id)) {
      parent.set(start.id, null);
      queue.push(start.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    const node = explorer.nodes.get(id);
    if (node && isTarget(node)) return { edges: unwind(parent, id), reached: parent.size, parent };
    if (explorer.exhausted) break;
    for (const edge of explorer.edgesOf(id)) {
      if (parent.has(edge.to)) continue;
      explorer.learn(edge);
      parent.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return { reached: parent.size, parent };
}

function unwind(parent: Map<string, AttackEdge | null>, id: string): AttackEdge[] {
  const path: AttackEdge[] = [];
  for (let edge = parent.get(id); edge; edge = parent.get(edge.from)) path.unshift(edge);
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
    if (!isTarget || starts.length === 0) return { entry, target, starts: starts.map((s) => s.id), reached: 0 };
    const explorer = new Explorer(cluster, options.budget ?? DEFAULT_ATTACK_BUDGET, options.lateral);
    const found = search(explorer, starts, isTarget);
    return {
      entry,
      target,
      starts: starts.map((s) => s.id),
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
  const edges = [...explorer.nodes.keys()].flatMap((id) => explorer.edgesOf(id)).filter((e) => explorer.nodes.has(e.to));
  return { nodes: [...explorer.nodes.values()], edges, ...(explorer.exhausted ? { truncated: true } : {}) };
}

export { serviceAccountOf };

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
): { starts: string[]; paths: { target: AttackNode; edges: AttackEdge[] }[]; reached: number; truncated?: boolean } {
  try {
    const starts = resolveEntry(cluster, String(entry));
    const explorer = new Explorer(cluster, options.budget ?? DEFAULT_ATTACK_BUDGET, options.lateral);
    const { parent, reached } = search(explorer, starts, () => false);
    const paths = [...parent.keys()]
      .map((id) => explorer.nodes.get(id))
      .filter((n): n is AttackNode => n !== undefined && isCrownJewel(n))
      .map((target) => ({ target, edges: unwind(parent, target.id) }))
      .sort((a, b) => a.edges.length - b.edges.length || a.target.id.localeCompare(b.target.id));
    return { starts: starts.map((s) => s.id), paths, reached, ...(explorer.exhausted ? { truncated: true } : {}) };
  } catch {
    return { starts: [], paths: [], reached: 0, truncated: true };
  }
}
