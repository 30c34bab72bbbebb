// The PodSecurity admission plugin (pod-security-admission admission/admission.go):
// pods are enforced, audited and warned; workloads only audited and warned (on every create and
// update: ValidatePodController has no "template unchanged" skip); namespaces'
// labels are validated and a stricter enforce level warns about existing pods.
import { evaluatePodSecurity, podSecurityWarning, POD_TEMPLATE_KINDS, type PodSecurityVerdict } from '../podsecurity';
import { labelsOf } from './attributes';
import type { AdmissionContext, Rejection } from './context';
import { namespacePodSecurityPolicy, stricter, type ModePolicy } from './podSecurityPolicy';
import { namespaceLabels } from './selectors';
import { isSignificantPodUpdate } from './podUpdate';
import type { AdmissionStep } from './types';

const IGNORED_POD_SUBRESOURCES = new Set(['exec', 'attach', 'binding', 'eviction', 'log', 'portforward', 'proxy', 'status']);

function push(ctx: AdmissionContext, outcome: AdmissionStep['outcome'], message: string, messageEs: string): void {
  ctx.steps.push({ phase: 'validating', by: 'PodSecurity', plugin: 'PodSecurity', outcome, message, messageEs });
}

function label(p: ModePolicy): string {
  return `${p.level}:${p.version}`;
}

function aggregateEs(verdict: PodSecurityVerdict): string {
  return verdict.violations.map((v) => {
    const reason = v.reasonEs ?? v.reason;
    const detail = v.detailEs ?? v.detail;
    return detail ? `${reason} (${detail})` : reason;
  }).join(', ');
}

/** Runs the PodSecurity plugin for this request; returns a rejection for enforce violations of pods. */
export function runPodSecurity(ctx: AdmissionContext): Rejection | null {
  const a = ctx.attrs;
  if (a.group === '' && a.resource === 'namespaces') return namespaceRequest(ctx);
  if (a.group === '' && a.resource === 'pods') return podRequest(ctx);
  const isWorkload = POD_TEMPLATE_KINDS.includes(a.kind) && a.subresource === '' && (a.operation === 'CREATE' || a.operation === 'UPDATE');
  if (isWorkload) return workloadRequest(ctx), null;
  push(ctx, 'skipped', `not evaluated: ${a.resource}${a.subresource ? '/' + a.subresource : ''} is neither a pod nor a workload with a pod template`, `no se evalúa: ${a.resource}${a.subresource ? '/' + a.subresource : ''} no es un pod ni un workload con plantilla de pod`);
  return null;
}

function podRequest(ctx: AdmissionContext): Rejection | null {
  const a = ctx.attrs;
  if (IGNORED_POD_SUBRESOURCES.has(a.subresource) || a.operation === 'DELETE' || a.operation === 'CONNECT') {
    push(ctx, 'skipped', `not evaluated: PodSecurity ignores ${a.operation} of pods${a.subresource ? '/' + a.subresource : ''}`, `no se evalúa: PodSecurity ignora ${a.operation} de pods${a.subresource ? '/' + a.subresource : ''}`);
    return null;
  }
  if (a.operation === 'UPDATE' && a.oldObject && !isSignificantPodUpdate(a.object, a.oldObject)) {
    push(ctx, 'skipped', 'not evaluated: the update changes no container, init container, ephemeral container, image or seccomp annotation', 'no se evalúa: la actualización no cambia contenedores, init containers, contenedores efímeros, imágenes ni anotaciones de seccomp');
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
  const run = (p: ModePolicy): PodSecurityVerdict => evaluatePodSecurity(a.object, p.level, p.version, { clusterVersion });
  const audit = run(policy.audit);
  if (!audit.allowed) ctx.auditAnnotations['pod-security.kubernetes.io/audit-violations'] = podSecurityWarning(audit, policy.audit.level, policy.audit.version, 'audit');
  if (enforceApplies) {
    ctx.auditAnnotations['pod-security.kubernetes.io/enforce-policy'] = label(policy.enforce);
    const enforce = run(policy.enforce);
    if (!enforce.allowed) {
      const message = `pods "${a.name}" is forbidden: ${podSecurityWarning(enforce, policy.enforce.level, policy.enforce.version, 'enforce')}`;
      const messageEs = `pods "${a.name}" está prohibido: viola PodSecurity "${label(policy.enforce)}": ${aggregateEs(enforce)}`;
      push(ctx, 'denied', message, messageEs);
      return { message, messageEs, code: 403, reason: 'Forbidden' };
    }
  }
  const warn = run(policy.warn);
  if (!warn.allowed) ctx.warnings.push(podSecurityWarning(warn, policy.warn.level, policy.warn.version, 'warn'));
  const what = enforceApplies ? `allowed at enforce "${label(policy.enforce)}"` : 'workloads are only audited and warned, never enforced (their pods are)';
  const whatEs = enforceApplies ? `permitido con enforce "${label(policy.enforce)}"` : 'a los workloads solo se les audita y advierte, no se les aplica enforce (a sus pods sí)';
  const notes = [!warn.allowed ? `warning at "${label(policy.warn)}"` : '', !audit.allowed ? `audit annotation at "${label(policy.audit)}"` : ''].filter(Boolean);
  const notesEs = [!warn.allowed ? `advertencia con "${label(policy.warn)}"` : '', !audit.allowed ? `anotación de auditoría con "${label(policy.audit)}"` : ''].filter(Boolean);
  push(ctx, notes.length ? 'warned' : 'allowed', what + (notes.length ? `; ${notes.join('; ')}` : ''), whatEs + (notesEs.length ? `; ${notesEs.join('; ')}` : ''));
  return null;
}

function namespaceRequest(ctx: AdmissionContext): Rejection | null {
  const a = ctx.attrs;
  if ((a.operation !== 'CREATE' && a.operation !== 'UPDATE') || a.subresource !== '') {
    push(ctx, 'skipped', 'not evaluated: only namespace creates and updates are checked', 'no se evalúa: solo se revisan altas y cambios de namespaces');
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
    push(ctx, 'denied', message, `Namespace "${a.name}" es inválido: ${list}`);
    return { message, messageEs: `Namespace "${a.name}" es inválido: ${list}`, code: 422, reason: 'Invalid', details: { group: '', kind: 'Namespace', name: a.name, causes } };
  }
  if (a.operation === 'UPDATE') existingPodsWarnings(ctx, policy.enforce, old.enforce);
  push(ctx, 'allowed', `namespace labels are valid (enforce "${label(policy.enforce)}")`, `las labels del namespace son válidas (enforce "${label(policy.enforce)}")`);
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
