// Answers about the network kept across snapshots of one world while its network stays the same.
import type { Cluster } from '../types';
import { contentKey, ContentShelf } from '../support/contentKey';

type Memos = Map<string, Map<string, unknown>>;

const byCluster = new WeakMap<Cluster, Memos>();
/** A few recent networks, by content: the next keystroke's cluster usually has the same one. */
const byContent = new ContentShelf<Memos>(4);
/** Larger worlds (the playground at scale) keep answers per snapshot only: their keys would be megabytes. */
const MAX_SHARED_PODS = 1000;

/**
 * Everything a traffic question reads of a cluster (netpolIndex, resolveEndpoint, planProbes):
 * the pods (labels, addresses, ports, owners, the whole Pod for readiness), nodes, namespaces
 * (labels), NetworkPolicies and Services. Two snapshots with equal keys answer every traffic
 * question alike, so an edit elsewhere (a Role, an audit Policy, a ConfigMap) keeps the answers.
 */
function networkKey(cluster: Cluster): string | undefined {
  if (cluster.pods.size > MAX_SHARED_PODS) return undefined;
  return contentKey([
    [...cluster.pods],
    [...cluster.nodes],
    [...cluster.namespaces],
    cluster.byKind.get('NetworkPolicy') ?? [],
    cluster.byKind.get('Service') ?? [],
  ]);
}

/**
 * The memo named `purpose` of this cluster's network: shared by every snapshot with the same
 * network (see networkKey). Values stored must be pure functions of the network and their key,
 * and nobody may change them after they are stored.
 */
export function networkMemo<T>(cluster: Cluster, purpose: string): Map<string, T> {
  let memos = byCluster.get(cluster);
  if (!memos) {
    memos = byContent.get(
      () => networkKey(cluster),
      () => new Map(),
    );
    byCluster.set(cluster, memos);
  }
  let memo = memos.get(purpose);
  if (!memo) memos.set(purpose, (memo = new Map()));
  return memo as Map<string, T>;
}

/**
 * `next` holds the same network as `known` (its builder knows from their inputs:
 * lib/sim/world/sameInputs.ts): it shares `known`'s memos without making a content key.
 */
export function shareNetworkMemos(known: Cluster, next: Cluster): void {
  const memos = byCluster.get(known);
  if (memos && !byCluster.has(next)) byCluster.set(next, memos);
}

/** Forget the networks kept by content (tests compare cold answers with reused ones). */
export function clearNetworkMemos(): void {
  byContent.clear();
}
