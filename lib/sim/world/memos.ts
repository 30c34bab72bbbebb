// The simulator's caches that outlive one Cluster snapshot, in one place.
import { clearRbacIndexes } from '../rbac/sharedIndex';
import { clearNetworkMemos } from '../netpol/networkMemo';
import { clearPodSecurityVerdicts } from '../podsecurity/evaluatePodSecurity';

/**
 * Forget every answer kept by content across snapshots (RBAC indexes, traffic answers, Pod Security verdicts): the
 * next question on any world is answered cold. For tests that compare a reused answer with a
 * cold one, and for benchmarks of a cold run. Answers never depend on it.
 */
export function clearSharedMemos(): void {
  clearRbacIndexes();
  clearNetworkMemos();
  clearPodSecurityVerdicts();
}
