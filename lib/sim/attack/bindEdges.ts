// Binding a role inside one namespace (KubeHound ROLE_BIND, rbac-police "rolebinders", MITRE
// T1098): who may create RoleBindings in a namespace and has `bind` on a role that reads that
// namespace's Secrets can bind it to itself and read them. The API server lets a RoleBinding be
// created when the creator holds `bind` on its roleRef, checked in the binding's namespace
// (kubernetes/kubernetes pkg/registry/rbac/escalation_check.go BindingAuthorized;
// https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update).
import { coversRules } from '../rbac/covers';
import { getRbacIndex } from '../rbac/rbacIndex';
import type { PolicyRule } from '../rbac/types';
import type { Cluster, ResourceAttributes } from '../types';
import { secretNode } from './nodes';
import type { AttackEdge, AttackEvidence, AttackNode } from './types';

const RBAC = 'rbac.authorization.k8s.io';

type Allowed = (attrs: ResourceAttributes) => AttackEvidence | undefined;

/** The roles a RoleBinding in `namespace` may point at: every ClusterRole, and the namespace's Roles. */
interface Bindable {
  kind: 'ClusterRole' | 'Role';
  name: string;
  rules: readonly PolicyRule[];
}

function bindableRoles(cluster: Cluster, namespace: string): Bindable[] {
  const index = getRbacIndex(cluster);
  const roles: Bindable[] = [...index.clusterRoles].map(([name, rules]) => ({ kind: 'ClusterRole', name, rules }));
  for (const entry of index.roles.values())
    if (entry.ref.kind === 'Role' && entry.ref.namespace === namespace) roles.push({ kind: 'Role', name: entry.ref.name, rules: entry.rules });
  return roles.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** Secrets of `namespace` an identity may read by binding a role it holds `bind` on to itself. */
export function namespaceBindEdges(cluster: Cluster, allowed: Allowed, from: AttackNode, namespace: string): AttackEdge[] {
  const secrets = (cluster.byKind.get('Secret') ?? []).filter((s) => (s.metadata.namespace ?? 'default') === namespace);
  if (secrets.length === 0) return [];
  if (!allowed({ verb: 'create', group: RBAC, resource: 'rolebindings', namespace })) return [];
  const edges: AttackEdge[] = [];
  const reached = new Set<string>();
  for (const role of bindableRoles(cluster, namespace)) {
    const open = secrets.filter((s) => !reached.has(s.metadata.name ?? ''));
    const readable = open.filter(
      (s) =>
        coversRules(role.rules, [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: [s.metadata.name ?? ''], nonResourceURLs: [] }])
          .covered,
    );
    if (readable.length === 0) continue;
    const resource = role.kind === 'ClusterRole' ? 'clusterroles' : 'roles';
    const evidence = allowed({ verb: 'bind', group: RBAC, resource, namespace, name: role.name });
    if (!evidence) continue;
    for (const s of readable) {
      reached.add(s.metadata.name ?? '');
      edges.push({ from, to: secretNode(namespace, s.metadata.name ?? ''), technique: 'bind', evidence });
    }
  }
  return edges;
}
