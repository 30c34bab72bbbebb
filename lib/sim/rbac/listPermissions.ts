/**
 * `listPermissions`: what may this user do in a namespace? Models a SelfSubjectRulesReview
 * (k8s `plugin/pkg/auth/authorizer/rbac/rbac.go` RulesFor over rule.go VisitRulesFor) as
 * printed by `kubectl auth can-i --list` (kubectl `pkg/cmd/auth/cani.go` printStatus and
 * `pkg/util/rbac/rbac.go`: BreakdownRule, CompactRules, SortableRuleSlice), with provenance.
 */
import type { Cluster } from '../types';
import { aggregateErrors, applicableBindings, matchingSubjectIndex, roleOf } from './applicableBindings';
import { compareGo, goList } from '../support/goText';
import { getRbacIndex, type BindingEntry, type RoleEntry } from './rbacIndex';
import { rbacMemo } from './sharedIndex';
import { contentKey } from '../support/contentKey';
import { isRecord, readString, readStringList } from './read';
import { MASTERS_GROUP } from './subjects';
import type { PermissionList, PermissionRow, PermissionSource, PolicyRule } from './types';

interface SourcedRule {
  rule: PolicyRule;
  binding: BindingEntry;
  role: RoleEntry;
  ruleIndex: number;
}

interface Atom {
  group: string;
  resource: string;
  name: string | null;
  verb: string;
  from: SourcedRule;
}

/** RBAC RulesFor: the rules of every applicable binding, resource rules first (as the review lists them). */
function collectRules(cluster: Cluster, user: string, groups: string[], namespace: string) {
  const index = getRbacIndex(cluster);
  const identity = { user, groups };
  const errors: string[] = [];
  const resourceRules: SourcedRule[] = [];
  const urlRules: SourcedRule[] = [];
  for (const binding of applicableBindings(index, identity, namespace)) {
    const role = roleOf(index, binding);
    if ('error' in role) {
      errors.push(role.error);
      continue;
    }
    role.rules.forEach((rule, ruleIndex) => {
      if (rule.resources.length > 0) resourceRules.push({ rule, binding, role, ruleIndex });
      if (rule.nonResourceURLs.length > 0) urlRules.push({ rule, binding, role, ruleIndex });
    });
  }
  return { identity, errors, resourceRules, urlRules };
}

/** BreakdownRule for resource rules: one atom per group × resource × verb × name. */
function resourceAtoms(sourced: SourcedRule): Atom[] {
  const { rule } = sourced;
  const names: (string | null)[] = rule.resourceNames.length > 0 ? rule.resourceNames : [null];
  const atoms: Atom[] = [];
  for (const group of rule.apiGroups)
    for (const resource of rule.resources) for (const verb of rule.verbs) for (const name of names) atoms.push({ group, resource, name, verb, from: sourced });
  return atoms;
}

function sourceOf(from: SourcedRule, user: string, groups: string[]): PermissionSource {
  const subjectIndex = matchingSubjectIndex(from.binding, { user, groups });
  return {
    binding: from.binding.ref,
    role: from.binding.role ?? from.role.ref,
    ruleIndex: from.ruleIndex,
    subject: from.binding.subjects[subjectIndex] ?? { kind: '', name: '' },
    verbs: [],
  };
}

function addSource(sources: PermissionSource[], from: SourcedRule, verb: string, user: string, groups: string[]): void {
  let source = sources.find((s) => s.ruleIndex === from.ruleIndex && s.binding === from.binding.ref);
  if (!source) sources.push((source = sourceOf(from, user, groups)));
  if (!source.verbs.includes(verb)) source.verbs.push(verb);
}

/** CompactRules: resource atoms that differ only in verb merge (verbs in first-seen order). */
function compactResourceAtoms(atoms: Atom[], user: string, groups: string[]): { rule: PolicyRule; sources: PermissionSource[] }[] {
  const rows = new Map<string, { rule: PolicyRule; sources: PermissionSource[] }>();
  for (const atom of atoms) {
    const key = JSON.stringify([atom.group, atom.resource, atom.name]);
    let row = rows.get(key);
    if (!row) {
      const rule = {
        verbs: [],
        apiGroups: [atom.group],
        resources: [atom.resource],
        resourceNames: atom.name === null ? [] : [atom.name],
        nonResourceURLs: [],
      };
      rows.set(key, (row = { rule, sources: [] }));
    }
    if (!row.rule.verbs.includes(atom.verb)) row.rule.verbs.push(atom.verb);
    addSource(row.sources, atom.from, atom.verb, user, groups);
  }
  return [...rows.values()];
}

/** Non-resource atoms are never merged: one row per URL × verb, duplicates included. */
function urlRows(rules: SourcedRule[], user: string, groups: string[]): { rule: PolicyRule; sources: PermissionSource[] }[] {
  const rows: { rule: PolicyRule; sources: PermissionSource[] }[] = [];
  for (const from of rules) {
    for (const url of from.rule.nonResourceURLs) {
      for (const verb of from.rule.verbs) {
        const sources: PermissionSource[] = [];
        addSource(sources, from, verb, user, groups);
        rows.push({ rule: { verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] }, sources });
      }
    }
  }
  return rows;
}

/** The Go String() of an rbac/v1 PolicyRule: kubectl sorts the rows by it. */
export function policyRuleGoString(rule: PolicyRule): string {
  return `&PolicyRule{Verbs:${goList(rule.verbs)},APIGroups:${goList(rule.apiGroups)},Resources:${goList(rule.resources)},ResourceNames:${goList(rule.resourceNames)},NonResourceURLs:${goList(rule.nonResourceURLs)},}`;
}

/** kubectl's CombineResourceGroup: `pods`, `deployments.apps`, `deployments.apps/scale`, `*.*`. */
export function combineResourceGroup(resources: readonly string[], apiGroups: readonly string[]): string {
  if (resources.length === 0) return '';
  const slash = resources[0].indexOf('/');
  const resource = slash < 0 ? resources[0] : resources[0].slice(0, slash);
  const group = apiGroups.length > 0 && apiGroups[0] !== '' ? `.${apiGroups[0]}` : '';
  return `${resource}${group}${slash < 0 ? '' : `/${resources[0].slice(slash + 1)}`}`;
}

function toRow(entry: { rule: PolicyRule; sources: PermissionSource[] }): PermissionRow {
  const { rule } = entry;
  const columns = {
    resources: combineResourceGroup(rule.resources, rule.apiGroups),
    nonResourceURLs: goList(rule.nonResourceURLs),
    resourceNames: goList(rule.resourceNames),
    verbs: goList(rule.verbs),
  };
  return { rule, columns, sources: entry.sources };
}

/**
 * List the permissions of a user in one namespace, like `kubectl auth can-i --list -n <ns>`.
 * `namespace` '' (or absent) asks cluster-wide: only ClusterRoleBindings count (kubectl itself
 * always sends a namespace, `default` unless told otherwise). Groups are used as given.
 */
export function listPermissions(cluster: Cluster, subject: { user: string; groups?: string[]; namespace?: string }): PermissionList {
  // The same subject on the same RBAC objects has the same list (rbacMemo).
  const memo = rbacMemo<PermissionList>(getRbacIndex(cluster), 'listPermissions');
  const key = memo ? contentKey(subject) : undefined;
  const known = key === undefined ? undefined : memo?.get(key);
  if (known) return known;
  const list = permissionsOf(cluster, subject);
  if (key !== undefined) memo?.set(key, list);
  return list;
}

function permissionsOf(cluster: Cluster, subject: { user: string; groups?: string[]; namespace?: string }): PermissionList {
  const body: Record<string, unknown> = isRecord(subject) ? subject : {};
  const user = readString(body.user);
  const groups = readStringList(body.groups);
  const namespace = readString(body.namespace);
  const { errors, resourceRules, urlRules } = collectRules(cluster, user, groups, namespace);
  const compacted = [...urlRows(urlRules, user, groups), ...compactResourceAtoms(resourceRules.flatMap(resourceAtoms), user, groups)];
  const keyed = compacted.map((entry) => ({ entry, key: policyRuleGoString(entry.rule) }));
  keyed.sort((a, b) => compareGo(a.key, b.key));
  const list: PermissionList = {
    user,
    groups,
    namespace,
    rows: keyed.map(({ entry }) => toRow(entry)),
    incomplete: false,
    privileged: groups.includes(MASTERS_GROUP),
  };
  if (errors.length > 0) list.evaluationError = aggregateErrors(errors);
  return list;
}
