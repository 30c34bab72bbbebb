// The ValidatingAdmissionPolicy plugin: policies × bindings × params
// (k8s.io/apiserver pkg/admission/plugin/policy/validating/dispatcher.go).
import { msg, verbatim, type Message, type MessageLike } from '../messages';
import { english } from '../messages/english';
import type { KubeObject } from '../types';
import { isRecord, qualifiedResource, str } from './attributes';
import { activationFor, REASON_CODES, type AdmissionContext, type Rejection } from './context';
import { evaluateMatchConditions } from './matchConditions';
import type { AdmissionStep } from './types';
import { evaluatePolicy, variablesOf } from './vapEvaluate';
import { criteriaMatch, policyExempt, resolveParams, validationActionsOf } from './vapMatching';

interface Binding {
  name: string;
  spec: Record<string, unknown>;
}

function nameOf(o: KubeObject): string {
  return str(o.metadata?.name);
}

function sortedByName(list: readonly KubeObject[] | undefined): KubeObject[] {
  return [...(list ?? [])].filter(isRecord).sort((x, y) => nameOf(x).localeCompare(nameOf(y)));
}

function push(ctx: AdmissionContext, by: string, outcome: AdmissionStep['outcome'], text: MessageLike, extra: Partial<AdmissionStep> = {}): void {
  ctx.steps.push({ phase: 'validating', by, plugin: 'ValidatingAdmissionPolicy', outcome, message: english(text), text, ...extra });
}

function rejectionOf(text: Message, code: number, reason: string): Rejection {
  return { message: english(text), text, code, reason };
}

function forbiddenPrefix(ctx: AdmissionContext): string {
  return `${qualifiedResource(ctx.attrs)} "${ctx.attrs.name}" is forbidden: `;
}

/** Runs every policy with its bindings; returns the first Deny. */
export function runValidatingPolicies(ctx: AdmissionContext): Rejection | null {
  const policies = sortedByName(ctx.cluster.byKind?.get?.('ValidatingAdmissionPolicy'));
  if (policies.length === 0) return null;
  if (policyExempt(ctx.attrs)) {
    push(ctx, 'ValidatingAdmissionPolicy', 'exempt', msg('admission.vap.exempt', { resource: ctx.attrs.resource }));
    return null;
  }
  const bindings = sortedByName(ctx.cluster.byKind?.get?.('ValidatingAdmissionPolicyBinding'));
  for (const policy of policies) {
    const rejection = runPolicy(ctx, policy, bindings);
    if (rejection) return rejection;
  }
  return null;
}

function runPolicy(ctx: AdmissionContext, policy: KubeObject, allBindings: KubeObject[]): Rejection | null {
  const name = nameOf(policy);
  const spec = isRecord(policy.spec) ? policy.spec : {};
  const by = `ValidatingAdmissionPolicy/${name}`;
  const ignore = spec.failurePolicy === 'Ignore';
  const invalid = invalidPolicy(spec);
  if (invalid) {
    push(ctx, by, 'skipped', msg('admission.vap.invalidPolicy', { invalid }), { source: { kind: 'ValidatingAdmissionPolicy', name } });
    return null;
  }
  const match = criteriaMatch(spec.matchConstraints, ctx);
  if (!match.matched) {
    if ('error' in match) return policyConfigError(ctx, name, by, match.error, ignore);
    push(ctx, by, 'not-matched', msg('admission.vap.notMatched', { field: 'matchConstraints', why: match.text }), {
      failedCriterion: match.criterion,
      source: { kind: 'ValidatingAdmissionPolicy', name },
    });
    return null;
  }
  const bindings: Binding[] = allBindings
    .filter((b) => isRecord(b.spec) && b.spec.policyName === name)
    .map((b) => ({ name: nameOf(b), spec: b.spec as Record<string, unknown> }));
  if (bindings.length === 0) {
    push(ctx, by, 'skipped', msg('admission.vap.noBinding', {}), { source: { kind: 'ValidatingAdmissionPolicy', name } });
    return null;
  }
  for (const binding of bindings) {
    const rejection = runBinding(ctx, name, spec, binding, ignore);
    if (rejection) return rejection;
  }
  return null;
}

/** What the API server's validation of a ValidatingAdmissionPolicy would refuse (such a policy cannot exist). */
function invalidPolicy(spec: Record<string, unknown>): string | null {
  const mc = isRecord(spec.matchConstraints) ? spec.matchConstraints : null;
  if (!mc || !Array.isArray(mc.resourceRules) || mc.resourceRules.length === 0) return 'spec.matchConstraints.resourceRules: Required value';
  const none = (v: unknown): boolean => !Array.isArray(v) || v.length === 0;
  if (none(spec.validations) && none(spec.auditAnnotations)) return 'spec: Required value: at least one of validations or auditAnnotations is required';
  return null;
}

function policyConfigError(ctx: AdmissionContext, policy: string, by: string, error: string, ignore: boolean): Rejection | null {
  if (ignore) {
    push(ctx, by, 'error-ignored', msg('admission.vap.policyConfigIgnored', { policy, error }));
    return null;
  }
  const rejection = rejectionOf(msg('admission.vap.policyConfigDenied', { prefix: forbiddenPrefix(ctx), policy, error }), 422, 'Invalid');
  push(ctx, by, 'denied', rejection.text);
  return rejection;
}

function runBinding(ctx: AdmissionContext, policy: string, spec: Record<string, unknown>, binding: Binding, ignore: boolean): Rejection | null {
  const by = `ValidatingAdmissionPolicy/${policy} binding ${binding.name}`;
  const source = { kind: 'ValidatingAdmissionPolicyBinding', name: binding.name, binding: binding.name };
  const actions = validationActionsOf(binding.spec);
  if (!actions.ok) {
    push(ctx, by, 'skipped', msg('admission.vap.invalidBinding', { invalid: actions.message }), { source });
    return null;
  }
  const match = criteriaMatch(binding.spec.matchResources, ctx);
  if (!match.matched && !('error' in match)) {
    push(ctx, by, 'not-matched', msg('admission.vap.notMatched', { field: 'matchResources', why: match.text }), { failedCriterion: match.criterion, source });
    return null;
  }
  const params = 'error' in match ? { kind: 'error' as const, text: verbatim(match.error) } : resolveParams(spec, binding.spec, ctx);
  if (params.kind === 'error') return bindingConfigError(ctx, policy, binding.name, by, params.text, ignore);
  if (params.kind === 'allow-missing') {
    push(ctx, by, 'allowed', msg('admission.vap.paramAllowMissing', {}), { source });
    return null;
  }
  for (const param of params.params) {
    const rejection = runParam(ctx, policy, spec, binding, param, actions.actions, ignore);
    if (rejection) return rejection;
  }
  return null;
}

function bindingConfigError(ctx: AdmissionContext, policy: string, binding: string, by: string, error: Message, ignore: boolean): Rejection | null {
  if (ignore) {
    push(ctx, by, 'error-ignored', msg('admission.vap.bindingConfigIgnored', { error }));
    return null;
  }
  const rejection = rejectionOf(msg('admission.vap.bindingConfig', { prefix: forbiddenPrefix(ctx), policy, binding, error }), 422, 'Invalid');
  push(ctx, by, 'denied', msg('admission.vap.bindingConfigDenied', { rejection: rejection.text }));
  return rejection;
}

function runParam(
  ctx: AdmissionContext,
  policy: string,
  spec: Record<string, unknown>,
  binding: Binding,
  param: { name: string; object: unknown },
  actions: Set<string>,
  ignore: boolean,
): Rejection | null {
  const by = `ValidatingAdmissionPolicy/${policy} binding ${binding.name}`;
  const source = { kind: 'ValidatingAdmissionPolicyBinding', name: binding.name, binding: binding.name, ...(param.name ? { param: param.name } : {}) };
  const withParam = param.name ? ` (param ${param.name})` : '';
  let activation: ReturnType<typeof activationFor> | null = null;
  const act = () => (activation ??= activationFor(ctx, param.object, variablesOf(spec)));
  const conditions = evaluateMatchConditions(spec.matchConditions, act, ctx.attrs.serverMinor);
  if (conditions.outcome === 'no-match') {
    push(ctx, by, 'not-matched', msg('admission.vap.conditionFalse', { name: conditions.name, withParam }), { failedCriterion: 'matchConditions', source });
    return null;
  }
  if (conditions.outcome === 'error') return bindingConfigError(ctx, policy, binding.name, by, conditions.text, ignore);
  const result = ctx.outage ? outageEvaluation(spec, ignore) : evaluatePolicy(spec, act(), ignore, ctx.attrs.serverMinor);
  for (const [key, value] of Object.entries(result.annotations)) ctx.auditAnnotations[`${policy}/${key}`] = value;
  if (result.fatal) return bindingConfigError(ctx, policy, binding.name, by, result.fatal.text, false);
  return applyActions(ctx, policy, binding.name, by, source, withParam, result, actions);
}

/**
 * An outage: every validation errors (as when the runtime cost budget is exceeded). failurePolicy
 * decides: Fail turns each error into a violation the binding's validationActions act on, Ignore
 * skips it (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#failure-policy;
 * k8s.io/apiserver pkg/admission/plugin/policy/validating/validator.go).
 */
function outageEvaluation(spec: Record<string, unknown>, ignore: boolean): ReturnType<typeof evaluatePolicy> {
  const count = Array.isArray(spec.validations) ? spec.validations.length : 0;
  const message = 'validation failed due to running out of cost budget, no further validation rules will be run';
  const text = msg('admission.vap.outageBudget', {});
  const violations = count === 0 || ignore ? [] : [{ message, text, reason: 'Invalid', expressionIndex: 0, error: true }];
  return { violations, annotations: {}, fatal: null, ignoredErrors: count > 0 && ignore ? [message] : [] };
}

function applyActions(
  ctx: AdmissionContext,
  policy: string,
  binding: string,
  by: string,
  source: AdmissionStep['source'],
  withParam: string,
  result: ReturnType<typeof evaluatePolicy>,
  actions: Set<string>,
): Rejection | null {
  const ignored = result.ignoredErrors.length ? result.ignoredErrors.join('; ') : undefined;
  if (result.violations.length === 0) {
    push(ctx, by, result.ignoredErrors.length ? 'error-ignored' : 'allowed', msg('admission.vap.passed', { withParam, ignored }), { source });
    return null;
  }
  if (actions.has('Audit')) {
    const list = result.violations.map((v) => ({ message: v.message, policy, binding, expressionIndex: v.expressionIndex, validationActions: [...actions] }));
    const key = 'validation.policy.admission.k8s.io/validation_failure';
    const previous = ctx.auditAnnotations[key] ? (JSON.parse(ctx.auditAnnotations[key]) as unknown[]) : [];
    ctx.auditAnnotations[key] = JSON.stringify([...previous, ...list]);
  }
  if (actions.has('Warn')) {
    for (const v of result.violations) ctx.warnings.push(`Validation failed for ValidatingAdmissionPolicy '${policy}' with binding '${binding}': ${v.message}`);
  }
  const first = result.violations[0];
  if (actions.has('Deny')) {
    const rejection = rejectionOf(
      msg('admission.vap.denied', { prefix: forbiddenPrefix(ctx), policy, binding, violation: first.text }),
      REASON_CODES[first.reason] ?? 422,
      first.reason,
    );
    push(ctx, by, 'denied', msg('admission.vap.withParam', { text: rejection.text, withParam }), {
      source: { ...source, kind: 'ValidatingAdmissionPolicyBinding', name: binding, index: first.expressionIndex } as AdmissionStep['source'],
    });
    return rejection;
  }
  const outcome = actions.has('Warn') ? 'warned' : 'audited';
  push(ctx, by, outcome, msg('admission.vap.notEnforced', { withParam, actions: [...actions].join(', '), violation: first.text }), { source });
  return null;
}
