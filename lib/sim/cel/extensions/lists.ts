// Kubernetes list library: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-list-library
// (k8s.io/apiserver pkg/cel/library/lists.go): isSorted, sum, min, max, indexOf, lastIndexOf.
import type { Environment } from '@marcbachmann/cel-js';
import { celEquals, isNumeric, numericCompare } from '../convert';
import { celFail } from './errors';

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** Registers the Kubernetes list functions for every comparable element type. */
export function registerLists(env: Environment): void {
  env.registerFunction('list<A>.sum(): A', (list: unknown[]) => sum(list));
  env.registerFunction('list<A>.min(): A', (list: unknown[]) => extreme(list, -1, 'min'));
  env.registerFunction('list<A>.max(): A', (list: unknown[]) => extreme(list, 1, 'max'));
  env.registerFunction('list<A>.isSorted(): bool', (list: unknown[]) => isSorted(list));
  env.registerFunction('list<A>.indexOf(A): int', (list: unknown[], x: unknown) => BigInt(list.findIndex((v) => celEquals(v, x))));
  env.registerFunction('list<A>.lastIndexOf(A): int', (list: unknown[], x: unknown) => lastIndex(list, x));
}

function lastIndex(list: unknown[], x: unknown): bigint {
  for (let i = list.length - 1; i >= 0; i--) if (celEquals(list[i], x)) return BigInt(i);
  return -1n;
}

function sum(list: unknown[]): unknown {
  if (list.length === 0) return 0n;
  if (list.every((v) => typeof v === 'bigint')) {
    const total = (list as bigint[]).reduce((a, b) => a + b, 0n);
    if (total > INT64_MAX || total < INT64_MIN) celFail('integer overflow');
    return total;
  }
  if (list.every((v) => typeof v === 'number')) return (list as number[]).reduce((a, b) => a + b, 0);
  return celFail(`no such overload: sum over ${describeKinds(list)}`);
}

/** Orders two CEL values of the same comparable type; errors on anything else. */
export function celCompare(a: unknown, b: unknown): number {
  if (isNumeric(a) && isNumeric(b)) {
    const c = numericCompare(a, b);
    return Number.isNaN(c) ? 0 : c;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return celFail(`no such overload: compare ${describeKinds([a, b])}`);
}

function extreme(list: unknown[], sign: number, name: string): unknown {
  if (list.length === 0) celFail(`${name} called on empty list`);
  let best = list[0];
  for (const v of list.slice(1)) if (celCompare(v, best) * sign > 0) best = v;
  return best;
}

function isSorted(list: unknown[]): boolean {
  for (let i = 1; i < list.length; i++) if (celCompare(list[i - 1], list[i]) > 0) return false;
  return true;
}

function describeKinds(list: unknown[]): string {
  const kinds = new Set(list.map((v) => (typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'double' : v === null ? 'null' : typeof v)));
  return [...kinds].join(', ');
}
