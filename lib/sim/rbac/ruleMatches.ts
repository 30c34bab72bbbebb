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
    apiGroupMatches(rule, attributes.group) && resourceMatches(rule, attributes.resource, attributes.subresource) && resourceNameMatches(rule, attributes.name)
  );
}

/** Bits of the parts a candidate can lack, in the order words list them. */
const MISS_ORDER: readonly MissPart[] = ['subject', 'namespace', 'kind', 'resource', 'nonResourceURL', 'apiGroup', 'verb', 'resourceName'];
export const MISS_BIT: Readonly<Record<MissPart, number>> = Object.fromEntries(MISS_ORDER.map((part, i) => [part, 1 << i])) as Record<MissPart, number>;

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

const WEIGHT_OF_MASK: readonly number[] = Array.from({ length: 1 << MISS_ORDER.length }, (_, mask) =>
  MISS_ORDER.reduce((total, part, i) => total + (mask & (1 << i) ? MISS_WEIGHTS[part] : 0), 0),
);

/**
 * The parts of a rule that fail to match, as bits of MISS_BIT (0 when the rule allows the
 * request). A rule of the wrong kind (resource rule vs. path) lacks `kind` instead of details.
 * No allocation: this runs for every candidate rule of a denied request.
 */
export function ruleMissMask(rule: CompiledRule, attributes: NormalizedAttributes): number {
  let mask = 0;
  if (attributes.kind === 'nonResource') {
    if (rule.urls.size === 0) mask |= MISS_BIT.kind;
    else if (!nonResourceURLMatches(rule, attributes.path)) mask |= MISS_BIT.nonResourceURL;
  } else if (rule.resources.size === 0) {
    mask |= MISS_BIT.kind;
  } else {
    if (!resourceMatches(rule, attributes.resource, attributes.subresource)) mask |= MISS_BIT.resource;
    if (!apiGroupMatches(rule, attributes.group)) mask |= MISS_BIT.apiGroup;
    if (!resourceNameMatches(rule, attributes.name)) mask |= MISS_BIT.resourceName;
  }
  if (!verbMatches(rule, attributes.verb)) mask |= MISS_BIT.verb;
  return mask;
}

/** Weight of a miss mask (lower is closer to a grant). */
export function maskWeight(mask: number): number {
  return WEIGHT_OF_MASK[mask] ?? 0;
}

/** The parts a mask lacks, in the order words list them. */
export function maskParts(mask: number): MissPart[] {
  return MISS_ORDER.filter((part) => (mask & MISS_BIT[part]) !== 0);
}

/** The parts of a rule that fail to match (empty when the rule allows the request). */
export function ruleLacks(rule: CompiledRule, attributes: NormalizedAttributes): MissPart[] {
  return maskParts(ruleMissMask(rule, attributes));
}

/** Weight of a list of lacked parts (see MISS_WEIGHTS). */
export function missWeight(lacks: readonly MissPart[]): number {
  let total = 0;
  for (const part of lacks) total += MISS_WEIGHTS[part];
  return total;
}
