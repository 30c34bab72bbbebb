// Cross-object check: do RoleBindings and ClusterRoleBindings refer to roles that exist?
import { asRecord } from './objectUtils';
import { msg } from '../messages';
import { objectParams, type CheckContext, type CheckEntry } from './checkContext';

/**
 * Warns about bindings whose roleRef names a missing Role/ClusterRole. A RoleBinding's
 * `roleRef.kind: Role` is looked up in the binding's own namespace only, so a same-named
 * Role in another namespace gets its own message. Bindings to missing roles are accepted by
 * the API server and grant nothing until the role appears (RBAC docs, "RoleBinding and
 * ClusterRoleBinding"; authorizer `plugin/pkg/auth/authorizer/rbac/rbac.go`).
 * Bindings whose roleRef.kind is invalid for them are left to object validation.
 */
export function checkRoleRefs(ctx: CheckContext): void {
  const roles = new Map<string, string[]>();
  const clusterRoles = new Set<string>();
  for (const object of ctx.cluster.byKind.get('Role') ?? []) {
    const name = String(object.metadata.name);
    roles.set(name, [...(roles.get(name) ?? []), String(object.metadata.namespace)]);
  }
  for (const object of ctx.cluster.byKind.get('ClusterRole') ?? []) clusterRoles.add(String(object.metadata.name));
  for (const entry of ctx.entries) {
    const { object } = entry;
    if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') continue;
    const ref = asRecord(object.roleRef);
    if (typeof ref.name !== 'string' || ref.name === '') continue;
    if (ref.kind === 'ClusterRole' && !clusterRoles.has(ref.name)) {
      reportMissing(ctx, entry, 'ClusterRole', ref.name, (roles.get(ref.name) ?? []).length > 0);
    } else if (ref.kind === 'Role' && object.kind === 'RoleBinding') {
      const namespaces = roles.get(ref.name) ?? [];
      const namespace = String(object.metadata.namespace);
      if (namespaces.includes(namespace)) continue;
      if (namespaces.length > 0) reportOtherNamespace(ctx, entry, ref.name, namespaces);
      else reportMissing(ctx, entry, 'Role', ref.name, clusterRoles.has(ref.name));
    }
  }
}

function reportMissing(ctx: CheckContext, entry: CheckEntry, kind: 'Role' | 'ClusterRole', name: string, otherKindExists: boolean): void {
  const binding = entry.object;
  ctx.report(entry, {
    severity: 'warning',
    code: 'rbac-missing-role',
    path: 'roleRef.name',
    text: msg('cluster.missingRole', {
      ...objectParams(binding),
      roleKind: kind,
      name,
      namespace: kind === 'Role' ? String(binding.metadata.namespace) : undefined,
      other: otherKindExists ? (kind === 'Role' ? 'ClusterRole' : 'Role') : undefined,
    }),
  });
}

function reportOtherNamespace(ctx: CheckContext, entry: CheckEntry, name: string, namespaces: string[]): void {
  const binding = entry.object;
  const ns = String(binding.metadata.namespace);
  ctx.report(entry, {
    severity: 'warning',
    code: 'rbac-role-in-other-namespace',
    path: 'roleRef.name',
    text: msg('cluster.roleInOtherNamespace', { ...objectParams(binding), name, list: namespaces.join(', '), ns, first: namespaces[0] }),
  });
}
