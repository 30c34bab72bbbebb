// ValidatingAdmissionPolicy matching and params
// (k8s.io/apiserver pkg/admission/plugin/policy/matching/matching.go, .../policy/generic/policy_dispatcher.go CollectParams).
import { msg, verbatim, type Message } from '../messages';
import type { KubeObject } from '../types';
import { isRecord, labelsOf, metadataOf, str } from './attributes';
import type { AdmissionContext } from './context';
import { resourceForKind, splitApiVersion } from './resources';
import { policyRulesMatch } from './rules';
import { namespaceSelectorMatches, objectSelectorMatches, selectorMatches } from './selectors';
import type { AdmissionStep, RequestAttributes } from './types';

const POLICY_RESOURCES = new Set([
  'validatingadmissionpolicies',
  'validatingadmissionpolicybindings',
  'mutatingadmissionpolicies',
  'mutatingadmissionpolicybindings',
]);

/** Admission policies never apply to the policy kinds themselves (they can guard webhook configurations). */
export function policyExempt(a: RequestAttributes): boolean {
  return a.group === 'admissionregistration.k8s.io' && POLICY_RESOURCES.has(a.resource);
}

export type CriteriaMatch =
  { matched: true } | { matched: false; criterion: NonNullable<AdmissionStep['failedCriterion']>; text: Message } | { matched: false; error: string };

/**
 * matchConstraints (policy) / matchResources (binding): namespaceSelector, objectSelector,
 * excludeResourceRules first (any match excludes), then resourceRules (empty = any; with resourceNames).
 */
export function criteriaMatch(criteria: unknown, ctx: AdmissionContext): CriteriaMatch {
  const c = isRecord(criteria) ? criteria : {};
  const a = ctx.attrs;
  const ns = namespaceSelectorMatches(c.namespaceSelector, a, ctx.cluster);
  if (!ns.ok) return { matched: false, error: `namespaceSelector: ${ns.error}` };
  if (!ns.matches) return { matched: false, criterion: 'namespaceSelector', text: msg('admission.match.namespaceSelector', {}) };
  const obj = objectSelectorMatches(c.objectSelector, a);
  if (!obj.ok) return { matched: false, error: `objectSelector: ${obj.error}` };
  if (!obj.matches) return { matched: false, criterion: 'objectSelector', text: msg('admission.match.objectSelector', {}) };
  const policy = c.matchPolicy ?? 'Equivalent';
  const excluded = policyRulesMatch(c.excludeResourceRules, a, policy);
  if (excluded.matched) return { matched: false, criterion: 'excludeResourceRules', text: msg('admission.match.excluded', { index: excluded.ruleIndex ?? 0 }) };
  const rules = Array.isArray(c.resourceRules) ? c.resourceRules : [];
  if (rules.length > 0 && !policyRulesMatch(rules, a, policy).matched) {
    return {
      matched: false,
      criterion: 'rules',
      text: msg('admission.match.noResourceRule', {
        what: `${a.operation} ${a.resource}${a.subresource ? '/' + a.subresource : ''}${a.name ? ` "${a.name}"` : ''}`,
      }),
    };
  }
  return { matched: true };
}

export type ParamsResult = { kind: 'params'; params: { name: string; object: unknown }[] } | { kind: 'allow-missing' } | { kind: 'error'; text: Message };

function configError(text: Message): ParamsResult {
  return { kind: 'error', text };
}

/**
 * The params a binding evaluates its policy with: none (`params` null) without paramKind or
 * paramRef; the named object or every object the selector picks (evaluated once each); the
 * request's namespace for namespaced kinds unless paramRef.namespace says otherwise;
 * parameterNotFoundAction Allow/Deny when nothing is found.
 */
export function resolveParams(policySpec: Record<string, unknown>, bindingSpec: Record<string, unknown>, ctx: AdmissionContext): ParamsResult {
  const paramKind = isRecord(policySpec.paramKind) ? policySpec.paramKind : null;
  const ref = isRecord(bindingSpec.paramRef) ? bindingSpec.paramRef : null;
  if (!paramKind || !ref) return { kind: 'params', params: [{ name: '', object: null }] };
  const kind = str(paramKind.kind);
  const apiVersion = str(paramKind.apiVersion);
  const namespaced = resourceForKind(kind, apiVersion || undefined).namespaced;
  const refNs = str(ref.namespace);
  if (!namespaced && refNs) return configError(msg('admission.vap.paramNamespace', {}));
  if (namespaced && !refNs && ctx.attrs.namespace === '') return configError(msg('admission.vap.paramClusterScoped', {}));
  const namespace = namespaced ? refNs || ctx.attrs.namespace : '';
  const candidates = candidatesOf(ctx, kind, apiVersion, namespace);
  const found = filterByRef(candidates, ref);
  if ('error' in found) return configError(verbatim(found.error));
  if (found.length > 0) return { kind: 'params', params: found.map((o) => ({ name: paramName(o), object: o })) };
  if (ref.parameterNotFoundAction === 'Allow') return { kind: 'allow-missing' };
  return configError(msg('admission.vap.paramsNotFound', { kind, name: ref.name ? String(ref.name) : undefined, namespace: namespace || undefined }));
}

function candidatesOf(ctx: AdmissionContext, kind: string, apiVersion: string, namespace: string): KubeObject[] {
  const wanted = splitApiVersion(apiVersion);
  return [...(ctx.cluster.byKind?.get?.(kind) ?? [])]
    .filter((o) => {
      const v = splitApiVersion(o.apiVersion);
      if (apiVersion && (v.group !== wanted.group || v.version !== wanted.version)) return false;
      return namespace === '' || (str(metadataOf(o).namespace) || 'default') === namespace;
    })
    .sort((x, y) => paramName(x).localeCompare(paramName(y)));
}

function filterByRef(candidates: KubeObject[], ref: Record<string, unknown>): KubeObject[] | { error: string } {
  if (typeof ref.name === 'string' && ref.name !== '') return candidates.filter((o) => str(metadataOf(o).name) === ref.name);
  if (ref.selector === undefined) return { error: 'paramRef needs name or selector' };
  const out: KubeObject[] = [];
  for (const o of candidates) {
    const m = selectorMatches(ref.selector, labelsOf(o));
    if (!m.ok) return { error: `paramRef.selector: ${m.error}` };
    if (m.matches) out.push(o);
  }
  return out;
}

function paramName(o: unknown): string {
  const m = metadataOf(o);
  return m.namespace ? `${str(m.namespace)}/${str(m.name)}` : str(m.name);
}

/** validationActions must be a non-empty set of Deny/Warn/Audit without Deny and Warn together. */
export function validationActionsOf(bindingSpec: Record<string, unknown>): { ok: true; actions: Set<string> } | { ok: false; message: string } {
  const raw = Array.isArray(bindingSpec.validationActions) ? bindingSpec.validationActions : [];
  const actions = new Set(raw.map(String));
  if (actions.size === 0) return { ok: false, message: 'spec.validationActions: Required value: at least one validation action is required' };
  for (const x of actions)
    if (!['Deny', 'Warn', 'Audit'].includes(x))
      return { ok: false, message: `spec.validationActions: Unsupported value: "${x}": supported values: "Audit", "Deny", "Warn"` };
  if (actions.has('Deny') && actions.has('Warn'))
    return {
      ok: false,
      message:
        'spec.validationActions: Invalid value: ["Deny","Warn"]: must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)',
    };
  return { ok: true, actions };
}
