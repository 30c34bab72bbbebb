/**
 * Does a set of rules a user holds cover a set of rules they want to grant? Models
 * k8s.io/component-helpers `auth/rbac/validation/policy_comparator.go` (Covers, ruleCovers)
 * and the rule breakdown/compaction used in escalation errors
 * (`pkg/registry/rbac/validation/policy_compact.go`, `pkg/apis/rbac/v1/helpers.go` CompactString).
 */
import { compareGo, goQuotedList } from '../support/goText';
import type { PolicyRule } from './types';

/** BreakdownRule: one rule per group × resource × verb × name, and per URL × verb. */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  const names: (string | null)[] = rule.resourceNames.length > 0 ? rule.resourceNames : [null];
  for (const group of rule.apiGroups)
    for (const resource of rule.resources)
      for (const verb of rule.verbs)
        for (const name of names)
          out.push({ verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: name === null ? [] : [name], nonResourceURLs: [] });
  for (const url of rule.nonResourceURLs)
    for (const verb of rule.verbs) out.push({ verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] });
  return out;
}

function hasAll(set: readonly string[], items: readonly string[]): boolean {
  return items.every((item) => set.includes(item));
}

function resourceCoversAll(owned: readonly string[], wanted: readonly string[]): boolean {
  if (owned.includes('*') || hasAll(owned, wanted)) return true;
  return wanted.every((path) => {
    if (owned.includes(path)) return true;
    const slash = path.indexOf('/');
    return slash >= 0 && owned.includes(`*/${path.slice(slash + 1)}`);
  });
}

function nonResourceURLCovers(owner: string, path: string): boolean {
  return owner === path || (owner.endsWith('*') && path.startsWith(owner.replace(/\*+$/, '')));
}

/** ruleCovers: one owner rule covers one (broken-down) rule. */
export function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const verbs = owner.verbs.includes('*') || hasAll(owner.verbs, sub.verbs);
  const groups = owner.apiGroups.includes('*') || hasAll(owner.apiGroups, sub.apiGroups);
  const resources = resourceCoversAll(owner.resources, sub.resources);
  const urls = sub.nonResourceURLs.every((path) => owner.nonResourceURLs.some((o) => nonResourceURLCovers(o, path)));
  const names =
    sub.resourceNames.length === 0 ? owner.resourceNames.length === 0 : owner.resourceNames.length === 0 || hasAll(owner.resourceNames, sub.resourceNames);
  return verbs && groups && resources && urls && names;
}

/** Covers: every broken-down wanted rule is covered by some owned rule; returns what is not. */
export function coversRules(owned: readonly PolicyRule[], wanted: readonly PolicyRule[]): { covered: boolean; missing: PolicyRule[] } {
  const missing = wanted.flatMap(breakdownRule).filter((sub) => !owned.some((owner) => ruleCovers(owner, sub)));
  return { covered: missing.length === 0, missing };
}

/** CompactRules (registry version): resource atoms differing only in verb merge; verbs appended as they come. */
export function compactRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const complex: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const isSimple = rule.nonResourceURLs.length === 0 && rule.resourceNames.length <= 1 && rule.apiGroups.length === 1 && rule.resources.length === 1;
    if (!isSimple) {
      complex.push(rule);
      continue;
    }
    const key = JSON.stringify([rule.apiGroups[0], rule.resources[0], rule.resourceNames]);
    const existing = simple.get(key);
    if (existing) existing.verbs.push(...rule.verbs);
    else simple.set(key, { ...rule, verbs: [...rule.verbs] });
  }
  return [...complex, ...simple.values()];
}

/** CompactString: `{APIGroups:[""], Resources:["pods"], Verbs:["get"]}`. */
export function compactString(rule: PolicyRule): string {
  const parts: string[] = [];
  if (rule.apiGroups.length > 0) parts.push(`APIGroups:${goQuotedList(rule.apiGroups)}`);
  if (rule.resources.length > 0) parts.push(`Resources:${goQuotedList(rule.resources)}`);
  if (rule.nonResourceURLs.length > 0) parts.push(`NonResourceURLs:${goQuotedList(rule.nonResourceURLs)}`);
  if (rule.resourceNames.length > 0) parts.push(`ResourceNames:${goQuotedList(rule.resourceNames)}`);
  if (rule.verbs.length > 0) parts.push(`Verbs:${goQuotedList(rule.verbs)}`);
  return `{${parts.join(', ')}}`;
}

/** The sorted, de-duplicated lines of missing permissions an escalation error lists. */
export function describeMissingRules(missing: readonly PolicyRule[]): string[] {
  return [...new Set(compactRules(missing).map(compactString))].sort(compareGo);
}
