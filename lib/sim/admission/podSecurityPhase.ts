// The PodSecurity admission plugin (pod-security-admission admission/admission.go):
// pods are enforced, audited and warned; workloads only audited and warned (on every create and
// update: ValidatePodController has no "template unchanged" skip); namespaces'
// labels are validated and a stricter enforce level warns about existing pods.
import { msg, type Message } from '../messages';
import { english } from '../messages/english';
import { evaluatePodSecurity, podSecurityWarning, POD_TEMPLATE_KINDS, type PodSecurityVerdict } from '../podsecurity';
import { podSecurityOf } from '../podsecurity/evaluatePodSecurity';
import { labelsOf } from './attributes';
import type { AdmissionContext, Rejection } from './context';
import { namespacePodSecurityPolicy, stricter, type ModePolicy } from './podSecurityPolicy';
import { namespaceLabels } from './selectors';
import { isSignificantPodUpdate } from './podUpdate';
import type { AdmissionStep } from './types';

const IGNORED_POD_SUBRESOURCES = new Set(['exec', 'attach', 'binding', 'eviction', 'log', 'portforward', 'proxy', 'status']);

/** A step: English as the API server words it (`message`), and the message for the learner. */
function push(ctx: AdmissionContext, outcome: AdmissionStep['outcome'], text: Message): void {
  ctx.steps.push({ phase: 'validating', by: 'PodSecurity', plugin: 'PodSecurity', outcome, message: english(text), text });
}

function label(p: ModePolicy): string {
  return `${p.level}:${p.version}`;
}

function violationsOf(verdict: PodSecurityVerdict): Message[] {
  return verdict.violations.map((v) =>
    msg('admission.psa.violation', {
      reason: v.reasonText ?? v.reason,
      detail: v.detailText ?? (v.detail || undefined),
    }),
  );
}

/** Runs the PodSecurity plugin for this request; returns a rejection for enforce violations of pods. */
export function runPodSecurity(ctx: AdmissionContext): Rejection | null {
  const a = ctx.attrs;
  if (a.group === '' && a.resource === 'namespaces') return namespaceRequest(ctx);
  if (a.group === '' && a.resource === 'pods') return podRequest(ctx);
  const isWorkload = POD_TEMPLATE_KINDS.includes(a.kind) && a.subresource === '' && (a.operation === 'CREATE' || a.operation === 'UPDATE');
  if (isWorkload) return (workloadRequest(ctx), null);
  push(ctx, 'skipped', msg('admission.psa.notPod', { what: `${a.resource}${a.subresource ? '/' + a.subresource : ''}` }));
  return null;
}

function podRequest(ctx: AdmissionContext): Rejection | null {
  const a = ctx.attrs;
  if (IGNORED_POD_SUBRESOURCES.has(a.subresource) || a.operation === 'DELETE' || a.operation === 'CONNECT') {
    push(ctx, 'skipped', msg('admission.psa.ignored', { operation: a.operation, what: `pods${a.subresource ? '/' + a.subresource : ''}` }));
    return null;
  }
  if (a.operation === 'UPDATE' && a.oldObject && !isSignificantPodUpdate(a.object, a.oldObject)) {
    push(ctx, 'skipped', msg('admission.psa.noChange', {}));
    return null;
  }
  return evaluateModes(ctx, true);
}

/**
 * Workloads (ValidatePodController): every create and update is evaluated, whether the template
 * changed or not; only pods have the "significant change" skip. Never enforced.
 */
function workloadRequest(ctx: AdmissionContext): void {
  evaluateModes(ctx, false);
}

function evaluateModes(ctx: AdmissionContext, enforceApplies: boolean): Rejection | null {
  const a = ctx.attrs;
  const policy = namespacePodSecurityPolicy(namespaceLabels(ctx.cluster, a.namespace));
  const clusterVersion = ctx.cluster.serverVersion?.gitVersion;
  const evaluate = podSecurityOf(a.object);
  const run = (p: ModePolicy): PodSecurityVerdict => evaluate(p.level, p.version, { clusterVersion });
  const audit = run(policy.audit);
  if (!audit.allowed)
    ctx.auditAnnotations['pod-security.kubernetes.io/audit-violations'] = podSecurityWarning(audit, policy.audit.level, policy.audit.version, 'audit');
  if (enforceApplies) {
    ctx.auditAnnotations['pod-security.kubernetes.io/enforce-policy'] = label(policy.enforce);
    const enforce = run(policy.enforce);
    if (!enforce.allowed) {
      const message = `pods "${a.name}" is forbidden: ${podSecurityWarning(enforce, policy.enforce.level, policy.enforce.version, 'enforce')}`;
      const text = msg('admission.psa.forbidden', { upstream: message, name: a.name, label: label(policy.enforce), violations: violationsOf(enforce) });
      ctx.steps.push({ phase: 'validating', by: 'PodSecurity', plugin: 'PodSecurity', outcome: 'denied', message, text });
      return { message, text, code: 403, reason: 'Forbidden' };
    }
  }
  const warn = run(policy.warn);
  if (!warn.allowed) ctx.warnings.push(podSecurityWarning(warn, policy.warn.level, policy.warn.version, 'warn'));
  const notes = [
    ...(warn.allowed ? [] : [msg('admission.psa.warnedAt', { label: label(policy.warn) })]),
    ...(audit.allowed ? [] : [msg('admission.psa.auditedAt', { label: label(policy.audit) })]),
  ];
  const what = enforceApplies ? msg('admission.psa.allowedAt', { label: label(policy.enforce) }) : msg('admission.psa.workload', {});
  push(ctx, notes.length ? 'warned' : 'allowed', msg('common.clauses', { parts: [what, ...notes] }));
  return null;
}

function namespaceRequest(ctx: AdmissionContext): Rejection | null {
  const a = ctx.attrs;
  if ((a.operation !== 'CREATE' && a.operation !== 'UPDATE') || a.subresource !== '') {
    push(ctx, 'skipped', msg('admission.psa.namespaceOnly', {}));
    return null;
  }
  const labels = labelsOf(a.object);
  const policy = namespacePodSecurityPolicy(labels);
  const old = namespacePodSecurityPolicy(labelsOf(a.oldObject));
  const changed = (l: string): boolean => labels[l] !== labelsOf(a.oldObject)[l];
  const errors = policy.errors.filter((e) => a.operation === 'CREATE' || changed(e.label));
  if (errors.length > 0) {
    // PodSecurity's invalidResponse: apierrors.NewInvalid(Namespace, name, field errors)
    // (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/admission/admission.go).
    const causes = errors.map((e) => ({ field: `metadata.labels[${e.label}]`, message: `Invalid value: ${JSON.stringify(e.value)}: ${e.message}` }));
    const texts = causes.map((c) => `${c.field}: ${c.message}`);
    const list = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
    const message = `Namespace "${a.name}" is invalid: ${list}`;
    const text = msg('admission.psa.namespaceInvalid', { name: a.name, list });
    ctx.steps.push({ phase: 'validating', by: 'PodSecurity', plugin: 'PodSecurity', outcome: 'denied', message, text });
    return { message, text, code: 422, reason: 'Invalid', details: { group: '', kind: 'Namespace', name: a.name, causes } };
  }
  if (a.operation === 'UPDATE') existingPodsWarnings(ctx, policy.enforce, old.enforce);
  push(ctx, 'allowed', msg('admission.psa.namespaceValid', { label: label(policy.enforce) }));
  return null;
}

/** A stricter (or re-versioned) enforce level on a namespace warns about the pods already in it; it never blocks. */
function existingPodsWarnings(ctx: AdmissionContext, next: ModePolicy, prev: ModePolicy): void {
  if (label(next) === label(prev) || next.level === 'privileged') return;
  if (next.version === prev.version && !stricter(next.level, prev.level)) return;
  const lines: string[] = [];
  for (const pod of ctx.cluster.pods?.values?.() ?? []) {
    if (pod.namespace !== ctx.attrs.name) continue;
    const verdict = evaluatePodSecurity(pod.object, next.level, next.version, { clusterVersion: ctx.cluster.serverVersion?.gitVersion });
    if (!verdict.allowed) lines.push(`${pod.name}: ${verdict.violations.map((v) => v.reason).join(', ')}`);
  }
  if (lines.length === 0) return;
  ctx.warnings.push(`existing pods in namespace "${ctx.attrs.name}" violate the new PodSecurity enforce level "${label(next)}"`, ...lines);
}
