// Cross-object check: do RoleBindings and ClusterRoleBindings refer to roles that exist?
import { asRecord } from './objectUtils';
import { esLabel, objectLabel, type CheckContext, type CheckEntry } from './checkContext';

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
  const where = kind === 'Role' ? ` in namespace ${String(binding.metadata.namespace)}` : '';
  const whereEs = kind === 'Role' ? ` en el namespace ${String(binding.metadata.namespace)}` : '';
  const other = kind === 'Role' ? 'ClusterRole' : 'Role';
  const hint = otherKindExists ? ` A ${other} named "${name}" exists: did you mean roleRef.kind: ${other}?` : '';
  const hintEs = otherKindExists ? ` Existe un ${other} llamado "${name}": ¿quisiste poner roleRef.kind: ${other}?` : '';
  ctx.report(entry, {
    severity: 'warning',
    code: 'rbac-missing-role',
    path: 'roleRef.name',
    en: `${objectLabel(binding)} refers to ${kind} "${name}", which does not exist${where}: the binding grants nothing until it exists.${hint}`,
    es: `${esLabel(binding)} apunta al ${kind} "${name}", que no existe${whereEs}: el binding no otorga nada hasta que exista.${hintEs}`,
  });
}

function reportOtherNamespace(ctx: CheckContext, entry: CheckEntry, name: string, namespaces: string[]): void {
  const binding = entry.object;
  const ns = String(binding.metadata.namespace);
  const list = namespaces.join(', ');
  ctx.report(entry, {
    severity: 'warning',
    code: 'rbac-role-in-other-namespace',
    path: 'roleRef.name',
    en: `${objectLabel(binding)} refers to Role "${name}", which exists only in namespace ${list}. A RoleBinding always looks its Role up in its own namespace (${ns}), so it grants nothing: create the Role in ${ns}, or move the binding to ${namespaces[0]}.`,
    es: `${esLabel(binding)} apunta al Role "${name}", que existe solo en el namespace ${list}. Un RoleBinding siempre busca su Role en su propio namespace (${ns}), así que no otorga nada: creá el Role en ${ns} o mové el binding a ${namespaces[0]}.`,
  });
}
