import {
  admit, auditLevel, authorize, checkControlPlane, checkHardening, describeAdmission, describeAuditDecision,
  describeAuthorization, describeFinding, describePodSecurity, describeTraffic, evaluatePodSecurity, evaluateTraffic,
  type Cluster, type Lang, type LocalizedText,
} from '../sim';
import { accessRequestOf, goalIdentity } from './identity';
import { valueAtPath } from './valueAtPath';
import { leastPrivilegeVerdict } from './leastPrivilege';
import { evaluateNoAttackPath } from './attackPathGoal';
import { ObjectIndex } from './objectIndex';
import type { Goal, GoalResult, SourcePointer } from './types';
import { both, goalWords } from './words';

export interface GoalContext {
  cluster: Cluster;
  index: ObjectIndex;
  /** Objects of the editable files and the world, as parsed. */
  objects: unknown[];
  /** The read-only world file's name, so pointers prefer the learner's own files. */
  worldFile?: string;
}

type Evaluation = Pick<GoalResult, 'pass' | 'explanation' | 'fix' | 'source' | 'verdict'>;

function missingTarget(target: string): Evaluation {
  return { pass: false, explanation: both((l) => goalWords(l).missingTarget(target)) };
}

/** The ServiceAccount a pod (or the pods of a workload) runs as, as a user name. */
function podIdentity(target: string, ctx: GoalContext): string | undefined {
  const [ns, name] = target.split('/');
  const pod = ctx.cluster.pods.get(target) ?? [...ctx.cluster.pods.values()].find((p) => p.namespace === ns && p.owner?.split('/').pop() === name);
  return pod ? `system:serviceaccount:${pod.namespace}:${pod.serviceAccountName || 'default'}` : undefined;
}

function evaluateCan(goal: Extract<Goal, { kind: 'can' }>, ctx: GoalContext): Evaluation {
  const as = goal.can.asPod ? podIdentity(goal.can.asPod, ctx) : goal.can.as;
  if (as === undefined) return missingTarget(`Pod ${goal.can.asPod}`);
  const verdict = authorize(ctx.cluster, accessRequestOf({ ...goal.can, as }));
  const pass = verdict.allowed === (goal.expect === 'allow');
  const decided = verdict.decidedBy && 'binding' in verdict.decidedBy ? verdict.decidedBy.binding : undefined;
  const near = verdict.nearestMiss?.binding;
  const binding = decided ?? near;
  const source = binding ? ctx.index.source(binding.kind, binding.namespace, binding.name) : undefined;
  const fix = pass ? undefined : both((l) => goalWords(l).canFix(goal.expect, verdict, { ...goal.can, as }));
  return { pass, verdict, source, fix, explanation: both((l) => describeAuthorization(verdict, l)) };
}

function evaluateTrafficGoal(goal: Extract<Goal, { kind: 'traffic' }>, ctx: GoalContext): Evaluation {
  const verdict = evaluateTraffic(ctx.cluster, goal.traffic);
  const pass = verdict.allowed === (goal.expect === 'allow');
  const policies = [...verdict.ingress.allowedBy, ...verdict.egress.allowedBy].map((r) => r.policy);
  const deciding = policies[0] ?? (!verdict.ingress.allowed ? verdict.ingress.policies[0] : undefined) ?? (!verdict.egress.allowed ? verdict.egress.policies[0] : undefined);
  const source = deciding ? ctx.index.source('NetworkPolicy', deciding.split('/')[0], deciding.split('/')[1]) : undefined;
  return { pass, verdict, source, explanation: both((l) => describeTraffic(verdict, l)) };
}

function evaluatePodSecurityGoal(goal: Extract<Goal, { kind: 'podSecurity' }>, ctx: GoalContext): Evaluation {
  const found = ctx.index.find(goal.podSecurity.target);
  if (!found) return missingTarget(goal.podSecurity.target);
  const verdict = evaluatePodSecurity(found.object, goal.podSecurity.level, goal.podSecurity.version ?? 'latest');
  const pass = verdict.allowed === (goal.expect === 'pass');
  const source = ObjectIndex.fieldSource(found, verdict.violations[0]?.paths[0]);
  return { pass, verdict, source, explanation: both((l) => describePodSecurity(verdict, l)) };
}

function evaluateHardeningGoal(goal: Extract<Goal, { kind: 'hardening' }>, ctx: GoalContext): Evaluation {
  const found = ctx.index.find(goal.hardening.target);
  if (!found) return missingTarget(goal.hardening.target);
  const serviceAccounts = ctx.objects.filter((o) => (o as { kind?: unknown }).kind === 'ServiceAccount');
  const finding = checkHardening(found.object, { serviceAccounts }).find((f) => f.id === goal.hardening.finding);
  const pass = Boolean(finding) === (goal.expect === 'present');
  const explanation = finding
    ? both((l) => describeFinding(finding, l).message)
    : both((l) => goalWords(l).noFinding(goal.hardening.finding, goal.hardening.target));
  const fix = !pass && finding ? both((l) => describeFinding(finding, l).fix) : undefined;
  return { pass, verdict: finding, source: ObjectIndex.fieldSource(found, finding?.path), explanation, fix };
}

function findPolicy(ctx: GoalContext): { object: unknown; source?: SourcePointer } | undefined {
  const policy = ctx.objects.find((o) => (o as { kind?: unknown }).kind === 'Policy');
  if (!policy) return undefined;
  const name = (policy as { metadata?: { name?: string } }).metadata?.name;
  return { object: policy, source: ctx.index.source('Policy', undefined, name) };
}

function evaluateAuditGoal(goal: Extract<Goal, { kind: 'audit' }>, ctx: GoalContext): Evaluation {
  const policy = findPolicy(ctx);
  if (!policy) return { pass: false, explanation: both((l) => goalWords(l).noAuditPolicy) };
  const q = goal.audit.request;
  const request = accessRequestOf({ ...q, as: q.as ?? q.user ?? '' });
  const decision = auditLevel(policy.object, request);
  const pass = decision.level === goal.expect.level;
  return { pass, verdict: decision, source: policy.source, explanation: both((l) => describeAuditDecision(decision, policy.object, l)) };
}

function evaluateAdmissionGoal(goal: Extract<Goal, { kind: 'admission' }>, ctx: GoalContext): Evaluation {
  const found = ctx.index.find(goal.admission.object);
  if (!found) return missingTarget(goal.admission.object);
  const as = goal.admission.as ?? 'admin';
  const identity = goal.admission.as ? goalIdentity(as, goal.admission.groups) : { user: 'admin', groups: ['system:masters', 'system:authenticated'] };
  const verdict = admit(ctx.cluster, { operation: goal.admission.operation ?? 'CREATE', object: found.object, user: identity.user, groups: identity.groups });
  const outcome = !verdict.allowed ? 'deny' : verdict.warnings.length > 0 ? 'warn' : 'allow';
  const explanation = both((l) => describeAdmission(verdict, l));
  const check = goal.admission.check;
  if (check && outcome === goal.expect) {
    const actual = valueAtPath(verdict.object, check.path);
    if (JSON.stringify(actual) !== JSON.stringify(check.equals)) {
      return { pass: false, verdict, source: found.source, explanation: both((l) => `${goalWords(l).checkMismatch(check.path, check.equals, actual)} ${explanation[l]}`) };
    }
  }
  return { pass: outcome === goal.expect, verdict, source: found.source, explanation };
}

function evaluateControlPlaneGoal(goal: Extract<Goal, { kind: 'controlPlane' }>, ctx: GoalContext): Evaluation {
  const findings = checkControlPlane(ctx.objects);
  const finding = findings.find((f) => f.id === goal.controlPlane.check);
  const pass = (finding === undefined) === (goal.expect === 'pass');
  const explanation = finding
    ? both((l) => describeFinding(finding, l).message)
    : both((l) => goalWords(l).checkPasses(goal.controlPlane.check));
  const fix = !pass && finding ? both((l) => describeFinding(finding, l).fix) : undefined;
  return { pass, verdict: finding, explanation, fix };
}

/** Put one goal's question to the simulator and compare with the expected answer. */
export function evaluateGoal(goal: Goal, ctx: GoalContext): GoalResult {
  let evaluation: Evaluation;
  try {
    switch (goal.kind) {
      case 'can': evaluation = evaluateCan(goal, ctx); break;
      case 'traffic': evaluation = evaluateTrafficGoal(goal, ctx); break;
      case 'podSecurity': evaluation = evaluatePodSecurityGoal(goal, ctx); break;
      case 'hardening': evaluation = evaluateHardeningGoal(goal, ctx); break;
      case 'audit': evaluation = evaluateAuditGoal(goal, ctx); break;
      case 'admission': evaluation = evaluateAdmissionGoal(goal, ctx); break;
      case 'leastPrivilege': evaluation = leastPrivilegeVerdict(goal, ctx); break;
      case 'controlPlane': evaluation = evaluateControlPlaneGoal(goal, ctx); break;
      case 'noAttackPath': evaluation = evaluateNoAttackPath(goal, ctx); break;
    }
  } catch (error) {
    // The simulator never throws on input; if it ever does, the goal fails with the reason.
    const message = error instanceof Error ? error.message : String(error);
    evaluation = { pass: false, explanation: { en: `The check could not run: ${message}`, es: `No se pudo evaluar: ${message}` } };
  }
  return { id: goal.id, kind: goal.kind, text: goal.text, ...evaluation };
}

export type { Lang, LocalizedText };
