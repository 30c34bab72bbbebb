// Rule matching of admission webhooks and policies
// (k8s.io/apiserver pkg/admission/plugin/webhook/predicates/rules/rules.go; matchPolicy in webhook/generic/webhook.go).
import { isRecord } from './attributes';
import { resourceForKind } from './resources';
import { DEFAULT_SERVER_MINOR } from '../version';
import type { RequestAttributes } from './types';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function listMatches(list: string[], value: string): boolean {
  return list.includes('*') || list.includes(value);
}

/** `resources` entries: `res` or `res/sub`; `*` and `*` subresource wildcards (`pods/*` includes pods itself). */
export function resourceMatches(entries: string[], resource: string, subresource: string): boolean {
  return entries.some((entry) => {
    const slash = entry.indexOf('/');
    const res = slash < 0 ? entry : entry.slice(0, slash);
    const sub = slash < 0 ? '' : entry.slice(slash + 1);
    return (res === '*' || res === resource) && (sub === '*' || sub === subresource);
  });
}

/** `scope`: `Namespaced` = non-empty namespace and not a Namespace; `Cluster` = empty namespace or a Namespace; `*`/unset = all. */
export function scopeMatches(scope: unknown, a: RequestAttributes): boolean {
  const isNamespace = a.resource === 'namespaces' && a.group === '';
  if (scope === 'Namespaced') return a.namespace !== '' && !isNamespace;
  if (scope === 'Cluster') return a.namespace === '' || isNamespace;
  return true;
}

/** Does one RuleWithOperations match the request for this group/version/resource? */
export function ruleMatches(rule: unknown, a: RequestAttributes, gvr: { group: string; version: string; resource: string }, withOperations = true): boolean {
  if (!isRecord(rule)) return false;
  if (withOperations && !listMatches(strings(rule.operations), a.operation)) return false;
  if (!listMatches(strings(rule.apiGroups), gvr.group)) return false;
  if (!listMatches(strings(rule.apiVersions), gvr.version)) return false;
  if (!resourceMatches(strings(rule.resources), gvr.resource, a.subresource)) return false;
  return scopeMatches(rule.scope, a);
}

/**
 * The group/versions this server still serves for the same objects as the request
 * (`matchPolicy: Equivalent`: webhook/generic/webhook.go asks the API server's discovery, so
 * versions removed before `a.serverMinor` are never equivalents).
 */
export function equivalentResources(a: RequestAttributes): { group: string; version: string; resource: string }[] {
  const info = resourceForKind(a.kind || '', a.group ? `${a.group}/${a.version}` : a.version);
  if (!info.known) return [];
  const minor = a.serverMinor ?? DEFAULT_SERVER_MINOR;
  return (info.equivalents ?? [])
    .filter((e) => e.removedIn === undefined || minor < e.removedIn)
    .filter((e) => e.group !== a.group || e.version !== a.version)
    .map((e) => ({ group: e.group, version: e.version, resource: info.resource }));
}

export interface RulesMatch {
  matched: boolean;
  /** The group/version the rule matched, when it was an equivalent one (object would be converted). */
  viaEquivalent?: { group: string; version: string };
  ruleIndex?: number;
}

/**
 * Webhook `rules` (ORed), then `matchPolicy: Equivalent` (default) retrying each rule against the
 * equivalent group/versions of the same resource. `Exact` never retries.
 * SIMPLIFICATION(k8s): the object is not converted to the matched version (lab objects look the same).
 */
export function rulesMatch(rules: unknown, a: RequestAttributes, matchPolicy: unknown, withOperations = true): RulesMatch {
  const list = Array.isArray(rules) ? rules : [];
  const own = { group: a.group, version: a.version, resource: a.resource };
  for (let i = 0; i < list.length; i++) if (ruleMatches(list[i], a, own, withOperations)) return { matched: true, ruleIndex: i };
  if (matchPolicy === 'Exact') return { matched: false };
  for (const eq of equivalentResources(a)) {
    for (let i = 0; i < list.length; i++) {
      if (ruleMatches(list[i], a, eq, withOperations)) return { matched: true, ruleIndex: i, viaEquivalent: { group: eq.group, version: eq.version } };
    }
  }
  return { matched: false };
}

/** Policy resource rules additionally restrict by `resourceNames` (empty = any). */
export function namedRuleMatches(rule: unknown, a: RequestAttributes, gvr: { group: string; version: string; resource: string }): boolean {
  if (!ruleMatches(rule, a, gvr)) return false;
  const names = isRecord(rule) ? strings(rule.resourceNames) : [];
  return names.length === 0 || names.includes(a.name);
}

/** Policy rules (NamedRuleWithOperations) with matchPolicy, as matching.go does. */
export function policyRulesMatch(rules: unknown, a: RequestAttributes, matchPolicy: unknown): RulesMatch {
  const list = Array.isArray(rules) ? rules : [];
  const own = { group: a.group, version: a.version, resource: a.resource };
  for (let i = 0; i < list.length; i++) if (namedRuleMatches(list[i], a, own)) return { matched: true, ruleIndex: i };
  if (matchPolicy === 'Exact') return { matched: false };
  for (const eq of equivalentResources(a)) {
    for (let i = 0; i < list.length; i++)
      if (namedRuleMatches(list[i], a, eq)) return { matched: true, ruleIndex: i, viaEquivalent: { group: eq.group, version: eq.version } };
  }
  return { matched: false };
}
