/**
 * Does one PolicyRule match a request? Models k8s `pkg/apis/rbac/v1/evaluation_helpers.go`
 * (VerbMatches, APIGroupMatches, ResourceMatches, ResourceNameMatches, NonResourceURLMatches)
 * and `plugin/pkg/auth/authorizer/rbac/rbac.go` RuleAllows. Rules are compiled once per
 * cluster into sets so the hot path is a handful of Set lookups.
 */
import type { MissPart, NormalizedAttributes, PolicyRule } from './types';

export interface CompiledRule {
  verbsAll: boolean;
  verbs: ReadonlySet<string>;
  groupsAll: boolean;
  groups: ReadonlySet<string>;
  resourcesAll: boolean;
  resources: ReadonlySet<string>;
  /** null when the rule has no resourceNames (any name, or none, matches). */
  names: ReadonlySet<string> | null;
  urlsAll: boolean;
  urls: ReadonlySet<string>;
  /** Entries ending in `*`, with every trailing `*` removed. */
  urlPrefixes: readonly string[];
}

/** Precompute the sets of one rule. */
export function buildCompiledRule(rule: PolicyRule): CompiledRule {
  const urlPrefixes: string[] = [];
  for (const url of rule.nonResourceURLs) if (url.endsWith('*')) urlPrefixes.push(url.replace(/\*+$/, ''));
  return {
    verbsAll: rule.verbs.includes('*'),
    verbs: new Set(rule.verbs),
    groupsAll: rule.apiGroups.includes('*'),
    groups: new Set(rule.apiGroups),
    resourcesAll: rule.resources.includes('*'),
    resources: new Set(rule.resources),
    names: rule.resourceNames.length > 0 ? new Set(rule.resourceNames) : null,
    urlsAll: rule.nonResourceURLs.includes('*'),
    urls: new Set(rule.nonResourceURLs),
    urlPrefixes,
  };
}

/** VerbMatches: `*` or the exact verb (a request verb `*` only matches a rule verb `*`). */
export function verbMatches(rule: CompiledRule, verb: string): boolean {
  return rule.verbsAll || rule.verbs.has(verb);
}

/** APIGroupMatches: `*` or the exact group (`""` is the core group). */
export function apiGroupMatches(rule: CompiledRule, group: string): boolean {
  return rule.groupsAll || rule.groups.has(group);
}

/**
 * ResourceMatches: `*`, the exact `resource` or `resource/subresource`, or `*\/<sub>` for a
 * request with exactly that subresource. There is no `pods/*` wildcard.
 */
export function resourceMatches(rule: CompiledRule, resource: string, subresource: string): boolean {
  if (rule.resourcesAll) return true;
  if (subresource === '') return rule.resources.has(resource);
  return rule.resources.has(`${resource}/${subresource}`) || rule.resources.has(`*/${subresource}`);
}

/** ResourceNameMatches: no resourceNames means any name; otherwise the name must be listed. */
export function resourceNameMatches(rule: CompiledRule, name: string): boolean {
  return rule.names === null || rule.names.has(name);
}

/** NonResourceURLMatches: `*`, exact, or a trailing-`*` entry as a plain string prefix. */
export function nonResourceURLMatches(rule: CompiledRule, path: string): boolean {
  if (rule.urlsAll || rule.urls.has(path)) return true;
  for (const prefix of rule.urlPrefixes) if (path.startsWith(prefix)) return true;
  return false;
}

/** RuleAllows: every part of the rule matches the request. */
export function ruleAllows(rule: CompiledRule, attributes: NormalizedAttributes): boolean {
  if (!verbMatches(rule, attributes.verb)) return false;
  if (attributes.kind === 'nonResource') return nonResourceURLMatches(rule, attributes.path);
  return (
    apiGroupMatches(rule, attributes.group) &&
    resourceMatches(rule, attributes.resource, attributes.subresource) &&
    resourceNameMatches(rule, attributes.name)
  );
}

/**
 * The parts of a rule that fail to match (empty when the rule allows the request). A rule
 * of the wrong kind (resource rule vs. non-resource path) lacks `kind` instead of details.
 */
export function ruleLacks(rule: CompiledRule, attributes: NormalizedAttributes): MissPart[] {
  const lacks: MissPart[] = [];
  if (attributes.kind === 'nonResource') {
    if (rule.urls.size === 0) lacks.push('kind');
    else if (!nonResourceURLMatches(rule, attributes.path)) lacks.push('nonResourceURL');
  } else if (rule.resources.size === 0) {
    lacks.push('kind');
  } else {
    if (!resourceMatches(rule, attributes.resource, attributes.subresource)) lacks.push('resource');
    if (!apiGroupMatches(rule, attributes.group)) lacks.push('apiGroup');
  }
  if (!verbMatches(rule, attributes.verb)) lacks.push('verb');
  if (attributes.kind === 'resource' && rule.resources.size > 0 && !resourceNameMatches(rule, attributes.name)) {
    lacks.push('resourceName');
  }
  return lacks;
}

/** How far a miss is from a grant: subject > namespace > kind > resource > group > verb > name. */
export const MISS_WEIGHTS: Readonly<Record<MissPart, number>> = {
  subject: 1000,
  namespace: 500,
  kind: 250,
  resource: 120,
  nonResourceURL: 120,
  apiGroup: 60,
  verb: 30,
  resourceName: 10,
};

export function missWeight(lacks: readonly MissPart[]): number {
  let total = 0;
  for (const part of lacks) total += MISS_WEIGHTS[part];
  return total;
}
