// Kubernetes sets library (K8s 1.29+, cel-go ext.Sets): sets.contains, sets.equivalent, sets.intersects.
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-sets-library (links cel-go ext/sets).
import type { Environment } from '@marcbachmann/cel-js';
import { celEquals } from '../convert';

class SetsNamespace {}

/** Registers `sets.contains(list, list)`, `sets.equivalent(list, list)`, `sets.intersects(list, list)`. */
export function registerSets(env: Environment): void {
  env.registerType('Sets', SetsNamespace);
  env.registerConstant('sets', 'Sets', new SetsNamespace());
  const has = (list: unknown[], x: unknown): boolean => list.some((v) => celEquals(v, x));
  const contains = (a: unknown[], b: unknown[]): boolean => b.every((x) => has(a, x));
  env.registerFunction('Sets.contains(list<A>, list<A>): bool', (_s: unknown, a: unknown[], b: unknown[]) => contains(a, b));
  env.registerFunction('Sets.equivalent(list<A>, list<A>): bool', (_s: unknown, a: unknown[], b: unknown[]) => contains(a, b) && contains(b, a));
  env.registerFunction('Sets.intersects(list<A>, list<A>): bool', (_s: unknown, a: unknown[], b: unknown[]) => a.some((x) => has(b, x)));
}
