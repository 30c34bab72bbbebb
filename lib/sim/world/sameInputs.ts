// Which parts of two cluster builds are the same, read from their input objects (by identity):
// a build that differs from the last one only in objects no traffic question reads (a ConfigMap
// typed, a Role edited) holds the same network, and one that differs only outside the four RBAC
// kinds holds the same RBAC objects. The answers kept for the last cluster then serve the new
// one without making a content key of either (networkMemo.ts, rbacIndex.ts).
import { isNamespacedKind } from '../cluster/scope';
import { isRecord } from '../support/record';

/** Kinds a traffic question never reads (networkMemo's networkKey: pods, nodes, namespaces, NetworkPolicies, Services). */
const OUTSIDE_NETWORK = new Set(['ConfigMap', 'Secret', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'Policy']);
/** The kinds an RBAC index is built from (rbacIndex.ts RBAC_KINDS). */
const RBAC = new Set(['ClusterRole', 'Role', 'ClusterRoleBinding', 'RoleBinding']);

const kindOf = (object: unknown): unknown => (isRecord(object) ? object.kind : undefined);

/**
 * Do two input lists hold the same network? The objects of kinds a traffic question reads (and
 * anything else: `kind: List`, junk) are the same objects in the same order, and the objects
 * of the other kinds name the same namespaces (a namespace only they name still exists in the
 * cluster: buildNamespaces). Both builds must be whole (not cut by the input budget).
 */
export function sameNetworkInputs(before: readonly unknown[], after: readonly unknown[]): boolean {
  const outside = (object: unknown) => OUTSIDE_NETWORK.has(kindOf(object) as string);
  return sameWhere(before, after, (o) => !outside(o)) && sameText(namespacesOf(before.filter(outside)), namespacesOf(after.filter(outside)));
}

/** Do two input lists hold the same RBAC objects (and every `kind: List` or junk item the same)? */
export function sameRbacInputs(before: readonly unknown[], after: readonly unknown[]): boolean {
  return sameWhere(before, after, (object) => {
    const kind = kindOf(object);
    return typeof kind !== 'string' || kind === 'List' || RBAC.has(kind);
  });
}

function sameWhere(before: readonly unknown[], after: readonly unknown[], counts: (object: unknown) => boolean): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < before.length && !counts(before[i])) i++;
    while (j < after.length && !counts(after[j])) j++;
    if (i === before.length || j === after.length) return i === before.length && j === after.length;
    if (before[i++] !== after[j++]) return false;
  }
}

/** The namespaces the objects live in once defaulted (collectObjects: `default` when absent), sorted. */
function namespacesOf(objects: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const object of objects) {
    const kind = kindOf(object);
    if (typeof kind !== 'string' || !isNamespacedKind(kind) || !isRecord(object)) continue;
    const namespace = isRecord(object.metadata) ? object.metadata.namespace : undefined;
    names.add(typeof namespace === 'string' && namespace !== '' ? namespace : 'default');
  }
  return [...names].sort();
}

const sameText = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
