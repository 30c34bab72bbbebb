// Least privilege: which grant is extra, which rule of which role gives it, which binding hands it
// over, and the concrete edit. RBAC is additive (no deny rules), so an extra grant can only be
// removed at its rule or its binding: https://kubernetes.io/docs/reference/access-authn-authz/rbac/
import type { PermissionList } from '../../sim';
import type { GoalContext } from '../goals';
import { baselineGrants, extraGrants } from '../leastPrivilege';
import type { AllowedPermission, GoalLink } from '../types';
import { both } from '../words';
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
    const links: GoalLink[] = bindingAt
      ? [{ label: both((l) => (l === 'es' ? `Ir al binding (${binding})` : `Go to the binding (${binding})`)), source: bindingAt }]
      : [];
    return {
      summary: both((l) =>
        l === 'es'
          ? `Otorga más de lo necesario: ${shown}, por la regla ${n} de ${role}, vinculada por ${binding}.`
          : `Grants more than needed: ${shown}, from rule ${n} of ${role}, bound by ${binding}.`,
      ),
      fix: both((l) => {
        const es = l === 'es';
        if (!isEditable(ctx, roleAt) && isEditable(ctx, bindingAt)) {
          return es
            ? `${role} no es tuyo para editar: en ${binding}, apuntá \`roleRef\` a un Role propio que otorgue exactamente lo necesario (${needed.join('; ') || 'nada'}).`
            : `${role} is not yours to edit: in ${binding}, point \`roleRef\` at a Role of your own that grants exactly what is needed (${needed.join('; ') || 'nothing'}).`;
        }
        if (needed.length === 0)
          return es
            ? `Este sujeto no necesita nada acá: sacalo de los subjects de ${binding} (o borrá el binding).`
            : `This subject needs nothing here: remove it from the subjects of ${binding} (or delete the binding).`;
        if (wildVerb || wildResource)
          return es
            ? `En la regla ${n} de ${role}, cambiá el comodín \`*\` por exactamente lo necesario (${needed.join('; ')}).`
            : `In rule ${n} of ${role}, replace the wildcard \`*\` with exactly what is needed (${needed.join('; ')}).`;
        return es
          ? `Sacá ${shown} de la regla ${n} de ${role} (lo necesario es: ${needed.join('; ')}), o dejá de vincular ese rol con ${binding}.`
          : `Remove ${shown} from rule ${n} of ${role} (what is needed: ${needed.join('; ')}), or stop binding that role with ${binding}.`;
      }),
      source: isEditable(ctx, roleAt) ? roleAt : isEditable(ctx, bindingRoleRef) ? bindingRoleRef : (roleAt ?? bindingAt),
      links,
    };
  }
  return {};
}
