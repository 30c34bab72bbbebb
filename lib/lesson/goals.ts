import {
  admit,
  auditEvents,
  auditLevel,
  authorize,
  checkControlPlane,
  checkHardening,
  describeAdmission,
  describeAuditDecision,
  describeAuthorization,
  describeFinding,
  describePodSecurity,
  describeTraffic,
  evaluatePodSecurity,
  evaluateTraffic,
  type Cluster,
  type LocalizedText,
} from '../sim';
import { verbatim } from '../sim/messages';
import { msg } from './messages';
import type { Admission } from './admitted';
import { accessRequestOf, goalIdentity } from './identity';
import { podIdentityOf } from './podIdentity';
import { simEndpoint, targetRef } from './goalTarget';
import { valueAtPath } from './valueAtPath';
import { leastPrivilegeVerdict } from './leastPrivilege';
import { exclusiveFailure, otherGrantees } from './exclusiveGrant';
import { evaluateNoAttackPath } from './attackPathGoal';
import { ObjectIndex } from './objectIndex';
import { objectMemo, serialOf } from './objectMemo';
import type { Goal, GoalResult, SourcePointer } from './types';
import { canFix } from './words';
import { refineFailure, refinePass } from './explain';
import { checkMismatch } from './words';

export interface GoalContext {
  cluster: Cluster;
  index: ObjectIndex;
  /** Objects of the editable files and the world, as parsed. */
  objects: unknown[];
  /** The learner's editable file names (pointers prefer them). */
  editable?: string[];
  /** What the API server rejects among them, and why (absent: everything is admitted). */
  admission?: Admission;
  /** The read-only world file's name, so pointers prefer the learner's own files. */
  worldFile?: string;
}

type Evaluation = Pick<GoalResult, 'pass' | 'explanation' | 'fix' | 'source' | 'verdict' | 'trace' | 'links'>;

function missingTarget(target: string): Evaluation {
  return { pass: false, explanation: msg('goal.missingTarget', { target }), fix: msg('goal.missingTargetFix', { target }) };
}

/** A goal about a rejected object fails with the API server's reason. */
function rejectedTarget(target: string, ctx: GoalContext): Evaluation | undefined {
  const [kind, ...rest] = target.split('/');
  const [ns, name] = rest.length >= 2 ? [rest[0], rest.slice(1).join('/')] : [undefined, rest[0]];
  const why = ctx.admission?.reason(kind, ns, name);
  return why ? { pass: false, explanation: why, source: ctx.admission?.source(kind, ns, name) } : undefined;
}

/** RBAC objects the API server rejected, as a note for a failing RBAC goal. */
function withRbacRejections(evaluation: Evaluation, ctx: GoalContext): Evaluation {
  const notes = ctx.admission?.reasonsOf(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ServiceAccount']) ?? [];
  if (evaluation.pass || notes.length === 0) return evaluation;
  return { ...evaluation, explanation: msg('goal.withNotes', { parts: [evaluation.explanation, ...notes] }) };
}

function evaluateCan(goal: Extract<Goal, { kind: 'can' }>, ctx: GoalContext): Evaluation {
  const identity = goal.can.asPod ? podIdentityOf(goal.can.asPod, ctx) : { user: goal.can.as ?? '' };
  if ('why' in identity) return { pass: false, explanation: identity.why };
  const as = identity.user;
  const verdict = authorize(ctx.cluster, accessRequestOf({ ...goal.can, as }));
  const pass = verdict.allowed === (goal.expect === 'allow');
  const decided = verdict.decidedBy && 'binding' in verdict.decidedBy ? verdict.decidedBy.binding : undefined;
  const near = verdict.nearestMiss?.binding;
  const binding = decided ?? near;
  const source = binding ? ctx.index.source(binding.kind, binding.namespace, binding.name) : undefined;
  const fix = pass ? undefined : canFix(goal.expect, verdict, { ...goal.can, as });
  const others = pass && goal.can.exclusive ? otherGrantees(ctx.cluster, goal.can, as, ctx.index, ctx.editable ?? []) : [];
  if (others.length > 0) return { pass: false, verdict, ...exclusiveFailure(others, as) };
  return withRbacRejections({ pass, verdict, source, fix, explanation: describeAuthorization(verdict) }, ctx);
}

/** An endpoint whose pods the API server rejects cannot answer a traffic question. */
function rejectedEndpoint(goal: Extract<Goal, { kind: 'traffic' }>, ctx: GoalContext): Evaluation | undefined {
  for (const end of [goal.traffic.from, goal.traffic.to]) {
    const why = typeof end === 'string' ? ctx.admission?.podsReason(targetRef(end), ctx.objects as never) : undefined;
    if (why) return { pass: false, explanation: why };
  }
  return undefined;
}

function evaluateTrafficGoal(goal: Extract<Goal, { kind: 'traffic' }>, ctx: GoalContext): Evaluation {
  const rejected = rejectedEndpoint(goal, ctx);
  if (rejected) return rejected;
  const verdict = evaluateTraffic(ctx.cluster, { ...goal.traffic, from: simEndpoint(goal.traffic.from), to: simEndpoint(goal.traffic.to) });
  const pass = verdict.allowed === (goal.expect === 'allow');
  const policies = [...verdict.ingress.allowedBy, ...verdict.egress.allowedBy].map((r) => r.policy);
  const deciding =
    policies[0] ?? (!verdict.ingress.allowed ? verdict.ingress.policies[0] : undefined) ?? (!verdict.egress.allowed ? verdict.egress.policies[0] : undefined);
  const source = deciding ? ctx.index.source('NetworkPolicy', deciding.namespace, deciding.name) : undefined;
  return { pass, verdict, source, explanation: describeTraffic(verdict) };
}

function evaluatePodSecurityGoal(goal: Extract<Goal, { kind: 'podSecurity' }>, ctx: GoalContext): Evaluation {
  const rejected = rejectedTarget(goal.podSecurity.target, ctx);
  if (rejected) return rejected;
  const found = ctx.index.find(goal.podSecurity.target);
  if (!found) return missingTarget(goal.podSecurity.target);
  const verdict = evaluatePodSecurity(found.object, goal.podSecurity.level, goal.podSecurity.version ?? 'latest', {
    clusterVersion: ctx.cluster.serverVersion.gitVersion,
  });
  const pass = verdict.allowed === (goal.expect === 'pass');
  const source = ObjectIndex.fieldSource(found, verdict.violations[0]?.paths[0]);
  return { pass, verdict, source, explanation: describePodSecurity(verdict) };
}

function evaluateHardeningGoal(goal: Extract<Goal, { kind: 'hardening' }>, ctx: GoalContext): Evaluation {
  const rejected = rejectedTarget(goal.hardening.target, ctx);
  if (rejected) return rejected;
  const found = ctx.index.find(goal.hardening.target);
  if (!found) return missingTarget(goal.hardening.target);
  const serviceAccounts = ctx.objects.filter((o) => (o as { kind?: unknown }).kind === 'ServiceAccount');
  const accounts = serviceAccounts.map((o) => serialOf(o as object)).join(',');
  const findings = objectMemo(found.object, `hardening\u0000${accounts}`, () => checkHardening(found.object, { serviceAccounts }));
  const finding = findings.find((f) => f.id === goal.hardening.finding);
  const pass = Boolean(finding) === (goal.expect === 'present');
  const explanation = finding ? describeFinding(finding).message : msg('goal.noFinding', { finding: goal.hardening.finding, target: goal.hardening.target });
  const fix = !pass && finding ? describeFinding(finding).fix : undefined;
  return { pass, verdict: finding, source: ObjectIndex.fieldSource(found, finding?.path), explanation, fix };
}

type FoundPolicy = { object: unknown; source?: SourcePointer; entry?: ReturnType<ObjectIndex['entry']> };

function findPolicy(ctx: GoalContext): FoundPolicy | undefined {
  const policy = ctx.objects.find((o) => (o as { kind?: unknown }).kind === 'Policy');
  if (!policy) return undefined;
  const name = (policy as { metadata?: { name?: string } }).metadata?.name;
  if (ctx.admission?.reason('Policy', undefined, name)) return undefined;
  const entry = ctx.index.entry('Policy', undefined, name);
  return { object: policy, source: entry?.source, entry };
}

function evaluateAuditGoal(goal: Extract<Goal, { kind: 'audit' }>, ctx: GoalContext): Evaluation {
  const policy = findPolicy(ctx);
  if (!policy)
    return {
      pass: false,
      explanation: ctx.admission?.reasonsOf(['Policy'])[0] ?? msg('goal.noAuditPolicy', {}),
      fix: msg('goal.noAuditPolicyFix', {}),
    };
  const q = goal.audit.request;
  const who = q.asPod ? podIdentityOf(q.asPod, ctx) : { user: q.as ?? q.user ?? '' };
  if ('why' in who) return { pass: false, explanation: who.why };
  const request = accessRequestOf({ ...q, as: who.user });
  const version = { serverMinor: ctx.cluster.serverVersion.minor };
  // The policy object stays the same while its document is unchanged: its answers are kept with it.
  const { decision, explanation } = objectMemo(policy.object, `audit\u0000${JSON.stringify([request, version])}`, () => {
    const level = auditLevel(policy.object, request, version);
    return { decision: level, explanation: describeAuditDecision(level, policy.object, version) };
  });
  // A level is only recorded through events: when omitStages drops every stage this request goes
  // through, nothing reaches the log (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy;
  // staging/src/k8s.io/apiserver/pkg/endpoints/filters/audit.go writes one event per stage not omitted).
  if (decision.level !== 'None' && auditEvents(policy.object, request, version).length === 0) {
    const pass = goal.expect.level === 'None';
    const detail = msg('goal.auditEveryStageOmitted', { level: decision.level, stages: decision.omitStages });
    return {
      pass,
      verdict: decision,
      source: omitStagesSource(policy, decision.ruleIndex),
      explanation: msg('goal.withNotes', { parts: [detail, explanation] }),
      fix: msg('goal.auditEveryStageOmittedFix', {}),
    };
  }
  const pass = decision.level === goal.expect.level;
  return { pass, verdict: decision, source: policy.source, explanation };
}

/** The line of the `omitStages` that drops the events: the matching rule's, else the policy's. */
function omitStagesSource(policy: FoundPolicy, ruleIndex: number | null): SourcePointer | undefined {
  const found = policy.entry;
  if (!found) return policy.source;
  const rule = ruleIndex === null ? undefined : `rules[${ruleIndex}].omitStages`;
  return rule && found.sourceMap[rule] ? ObjectIndex.fieldSource(found, rule) : ObjectIndex.fieldSource(found, 'omitStages');
}

function evaluateAdmissionGoal(goal: Extract<Goal, { kind: 'admission' }>, ctx: GoalContext): Evaluation {
  const rejected = rejectedTarget(goal.admission.object, ctx);
  if (rejected) return rejected;
  const found = ctx.index.find(goal.admission.object);
  if (!found) return missingTarget(goal.admission.object);
  const as = goal.admission.as ?? 'admin';
  const identity = goal.admission.as ? goalIdentity(as, goal.admission.groups) : { user: 'admin', groups: ['system:masters', 'system:authenticated'] };
  const verdict = admit(ctx.cluster, {
    operation: goal.admission.operation ?? 'CREATE',
    object: found.object,
    user: identity.user,
    groups: identity.groups,
    ...(goal.admission.outage ? { outage: true } : {}),
  });
  const outcome = !verdict.allowed ? 'deny' : verdict.warnings.length > 0 ? 'warn' : 'allow';
  const explanation = describeAdmission(verdict);
  const check = goal.admission.check;
  if (check && outcome === goal.expect) {
    const actual = valueAtPath(verdict.object, check.path);
    if (JSON.stringify(actual) !== JSON.stringify(check.equals)) {
      return {
        pass: false,
        verdict,
        source: found.source,
        explanation: msg('goal.withNotes', { parts: [checkMismatch(check.path, check.equals, actual), explanation] }),
      };
    }
  }
  return { pass: outcome === goal.expect, verdict, source: found.source, explanation };
}

function evaluateControlPlaneGoal(goal: Extract<Goal, { kind: 'controlPlane' }>, ctx: GoalContext): Evaluation {
  const findings = checkControlPlane(ctx.objects);
  const finding = findings.find((f) => f.id === goal.controlPlane.check);
  const pass = (finding === undefined) === (goal.expect === 'pass');
  const explanation = finding ? (finding.text ?? verbatim(finding.message)) : msg('goal.checkPasses', { check: goal.controlPlane.check });
  const fix = !pass && finding ? (finding.fixText ?? verbatim(finding.fix)) : undefined;
  return { pass, verdict: finding, explanation, fix };
}

/** Put one goal's question to the simulator and compare with the expected answer. */
export function evaluateGoal(goal: Goal, ctx: GoalContext): GoalResult {
  let evaluation: Evaluation;
  try {
    switch (goal.kind) {
      case 'can':
        evaluation = evaluateCan(goal, ctx);
        break;
      case 'traffic':
        evaluation = evaluateTrafficGoal(goal, ctx);
        break;
      case 'podSecurity':
        evaluation = evaluatePodSecurityGoal(goal, ctx);
        break;
      case 'hardening':
        evaluation = evaluateHardeningGoal(goal, ctx);
        break;
      case 'audit':
        evaluation = evaluateAuditGoal(goal, ctx);
        break;
      case 'admission':
        evaluation = evaluateAdmissionGoal(goal, ctx);
        break;
      case 'leastPrivilege':
        evaluation = withRbacRejections(leastPrivilegeVerdict(goal, ctx), ctx);
        break;
      case 'controlPlane':
        evaluation = evaluateControlPlaneGoal(goal, ctx);
        break;
      case 'noAttackPath':
        evaluation = evaluateNoAttackPath(goal, ctx);
        break;
    }
  } catch (error) {
    // The simulator never throws on input; if it ever does, the goal fails with the reason.
    const message = error instanceof Error ? error.message : String(error);
    evaluation = { pass: false, explanation: msg('goal.couldNotRun', { message }) };
  }
  evaluation = evaluation.pass ? refinePass(goal, evaluation) : refineFailure(goal, evaluation, ctx);
  return { id: goal.id, kind: goal.kind, text: goal.text, ...evaluation };
}

export type { LocalizedText };
