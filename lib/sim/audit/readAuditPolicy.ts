/**
 * Reads a YAML-parsed audit Policy into plain lists, collecting every problem on the way.
 * Models k8s.io/apiserver `pkg/audit/policy/reader.go` (LoadPolicyFromBytes: decode, check the
 * group version, validate, refuse 0 rules) and `pkg/apis/audit/validation/validation.go`.
 */
import { msg } from '../messages';
import type { AuditGroupResources, AuditLevel, AuditPolicy, AuditPolicyRule } from './types';
import {
  checkGroup,
  checkLevel,
  checkNonResourceURL,
  checkStage,
  isRecord,
  literalValueProblems,
  quote,
  typeProblem,
  unknownFieldProblem,
  type PolicyProblem,
} from './policyChecks';
import { DEFAULT_SERVER_MINOR } from '../version';

export interface ReadAuditPolicyResult {
  policy: AuditPolicy;
  problems: PolicyProblem[];
}

const POLICY_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'rules', 'omitStages', 'omitManagedFields']);
const RULE_KEYS = new Set(['level', 'users', 'userGroups', 'verbs', 'resources', 'namespaces', 'nonResourceURLs', 'omitStages', 'omitManagedFields']);
const GROUP_RESOURCE_KEYS = new Set(['group', 'resources', 'resourceNames']);

function readStrings(value: unknown, path: string, problems: PolicyProblem[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(typeProblem(path, 'list', value));
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push(item);
    else problems.push(typeProblem(`${path}[${i}]`, 'string', item));
  });
  return out;
}

function readBoolean(value: unknown, path: string, problems: PolicyProblem[]): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  problems.push(typeProblem(path, 'boolean', value));
  return undefined;
}

function checkKeys(raw: Record<string, unknown>, known: Set<string>, path: string, problems: PolicyProblem[]): void {
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push(unknownFieldProblem(path ? `${path}.${key}` : key, key));
  }
}

function readGroupResources(raw: unknown, path: string, problems: PolicyProblem[], minor: number): AuditGroupResources | null {
  if (!isRecord(raw)) {
    problems.push(typeProblem(path, 'object', raw));
    return null;
  }
  checkKeys(raw, GROUP_RESOURCE_KEYS, path, problems);
  let group = '';
  if (typeof raw.group === 'string') group = raw.group;
  else if (raw.group !== undefined && raw.group !== null) problems.push(typeProblem(`${path}.group`, 'string', raw.group));
  problems.push(...checkGroup(group, `${path}.group`, minor));
  const resources = readStrings(raw.resources, `${path}.resources`, problems);
  const resourceNames = readStrings(raw.resourceNames, `${path}.resourceNames`, problems);
  if (resourceNames.length > 0 && resources.length === 0) {
    problems.push({
      path: `${path}.resourceNames`,
      code: 'audit-resource-names-without-resources',
      severity: 'error',
      text: msg('audit.readGroupResources', { p0: quote(resourceNames), path }),
    });
  }
  return { group, resources, resourceNames };
}

function readResources(value: unknown, path: string, problems: PolicyProblem[], minor: number): AuditGroupResources[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push(typeProblem(path, 'list', value));
    return [];
  }
  const out: AuditGroupResources[] = [];
  value.forEach((item: unknown, i) => {
    const gr = readGroupResources(item, `${path}[${i}]`, problems, minor);
    if (gr) out.push(gr);
  });
  return out;
}

function readRule(raw: unknown, path: string, problems: PolicyProblem[], minor: number): AuditPolicyRule | null {
  if (!isRecord(raw)) {
    problems.push(typeProblem(path, 'object', raw));
    return null;
  }
  checkKeys(raw, RULE_KEYS, path, problems);
  const levelProblems = checkLevel(raw.level, `${path}.level`);
  problems.push(...levelProblems);
  const rule: AuditPolicyRule = {
    level: levelProblems.length === 0 ? (raw.level as AuditLevel) : 'None',
    users: readStrings(raw.users, `${path}.users`, problems),
    userGroups: readStrings(raw.userGroups, `${path}.userGroups`, problems),
    verbs: readStrings(raw.verbs, `${path}.verbs`, problems),
    resources: readResources(raw.resources, `${path}.resources`, problems, minor),
    namespaces: readStrings(raw.namespaces, `${path}.namespaces`, problems),
    nonResourceURLs: readStrings(raw.nonResourceURLs, `${path}.nonResourceURLs`, problems),
    omitStages: readStrings(raw.omitStages, `${path}.omitStages`, problems),
    omitManagedFields: readBoolean(raw.omitManagedFields, `${path}.omitManagedFields`, problems),
  };
  for (const field of ['users', 'userGroups', 'verbs', 'namespaces'] as const) {
    problems.push(...literalValueProblems(field, rule[field], `${path}.${field}`));
  }
  rule.nonResourceURLs.forEach((url, i) => problems.push(...checkNonResourceURL(url, `${path}.nonResourceURLs[${i}]`)));
  rule.omitStages.forEach((stage, i) => problems.push(...checkStage(stage, `${path}.omitStages[${i}]`)));
  if (rule.nonResourceURLs.length > 0 && (rule.resources.length > 0 || rule.namespaces.length > 0)) {
    problems.push({
      path: `${path}.nonResourceURLs`,
      code: 'audit-rule-resource-and-non-resource',
      severity: 'error',
      text: msg('audit.readRule', { p0: quote(rule.nonResourceURLs), path }),
    });
  }
  return rule;
}

function checkHeader(raw: Record<string, unknown>, problems: PolicyProblem[]): void {
  const apiVersion = raw.apiVersion;
  if (apiVersion !== 'audit.k8s.io/v1') {
    const removed = apiVersion === 'audit.k8s.io/v1beta1' || apiVersion === 'audit.k8s.io/v1alpha1';
    problems.push({
      path: 'apiVersion',
      code: 'audit-policy-api-version',
      severity: 'error',
      text: removed ? msg('audit.header.removed', { apiVersion: quote(apiVersion) }) : msg('audit.header.apiVersion', { apiVersion: quote(apiVersion ?? '') }),
    });
  }
  if (raw.kind !== 'Policy') {
    problems.push({ path: 'kind', code: 'audit-policy-kind', severity: 'error', text: msg('audit.checkHeader', { p0: quote(raw.kind ?? '') }) });
  }
}

function isCatchAll(rule: AuditPolicyRule): boolean {
  return [rule.users, rule.userGroups, rule.verbs, rule.resources, rule.namespaces, rule.nonResourceURLs].every((l) => l.length === 0);
}

/** Later rules after a rule that matches everything are never consulted (edge case A1). */
function unreachableProblems(rules: readonly (AuditPolicyRule | null)[]): PolicyProblem[] {
  const first = rules.findIndex((r) => r !== null && isCatchAll(r));
  if (first < 0) return [];
  return rules.slice(first + 1).map((_, k) => {
    const i = first + 1 + k;
    return {
      path: `rules[${i}]`,
      code: 'audit-rule-unreachable',
      severity: 'warning' as const,
      text: msg('audit.unreachableProblems', { p0: first + 1, i }),
    };
  });
}

/** Options of the audit functions: the API server's minor version (default 35, lib/sim/version). */
export interface AuditVersionOptions {
  serverMinor?: number;
}

/** Read a Policy object (as parsed from YAML) as an API server of `serverMinor` would; never throws. */
export function readAuditPolicy(input: unknown, options: AuditVersionOptions = {}): ReadAuditPolicyResult {
  const minor = typeof options?.serverMinor === 'number' ? options.serverMinor : DEFAULT_SERVER_MINOR;
  const problems: PolicyProblem[] = [];
  const empty: AuditPolicy = { valid: false, rules: [], omitStages: [], omitManagedFields: false };
  if (!isRecord(input)) {
    problems.push({ path: '', code: 'audit-policy-not-object', severity: 'error', text: msg('audit.readAuditPolicy', {}) });
    return { policy: empty, problems };
  }
  checkHeader(input, problems);
  checkKeys(input, POLICY_KEYS, '', problems);
  const omitStages = readStrings(input.omitStages, 'omitStages', problems);
  omitStages.forEach((stage, i) => problems.push(...checkStage(stage, `omitStages[${i}]`)));
  const omitManagedFields = readBoolean(input.omitManagedFields, 'omitManagedFields', problems) ?? false;
  let rawRules: unknown[] = [];
  if (Array.isArray(input.rules)) rawRules = input.rules;
  else if (input.rules !== undefined && input.rules !== null) problems.push(typeProblem('rules', 'list', input.rules));
  const read = rawRules.map((raw, i) => readRule(raw, `rules[${i}]`, problems, minor));
  if (rawRules.length === 0) {
    problems.push({ path: 'rules', code: 'audit-policy-no-rules', severity: 'error', text: msg('audit.readAuditPolicy.1', {}) });
  }
  problems.push(...unreachableProblems(read));
  const valid = !problems.some((p) => p.severity === 'error');
  const rules = read.filter((r): r is AuditPolicyRule => r !== null);
  return { policy: { valid, rules: valid ? rules : [], omitStages, omitManagedFields }, problems };
}
