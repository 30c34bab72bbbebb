// Least privilege: which grant is extra, which rule of which role gives it, which binding hands it
// over, and the concrete edit. RBAC is additive (no deny rules), so an extra grant can only be
// removed at its rule or its binding: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
import type { PermissionList } from '../../sim';
import type { GoalContext } from '../goals';
import { baselineGrants, extraGrants } from '../leastPrivilege';
import type { AllowedPermission, GoalLink } from '../types';
import { msg } from '../messages';
import { isEditable, pointTo } from './pointer';
import type { Explained } from './types';

function refText(ref: { kind: string; namespace?: string; name: string }): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

/** The first extra grant with its role rule and binding; words and pointers for both. */
export function explainLeastPrivilege(list: PermissionList, allowed: AllowedPermission[], ctx: GoalContext): Explained {
  // What every identity gets from the bootstrap policy is not the learner's doing (see leastPrivilegeVerdict).
  const baseline = baselineGrants(list.user, list.groups, list.namespace || undefined);
  for (const row of list.rows) {
    const extra = extraGrants([row.rule], allowed).filter((atom) => !baseline.has(atom));
    const src = row.sources[0];
    if (extra.length === 0 || !src) continue;
    const rule = row.rule;
    const wildVerb = rule.verbs.includes('*');
    const wildResource = rule.resources.includes('*') || rule.apiGroups.includes('*');
    const role = refText(src.role);
    const binding = refText(src.binding);
    const n = src.ruleIndex + 1;
    const roleAt = pointTo(
      ctx,
      src.role.kind,
      src.role.namespace,
      src.role.name,
      `rules[${src.ruleIndex}].${wildVerb ? 'verbs' : wildResource ? 'resources' : 'verbs'}`,
    );
    const bindingAt = pointTo(ctx, src.binding.kind, src.binding.namespace, src.binding.name, 'subjects');
    const needed = allowed.map(
      (a) =>
        `${a.verbs.join(', ')} ${a.resources.join(', ')}${a.group ? ` (${a.group})` : ''}${a.resourceNames?.length ? ` "${a.resourceNames.join('", "')}"` : ''}`,
    );
    const shown =
      extra
        .slice(0, 4)
        .map((e) => `\`${e}\``)
        .join(', ') + (extra.length > 4 ? ` (+${extra.length - 4})` : '');
    const bindingRoleRef = pointTo(ctx, src.binding.kind, src.binding.namespace, src.binding.name, 'roleRef');
    const links: GoalLink[] = bindingAt ? [{ label: msg('explain.goToBinding', { binding }), source: bindingAt }] : [];
    return {
      summary: msg('explain.leastPrivilege.extra', { grants: shown, number: n, role, binding }),
      fix:
        !isEditable(ctx, roleAt) && isEditable(ctx, bindingAt)
          ? msg('explain.leastPrivilege.notYours', { role, binding, needed })
          : needed.length === 0
            ? msg('explain.leastPrivilege.needsNothing', { binding })
            : wildVerb || wildResource
              ? msg('explain.leastPrivilege.wildcard', { number: n, role, needed })
              : msg('explain.leastPrivilege.remove', { grants: shown, number: n, role, needed, binding }),
      source: isEditable(ctx, roleAt) ? roleAt : isEditable(ctx, bindingRoleRef) ? bindingRoleRef : (roleAt ?? bindingAt),
      links,
    };
  }
  return {};
}
