// Every failing goal explains what to change and points at it (issue 14). evaluateGoal calls
// refineFailure once per failing goal; each kind has its own explainer in this folder.
import type {
  AuthorizationVerdict,
  AdmissionVerdict,
  AuditDecision,
  ControlPlaneFinding,
  NetpolTrafficVerdict,
  PermissionList,
  PodSecurityVerdict,
} from '../../sim';
import type { GoalContext } from '../goals';
import type { Goal, GoalResult } from '../types';
import { explainAdmission } from './admission';
import { explainCan, podSaPointer } from './can';
import { explainLeastPrivilege } from './leastPrivilege';
import { explainAudit, explainControlPlane, explainPodSecurity } from './others';
import { firstEditableFile, isEditable } from './pointer';
import { explainTraffic } from './traffic';
import { valueAtPath } from '../valueAtPath';
import { checkMismatch } from '../words';
import { msg } from '../messages';
import type { Explained } from './types';

type Evaluation = Pick<GoalResult, 'pass' | 'explanation' | 'fix' | 'source' | 'verdict' | 'trace' | 'links'>;

function explainerFor(goal: Goal, e: Evaluation, ctx: GoalContext): Explained {
  const v = e.verdict;
  if (v === undefined || v === null) return {};
  switch (goal.kind) {
    case 'can':
      return explainCan(goal, v as AuthorizationVerdict, ctx);
    case 'traffic':
      return explainTraffic(goal.expect === 'allow', v as NetpolTrafficVerdict, ctx);
    case 'podSecurity':
      return explainPodSecurity(goal, v as PodSecurityVerdict);
    case 'audit':
      return explainAudit(goal, v as AuditDecision, ctx);
    case 'leastPrivilege': {
      const x = explainLeastPrivilege(v as PermissionList, goal.leastPrivilege.allowed, ctx);
      const asPod = goal.leastPrivilege.asPod;
      if (!asPod || isEditable(ctx, x.source) || !x.summary) return x;
      // The role and binding are given: what the learner controls is which account the pods run as.
      const { pointer, sa } = podSaPointer(ctx, asPod);
      if (!isEditable(ctx, pointer)) return x;
      return {
        ...x,
        source: pointer,
        fix: msg('explain.leastPrivilege.podAccount', { pods: asPod, account: sa }),
      };
    }
    case 'controlPlane':
      return explainControlPlane(v as ControlPlaneFinding, ctx);
    case 'admission': {
      const found = ctx.index.find(goal.admission.object);
      if (!found) return {};
      const verdict = v as AdmissionVerdict;
      const check = goal.admission.check;
      const actual = check && verdict.allowed ? valueAtPath(verdict.object, check.path) : undefined;
      const mismatch =
        check && verdict.allowed && JSON.stringify(actual) !== JSON.stringify(check.equals) ? checkMismatch(check.path, check.equals, actual) : undefined;
      return explainAdmission(ctx, { expect: goal.expect, verdict, object: found.object as Record<string, unknown>, objectSource: found.source, mismatch });
    }
    default:
      return {};
  }
}

/** The kind of object a goal's missing piece would be (to pick the file it belongs in). */
function kindFor(goal: Goal): string {
  switch (goal.kind) {
    case 'can':
    case 'leastPrivilege':
      return 'RoleBinding';
    case 'traffic':
      return 'NetworkPolicy';
    case 'audit':
      return 'Policy';
    case 'podSecurity':
      return goal.podSecurity.target.split('/')[0];
    case 'hardening':
      return goal.hardening.target.split('/')[0];
    case 'admission':
      return goal.admission.object.split('/')[0];
    case 'controlPlane':
      return 'Pod';
    case 'noAttackPath':
      return 'RoleBinding';
  }
}

/** Adds the fix, the pointer (into an editable file when the cause is there) and the trace. */
export function refineFailure(goal: Goal, e: Evaluation, ctx: GoalContext): Evaluation {
  const x = explainerFor(goal, e, ctx);
  const explanation = x.summary ?? (x.detail ? msg('common.lines', { lines: [e.explanation, x.detail] }) : e.explanation);
  const trace = x.trace ?? (x.summary ? e.explanation : e.trace);
  const keepOld = e.source !== undefined && (isEditable(ctx, e.source) || !isEditable(ctx, x.source));
  return {
    ...e,
    explanation,
    ...(trace ? { trace } : {}),
    fix: x.fix ?? e.fix ?? msg('goal.rejectedFix', {}),
    // Nothing to point at (a missing object): the learner's file, where it should be written.
    source: (keepOld && !isEditable(ctx, x.source) ? e.source : (x.source ?? e.source)) ?? firstEditableFile(ctx, kindFor(goal)),
    ...(x.links?.length ? { links: x.links } : {}),
  };
}

/** A passing admission goal: the outcome line, with the trace one click away (no wall of steps). */
export function refinePass(goal: Goal, e: Evaluation): Evaluation {
  if (goal.kind !== 'admission' || !isMultiLine(e.explanation)) return e;
  return { ...e, explanation: msg('explain.firstLine', { text: e.explanation }), trace: e.explanation };
}

/** Lines of a message (`common.lines`): the admission trace is one line per step. */
function isMultiLine(message: Evaluation['explanation']): boolean {
  const lines = message.code === 'common.lines' ? message.params.lines : undefined;
  return Array.isArray(lines) && lines.length > 1;
}
