// Pod Security, audit and control-plane goals: what to change and where.
import { violationDetail, violationReason } from '../words';
import { msg } from '../messages';
import { describePodSecurity, encryptionConfigProblem, type AuditDecision, type ControlPlaneFinding, type PodSecurityVerdict } from '../../sim';
import type { GoalContext } from '../goals';
import { ObjectIndex } from '../objectIndex';
import type { Goal } from '../types';
import type { Explained } from './types';

/** Pod Security: one sentence (check, field, value), every violation as the fix, the full list as trace. */
export function explainPodSecurity(goal: Extract<Goal, { kind: 'podSecurity' }>, v: PodSecurityVerdict): Explained {
  const level = goal.podSecurity.level;
  const first = v.violations?.[0];
  if (goal.expect === 'fail' || !first) {
    return {
      summary: msg('explain.podSecurity.meets', { level }),
      fix: msg('explain.podSecurity.meetsFix', { level }),
      trace: describePodSecurity(v),
    };
  }
  const more = v.violations.length - 1;
  return {
    summary: msg('explain.podSecurity.fails', { level, check: first.check, reason: violationReason(first), path: first.paths[0] ?? 'spec', more }),
    // Upstream's details name what is forbidden (`hostNetwork=true`, `volume "h"`): each goes with its check's name.
    fix: msg('explain.podSecurity.fix', {
      level,
      details: v.violations.map((x) => msg('explain.podSecurity.reasonDetail', { reason: violationReason(x), detail: violationDetail(x) })),
    }),
    trace: describePodSecurity(v),
  };
}

/** Audit: the first matching rule decides; point at it, or at the rule list when none matches. */
export function explainAudit(goal: Extract<Goal, { kind: 'audit' }>, decision: AuditDecision, ctx: GoalContext): Explained {
  const policy = ctx.index.all().find((o) => o.kind === 'Policy');
  const found = policy
    ? (ctx.index.find(`Policy/${String(policy.metadata?.name ?? '')}`) ?? ctx.index.find(`Policy/default/${String(policy.metadata?.name ?? '')}`))
    : undefined;
  const want = goal.expect.level;
  const i = decision?.ruleIndex;
  // The right level and still failing: omitStages drops every event (the goal says so and points there).
  if (!found || decision?.level === want) return {};
  if (typeof i !== 'number') {
    return {
      source: ObjectIndex.fieldSource(found, 'rules'),
      fix: msg('explain.audit.noRule', { level: want }),
    };
  }
  return {
    source: ObjectIndex.fieldSource(found, `rules[${i}]`),
    fix: msg('explain.audit.firstRule', { number: i + 1, level: decision.level, want }),
  };
}

/** The field of the learner's EncryptionConfiguration that makes it invalid (the flag that names it is fine). */
function encryptionConfigSource(ctx: GoalContext) {
  const config = ctx.index.all().find((o) => o.kind === 'EncryptionConfiguration');
  const found = config && ctx.index.entry('EncryptionConfiguration', undefined, config.metadata?.name);
  const problem = config && encryptionConfigProblem(config as unknown as Record<string, unknown>);
  return found && problem ? ObjectIndex.fieldSource(found, problem.path) : undefined;
}

/** Control plane: point at the flag (or the field) the finding names. */
export function explainControlPlane(finding: ControlPlaneFinding | undefined, ctx: GoalContext): Explained {
  if (!finding || finding.objectIndex === undefined) return {};
  const inConfig = finding.id === 'apiserver-encryption-config-valid' ? encryptionConfigSource(ctx) : undefined;
  if (inConfig) return { source: inConfig };
  const object = ctx.objects[finding.objectIndex] as { kind?: string; metadata?: { namespace?: string; name?: string } } | undefined;
  if (!object?.kind) return {};
  const name = object.metadata?.name ?? '';
  const found = ctx.index.find(object.metadata?.namespace ? `${object.kind}/${object.metadata.namespace}/${name}` : `${object.kind}/${name}`);
  return found ? { source: ObjectIndex.fieldSource(found, finding.path) } : {};
}
