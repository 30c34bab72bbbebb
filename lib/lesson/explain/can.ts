// `can` goals: point at the role rule (allowed but should not be) or at what the nearest miss
// lacks, and for `asPod` questions at the workload's serviceAccountName when the binding is given.
// RBAC is additive: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole
import type { AuthorizationVerdict } from '../../sim';
import type { GoalContext } from '../goals';
import type { Goal, GoalLink } from '../types';
import { both } from '../words';
import { targetParts } from '../goalTarget';
import { isEditable, pointTo, preferEditable } from './pointer';
import type { Explained } from './types';

function refText(ref: { kind: string; namespace?: string; name: string }): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

/** The workload (or pod) behind `asPod`, and where its serviceAccountName is written. */
export function podSaPointer(ctx: GoalContext, asPod: string) {
  const { namespace: ns = 'default', name } = targetParts(asPod);
  const pod = [...ctx.cluster.pods.values()].find((p) => p.namespace === ns && (p.name === name || p.owner?.name === name));
  const owner = pod?.owner;
  const candidates = owner
    ? ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'].map((k) =>
        pointTo(ctx, k, ns, owner.name, k === 'CronJob' ? 'spec.jobTemplate.spec.template.spec.serviceAccountName' : 'spec.template.spec.serviceAccountName'),
      )
    : [];
  return { pointer: preferEditable(ctx, [...candidates, pointTo(ctx, 'Pod', ns, name, 'spec.serviceAccountName')]), sa: pod?.serviceAccountName || 'default' };
}

function ruleEditable(ctx: GoalContext, v: AuthorizationVerdict): boolean {
  if (!v.decidedBy || !('binding' in v.decidedBy)) return false;
  const { binding, role, ruleIndex } = v.decidedBy;
  return (
    isEditable(ctx, pointTo(ctx, role.kind, role.namespace, role.name, `rules[${ruleIndex}]`)) ||
    isEditable(ctx, pointTo(ctx, binding.kind, binding.namespace, binding.name))
  );
}

export function explainCan(goal: Extract<Goal, { kind: 'can' }>, v: AuthorizationVerdict, ctx: GoalContext): Explained {
  const q = goal.can;
  const what = `${q.verb} ${q.resource ?? q.path ?? ''}${q.subresource ? `/${q.subresource}` : ''}${q.name ? ` "${q.name}"` : ''}`;
  if (goal.expect === 'deny' && q.asPod) {
    const { pointer, sa } = podSaPointer(ctx, q.asPod);
    if (isEditable(ctx, pointer) && !ruleEditable(ctx, v)) {
      return {
        source: pointer,
        fix: both((l) =>
          l === 'es'
            ? `Los pods de ${q.asPod} corren como \`${sa}\`, que puede hacer \`${what}\`: dales una ServiceAccount propia sin ese permiso (\`serviceAccountName\`).`
            : `The pods of ${q.asPod} run as \`${sa}\`, which may \`${what}\`: give them their own ServiceAccount without that permission (\`serviceAccountName\`).`,
        ),
      };
    }
  }
  if (goal.expect === 'deny' && v.decidedBy && 'binding' in v.decidedBy) {
    const { binding, role, ruleIndex } = v.decidedBy;
    const ruleAt = pointTo(ctx, role.kind, role.namespace, role.name, `rules[${ruleIndex}]`);
    const bindingAt = pointTo(ctx, binding.kind, binding.namespace, binding.name, isEditable(ctx, ruleAt) ? 'subjects' : 'roleRef');
    const links: GoalLink[] = bindingAt
      ? [{ label: both((l) => (l === 'es' ? `Ir al binding (${refText(binding)})` : `Go to the binding (${refText(binding)})`)), source: bindingAt }]
      : [];
    return {
      source: preferEditable(ctx, [ruleAt, bindingAt]),
      links,
      fix: both((l) =>
        l === 'es'
          ? `La regla ${ruleIndex + 1} de ${refText(role)} permite \`${what}\` (vinculada por ${refText(binding)}). ${isEditable(ctx, ruleAt) ? `Sacá de esa regla el verbo o recurso (o el comodín \`*\`) que lo cubre` : `Ese rol no es tuyo: vinculá un rol más acotado en ${refText(binding)} o sacá al sujeto`}; RBAC solo suma permisos, no hay reglas que nieguen.`
          : `Rule ${ruleIndex + 1} of ${refText(role)} allows \`${what}\` (bound by ${refText(binding)}). ${isEditable(ctx, ruleAt) ? `Remove the verb or resource (or the \`*\` wildcard) that covers it from that rule` : `That role is not yours to edit: bind a narrower role in ${refText(binding)}, or remove the subject`}; RBAC only adds permissions, there are no deny rules.`,
      ),
    };
  }
  if (goal.expect === 'allow' && q.asPod) {
    const { pointer, sa } = podSaPointer(ctx, q.asPod);
    const miss = v.nearestMiss;
    const bindingAt = miss ? pointTo(ctx, miss.binding.kind, miss.binding.namespace, miss.binding.name, 'subjects') : undefined;
    if (miss?.lacks.includes('subject') && !isEditable(ctx, bindingAt) && isEditable(ctx, pointer)) {
      return {
        source: pointer,
        fix: both((l) =>
          l === 'es'
            ? `Los pods de ${q.asPod} corren como la ServiceAccount \`${sa}\`, pero ${refText(miss.binding)} le da el permiso a otra: poné en \`serviceAccountName\` la ServiceAccount que nombra ese binding.`
            : `The pods of ${q.asPod} run as ServiceAccount \`${sa}\`, but ${refText(miss.binding)} grants the permission to another one: set \`serviceAccountName\` to the ServiceAccount that binding names.`,
        ),
      };
    }
  }
  return {};
}
