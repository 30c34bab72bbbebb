// The ValidatingAdmissionPolicy plugin: policies × bindings × params
// (k8s.io/apiserver pkg/admission/plugin/policy/validating/dispatcher.go).
import type { KubeObject } from '../types';
import { isRecord, qualifiedResource, str } from './attributes';
import { activationFor, REASON_CODES, type AdmissionContext, type Rejection } from './context';
import { evaluateMatchConditions } from './matchConditions';
import type { AdmissionStep } from './types';
import { evaluatePolicy, variablesOf } from './vapEvaluate';
import { criteriaMatch, policyExempt, resolveParams, validationActionsOf } from './vapMatching';

interface Binding { name: string; spec: Record<string, unknown> }

function nameOf(o: KubeObject): string {
  return str(o.metadata?.name);
}

function sortedByName(list: readonly KubeObject[] | undefined): KubeObject[] {
  return [...(list ?? [])].filter(isRecord).sort((x, y) => nameOf(x).localeCompare(nameOf(y)));
}

function push(ctx: AdmissionContext, by: string, outcome: AdmissionStep['outcome'], message: string, messageEs: string, extra: Partial<AdmissionStep> = {}): void {
  ctx.steps.push({ phase: 'validating', by, plugin: 'ValidatingAdmissionPolicy', outcome, message, messageEs, ...extra });
}

function forbiddenPrefix(ctx: AdmissionContext): string {
  return `${qualifiedResource(ctx.attrs)} "${ctx.attrs.name}" is forbidden: `;
}

/** Runs every policy with its bindings; returns the first Deny. */
export function runValidatingPolicies(ctx: AdmissionContext): Rejection | null {
  const policies = sortedByName(ctx.cluster.byKind?.get?.('ValidatingAdmissionPolicy'));
  if (policies.length === 0) return null;
  if (policyExempt(ctx.attrs)) {
    push(ctx, 'ValidatingAdmissionPolicy', 'exempt', `admission policies never apply to ${ctx.attrs.resource}`, `las políticas de admisión nunca se aplican a ${ctx.attrs.resource}`);
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
    push(ctx, by, 'skipped', `the API server would reject this policy: ${invalid}`, `el API server rechazaría esta política: ${invalid}`, { source: { kind: 'ValidatingAdmissionPolicy', name } });
    return null;
  }
  const match = criteriaMatch(spec.matchConstraints, ctx);
  if (!match.matched) {
    if ('error' in match) return policyConfigError(ctx, name, by, match.error, ignore);
    push(ctx, by, 'not-matched', `matchConstraints: ${match.message}`, `matchConstraints: ${match.messageEs}`, { failedCriterion: match.criterion, source: { kind: 'ValidatingAdmissionPolicy', name } });
    return null;
  }
  const bindings: Binding[] = allBindings
    .filter((b) => isRecord(b.spec) && b.spec.policyName === name)
    .map((b) => ({ name: nameOf(b), spec: b.spec as Record<string, unknown> }));
  if (bindings.length === 0) {
    push(ctx, by, 'skipped', 'matches, but no ValidatingAdmissionPolicyBinding binds it: a policy does nothing without a binding', 'coincide, pero ningún ValidatingAdmissionPolicyBinding la vincula: una política sin binding no hace nada', { source: { kind: 'ValidatingAdmissionPolicy', name } });
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
  const message = `ValidatingAdmissionPolicy '${policy}' denied request: failed to configure policy: ${error}`;
  if (ignore) {
    push(ctx, by, 'error-ignored', `${message} (failurePolicy Ignore: policy skipped)`, `error de configuración de la política (failurePolicy Ignore: se saltea): ${error}`);
    return null;
  }
  push(ctx, by, 'denied', forbiddenPrefix(ctx) + message, `${forbiddenPrefix(ctx)}la ValidatingAdmissionPolicy '${policy}' rechazó la solicitud: no se pudo configurar la política: ${error}`);
  return { message: forbiddenPrefix(ctx) + message, messageEs: `${forbiddenPrefix(ctx)}ValidatingAdmissionPolicy '${policy}' rechazó la solicitud: no se pudo configurar la política: ${error}`, code: 422, reason: 'Invalid' };
}

function runBinding(ctx: AdmissionContext, policy: string, spec: Record<string, unknown>, binding: Binding, ignore: boolean): Rejection | null {
  const by = `ValidatingAdmissionPolicy/${policy} binding ${binding.name}`;
  const source = { kind: 'ValidatingAdmissionPolicyBinding', name: binding.name, binding: binding.name };
  const actions = validationActionsOf(binding.spec);
  if (!actions.ok) {
    push(ctx, by, 'skipped', `the API server would reject this binding: ${actions.message}`, `el API server rechazaría este binding: ${actions.message}`, { source });
    return null;
  }
  const match = criteriaMatch(binding.spec.matchResources, ctx);
  if (!match.matched && !('error' in match)) {
    push(ctx, by, 'not-matched', `matchResources: ${match.message}`, `matchResources: ${match.messageEs}`, { failedCriterion: match.criterion, source });
    return null;
  }
  const params = 'error' in match ? { kind: 'error' as const, message: match.error, messageEs: match.error } : resolveParams(spec, binding.spec, ctx);
  if (params.kind === 'error') return bindingConfigError(ctx, policy, binding.name, by, params.message, params.messageEs, ignore);
  if (params.kind === 'allow-missing') {
    push(ctx, by, 'allowed', 'no param found and parameterNotFoundAction is Allow: the binding passes', 'no hay param y parameterNotFoundAction es Allow: el binding pasa', { source });
    return null;
  }
  for (const param of params.params) {
    const rejection = runParam(ctx, policy, spec, binding, param, actions.actions, ignore);
    if (rejection) return rejection;
  }
  return null;
}

function bindingConfigError(ctx: AdmissionContext, policy: string, binding: string, by: string, error: string, errorEs: string, ignore: boolean): Rejection | null {
  const message = `${forbiddenPrefix(ctx)}ValidatingAdmissionPolicy '${policy}' with binding '${binding}' denied request: failed to configure binding: ${error}`;
  const messageEs = `${forbiddenPrefix(ctx)}ValidatingAdmissionPolicy '${policy}' con binding '${binding}' rechazó la solicitud: no se pudo configurar el binding: ${errorEs}`;
  if (ignore) {
    push(ctx, by, 'error-ignored', `configuration error ignored (failurePolicy Ignore): ${error}`, `error de configuración ignorado (failurePolicy Ignore): ${errorEs}`);
    return null;
  }
  push(ctx, by, 'denied', `${message} (configuration errors deny whatever the validationActions)`, `${messageEs} (los errores de configuración rechazan sin importar las validationActions)`);
  return { message, messageEs, code: 422, reason: 'Invalid' };
}

function runParam(
  ctx: AdmissionContext, policy: string, spec: Record<string, unknown>, binding: Binding,
  param: { name: string; object: unknown }, actions: Set<string>, ignore: boolean,
): Rejection | null {
  const by = `ValidatingAdmissionPolicy/${policy} binding ${binding.name}`;
  const source = { kind: 'ValidatingAdmissionPolicyBinding', name: binding.name, binding: binding.name, ...(param.name ? { param: param.name } : {}) };
  const withParam = param.name ? ` (param ${param.name})` : '';
  let activation: ReturnType<typeof activationFor> | null = null;
  const act = () => (activation ??= activationFor(ctx, param.object, variablesOf(spec)));
  const conditions = evaluateMatchConditions(spec.matchConditions, act, ctx.attrs.serverMinor);
  if (conditions.outcome === 'no-match') {
    push(ctx, by, 'not-matched', `matchCondition '${conditions.name}' is false${withParam}`, `la matchCondition '${conditions.name}' dio false${withParam}`, { failedCriterion: 'matchConditions', source });
    return null;
  }
  if (conditions.outcome === 'error') return bindingConfigError(ctx, policy, binding.name, by, conditions.message, conditions.messageEs, ignore);
  const result = ctx.outage ? outageEvaluation(spec, ignore) : evaluatePolicy(spec, act(), ignore, ctx.attrs.serverMinor);
  for (const [key, value] of Object.entries(result.annotations)) ctx.auditAnnotations[`${policy}/${key}`] = value;
  if (result.fatal) return bindingConfigError(ctx, policy, binding.name, by, result.fatal.message, result.fatal.messageEs, false);
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
  const messageEs = 'la validación falló por quedarse sin presupuesto de costo; no se evalúan más reglas';
  const violations = count === 0 || ignore ? [] : [{ message, messageEs, reason: 'Invalid', expressionIndex: 0, error: true }];
  return { violations, annotations: {}, fatal: null, ignoredErrors: count > 0 && ignore ? [message] : [] };
}

function applyActions(
  ctx: AdmissionContext, policy: string, binding: string, by: string, source: AdmissionStep['source'], withParam: string,
  result: ReturnType<typeof evaluatePolicy>, actions: Set<string>,
): Rejection | null {
  const ignored = result.ignoredErrors.length ? ` (errors ignored by failurePolicy Ignore: ${result.ignoredErrors.join('; ')})` : '';
  if (result.violations.length === 0) {
    push(ctx, by, result.ignoredErrors.length ? 'error-ignored' : 'allowed', `all validations passed${withParam}${ignored}`, `pasaron todas las validaciones${withParam}${ignored}`, { source });
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
    const message = `${forbiddenPrefix(ctx)}ValidatingAdmissionPolicy '${policy}' with binding '${binding}' denied request: ${first.message}`;
    const messageEs = `${forbiddenPrefix(ctx)}ValidatingAdmissionPolicy '${policy}' con binding '${binding}' rechazó la solicitud: ${first.messageEs}`;
    push(ctx, by, 'denied', message + withParam, messageEs + withParam, { source: { ...source, kind: 'ValidatingAdmissionPolicyBinding', name: binding, index: first.expressionIndex } as AdmissionStep['source'] });
    return { message, messageEs, code: REASON_CODES[first.reason] ?? 422, reason: first.reason };
  }
  const outcome = actions.has('Warn') ? 'warned' : 'audited';
  push(ctx, by, outcome, `validation failed${withParam} but validationActions is [${[...actions].join(', ')}]: ${first.message}`, `falló la validación${withParam} pero validationActions es [${[...actions].join(', ')}]: ${first.messageEs}`, { source });
  return null;
}
