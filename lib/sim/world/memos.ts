// The simulator's caches that outlive one Cluster snapshot, in one place.
import { clearRbacIndexes } from '../rbac/sharedIndex';
import { clearNetworkMemos } from '../netpol/networkMemo';
import { clearPodSecurityVerdicts } from '../podsecurity/evaluatePodSecurity';
import { clearCompiledCel } from '../cel/compileCel';
import { clearCompiledRegexes } from '../cel/regex';

/**
 * Forget every answer kept by content across snapshots (RBAC indexes, traffic answers, Pod
 * Security verdicts) and everything compiled from the learner's text (CEL programs, regular
 * expressions): the next question on any world is answered cold, as in a fresh page worker.
 * What stays is what no input decides (the compiled schemas, the built-in objects and their
 * defaulted copies: lib/sim/cluster/builtin.ts sharedBuiltinObjects, collectObjects). For tests
 * that compare a reused answer with a cold one, and for benchmarks of a cold run. Answers
 * never depend on it.
 */
export function clearSharedMemos(): void {
  clearRbacIndexes();
  clearNetworkMemos();
  clearPodSecurityVerdicts();
  clearCompiledCel();
  clearCompiledRegexes();
}
