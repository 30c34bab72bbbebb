// `can` goals: point at the role rule (allowed but should not be) or at what the nearest miss
// lacks, and for `asPod` questions at the workload's serviceAccountName when the binding is given.
// RBAC is additive: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole
import type { AuthorizationVerdict } from '../../sim';
import type { GoalContext } from '../goals';
import type { Goal, GoalLink } from '../types';
import { msg } from '../messages';
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
        fix: msg('explain.can.podDeny', { pods: q.asPod, account: sa, what }),
      };
    }
  }
  if (goal.expect === 'deny' && v.decidedBy && 'binding' in v.decidedBy) {
    const { binding, role, ruleIndex } = v.decidedBy;
    const ruleAt = pointTo(ctx, role.kind, role.namespace, role.name, `rules[${ruleIndex}]`);
    const bindingAt = pointTo(ctx, binding.kind, binding.namespace, binding.name, isEditable(ctx, ruleAt) ? 'subjects' : 'roleRef');
    const links: GoalLink[] = bindingAt ? [{ label: msg('explain.goToBinding', { binding: refText(binding) }), source: bindingAt }] : [];
    return {
      source: preferEditable(ctx, [ruleAt, bindingAt]),
      links,
      fix: msg('explain.can.ruleAllows', {
        number: ruleIndex + 1,
        role: refText(role),
        what,
        binding: refText(binding),
        ruleEditable: isEditable(ctx, ruleAt),
      }),
    };
  }
  if (goal.expect === 'allow' && q.asPod) {
    const { pointer, sa } = podSaPointer(ctx, q.asPod);
    const miss = v.nearestMiss;
    const bindingAt = miss ? pointTo(ctx, miss.binding.kind, miss.binding.namespace, miss.binding.name, 'subjects') : undefined;
    if (miss?.lacks.includes('subject') && !isEditable(ctx, bindingAt) && isEditable(ctx, pointer)) {
      return {
        source: pointer,
        fix: msg('explain.can.podAllow', { pods: q.asPod, account: sa, binding: refText(miss.binding) }),
      };
    }
  }
  return {};
}
