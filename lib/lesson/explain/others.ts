// Pod Security, audit and control-plane goals: what to change and where.
import { render } from '../../i18n/messages';
import { violationDetail, violationReason } from '../words';
import { describePodSecurity, type AuditDecision, type ControlPlaneFinding, type PodSecurityVerdict } from '../../sim';
import type { GoalContext } from '../goals';
import { ObjectIndex } from '../objectIndex';
import type { Goal } from '../types';
import { both } from '../words';
import type { Explained } from './types';

/** Pod Security: one sentence (check, field, value), every violation as the fix, the full list as trace. */
export function explainPodSecurity(goal: Extract<Goal, { kind: 'podSecurity' }>, v: PodSecurityVerdict): Explained {
  const level = goal.podSecurity.level;
  const first = v.violations?.[0];
  if (goal.expect === 'fail' || !first) {
    return {
      summary: both((l) =>
        l === 'es' ? `Cumple el nivel ${level}, y el objetivo espera que no lo cumpla.` : `It meets ${level}, and the goal expects it not to.`,
      ),
      fix: both((l) =>
        l === 'es'
          ? `Este objetivo pide un pod que no cumpla ${level}: no le agregues las protecciones que ese nivel exige.`
          : `This goal wants a pod that breaks ${level}: do not add the protections that level requires.`,
      ),
      trace: both((l) => render(l, describePodSecurity(v))),
    };
  }
  const more = v.violations.length - 1;
  return {
    summary: both((l) => {
      const es = l === 'es';
      const tail = more > 0 ? (es ? ` (y ${more} control(es) más)` : ` (and ${more} more check(s))`) : '';
      return es
        ? `No cumple ${level}: control \`${first.check}\`, ${violationReason(first, l)}, en \`${first.paths[0] ?? 'spec'}\`${tail}.`
        : `Fails ${level}: check \`${first.check}\`, ${first.reason}, at \`${first.paths[0] ?? 'spec'}\`${tail}.`;
    }),
    fix: both((l) => {
      const details = v.violations.map((x) => violationDetail(x, l)).filter(Boolean);
      return l === 'es' ? `Para cumplir ${level}: ${details.join('; ')}.` : `To meet ${level}: ${details.join('; ')}.`;
    }),
    trace: both((l) => render(l, describePodSecurity(v))),
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
  if (!found) return {};
  if (typeof i !== 'number') {
    return {
      source: ObjectIndex.fieldSource(found, 'rules'),
      fix: both((l) =>
        l === 'es'
          ? `Ninguna regla coincide con esta solicitud (o la política es inválida): agregá una regla con \`level: ${want}\` que coincida (verbo, recurso, usuario o grupo), o corregí los errores de la lista de problemas.`
          : `No rule matches this request (or the policy is invalid): add a rule with \`level: ${want}\` that matches it (verb, resource, user or group), or fix the errors in the Problems list.`,
      ),
    };
  }
  return {
    source: ObjectIndex.fieldSource(found, `rules[${i}]`),
    fix: both((l) =>
      l === 'es'
        ? `La regla ${i + 1} es la primera que coincide y pone \`${decision.level}\`; hace falta \`${want}\`. Gana la primera regla que coincide: poné arriba de la regla ${i + 1} una regla con \`level: ${want}\` para esta solicitud, o acotá la regla ${i + 1} para que no la tome.`
        : `Rule ${i + 1} is the first that matches and sets \`${decision.level}\`; the goal needs \`${want}\`. The first matching rule wins: put a rule with \`level: ${want}\` for this request above rule ${i + 1}, or narrow rule ${i + 1} so it does not catch it.`,
    ),
  };
}

/** Control plane: point at the flag (or the field) the finding names. */
export function explainControlPlane(finding: ControlPlaneFinding | undefined, ctx: GoalContext): Explained {
  if (!finding || finding.objectIndex === undefined) return {};
  const object = ctx.objects[finding.objectIndex] as { kind?: string; metadata?: { namespace?: string; name?: string } } | undefined;
  if (!object?.kind) return {};
  const name = object.metadata?.name ?? '';
  const found = ctx.index.find(object.metadata?.namespace ? `${object.kind}/${object.metadata.namespace}/${name}` : `${object.kind}/${name}`);
  return found ? { source: ObjectIndex.fieldSource(found, finding.path) } : {};
}
