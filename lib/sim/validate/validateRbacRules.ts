import { msg } from '../messages';
import type { Finding } from './finding';
import { finding, withApi } from './finding';
import { NON_RESOURCE_VERBS, RESOURCE_GROUPS, RESOURCE_VERBS, pluralOf } from './rbacTables';
import { didYouMean } from '../support/didYouMean';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * PolicyRule validation of Roles and ClusterRoles (pkg/apis/rbac/validation ValidatePolicyRule):
 * at least one verb; `nonResourceURLs` only in a ClusterRole and never with apiGroups,
 * resources or resourceNames; a resource rule needs apiGroups and resources. Plus warnings for
 * rules that are legal but can never match what the learner meant (RBAC compares strings
 * exactly: `Pods`, `apps/v1`, `pods/*` and `deployments` in the core group match nothing).
 * Errors carry ValidatePolicyRule's own field.Error (`api`, what kubectl prints on apply).
 */
export function validateRules(rules: unknown, kind: string): Finding[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, i) => (isRecord(rule) ? validateRule(rule, indexPath('rules', i), kind) : []));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function validateRule(rule: Record<string, unknown>, path: string, kind: string): Finding[] {
  const out: Finding[] = [];
  const verbs = strings(rule.verbs);
  const urls = strings(rule.nonResourceURLs);
  // A missing `verbs` is already a schema error (required field).
  if (verbs.length === 0 && Array.isArray(rule.verbs)) {
    const bad = finding('error', 'rbac-rule-no-verbs', joinPath(path, 'verbs'), msg('validate.rbac.ruleNoVerbs', {}));
    out.push(withApi(bad, { type: 'Required value', detail: 'verbs must contain at least one value' }));
  }
  if (urls.length > 0) return [...out, ...nonResourceRule(rule, path, kind), ...verbWarnings(verbs, path, NON_RESOURCE_VERBS)];
  if (!Array.isArray(rule.apiGroups) || rule.apiGroups.length === 0) {
    const at = Array.isArray(rule.apiGroups) ? joinPath(path, 'apiGroups') : path;
    const bad = finding('error', 'rbac-rule-no-api-groups', at, msg('validate.rbac.ruleNoApiGroups', {}));
    out.push(withApi(bad, { type: 'Required value', field: joinPath(path, 'apiGroups'), detail: 'resource rules must supply at least one api group' }));
  }
  if (strings(rule.resources).length === 0) {
    const at = Array.isArray(rule.resources) ? joinPath(path, 'resources') : path;
    const bad = finding('error', 'rbac-rule-no-resources', at, msg('validate.rbac.ruleNoResources', {}));
    out.push(withApi(bad, { type: 'Required value', field: joinPath(path, 'resources'), detail: 'resource rules must supply at least one resource' }));
  }
  return [
    ...out,
    ...verbWarnings(verbs, path, RESOURCE_VERBS),
    ...groupWarnings(rule, path),
    ...resourceWarnings(rule, path),
    ...resourceNameInfo(rule, verbs, path),
  ];
}

function nonResourceRule(rule: Record<string, unknown>, path: string, kind: string): Finding[] {
  const out: Finding[] = [];
  if (kind === 'Role') {
    const bad = finding('error', 'rbac-non-resource-in-role', joinPath(path, 'nonResourceURLs'), msg('validate.rbac.nonResourceInRole', {}));
    out.push(
      withApi(bad, {
        type: 'Invalid value',
        field: joinPath(path, 'nonResourceURLs'),
        value: strings(rule.nonResourceURLs),
        detail: 'namespaced rules cannot apply to non-resource URLs',
      }),
    );
  }
  const mixed = ['apiGroups', 'resources', 'resourceNames'].filter((f) => strings(rule[f]).length > 0);
  if (mixed.length > 0) {
    const bad = finding('error', 'rbac-non-resource-mixed', joinPath(path, mixed[0]), msg('validate.rbac.nonResourceMixed', { fields: mixed }));
    const detail = 'rules cannot apply to both regular resources and non-resource URLs';
    out.push(withApi(bad, { type: 'Invalid value', field: joinPath(path, 'nonResourceURLs'), value: strings(rule.nonResourceURLs), detail }));
  }
  return out;
}

function verbWarnings(verbs: string[], path: string, known: string[]): Finding[] {
  return verbs.flatMap((verb, j): Finding[] => {
    if (verb === '*' || known.includes(verb)) return [];
    const at = indexPath(joinPath(path, 'verbs'), j);
    const lower = verb.toLowerCase();
    const guess = known.includes(lower) ? lower : didYouMean(verb, known);
    if (guess === undefined) return [];
    return [finding('warning', 'rbac-unknown-verb', at, msg('validate.rbac.unknownVerb', { verb, guess }))];
  });
}

function groupWarnings(rule: Record<string, unknown>, path: string): Finding[] {
  return strings(rule.apiGroups).flatMap((group, j): Finding[] => {
    const at = indexPath(joinPath(path, 'apiGroups'), j);
    if (group === 'core' || group === 'v1') return [finding('warning', 'rbac-api-group-core', at, msg('validate.rbac.apiGroupCore', { group }))];
    if (!group.includes('/')) return [];
    const bare = group.split('/')[0];
    return [finding('warning', 'rbac-api-group-with-version', at, msg('validate.rbac.apiGroupWithVersion', { bare, group }))];
  });
}

function resourceWarnings(rule: Record<string, unknown>, path: string): Finding[] {
  // Read groups as meant (`apps/v1` as `apps`, `core` as ""): groupWarnings already flags them.
  const groups = strings(rule.apiGroups).map((g) => (g === 'core' || g === 'v1' ? '' : g.split('/')[0]));
  return strings(rule.resources).flatMap((resource, j): Finding[] => {
    const at = indexPath(joinPath(path, 'resources'), j);
    const [base, sub] = resource.split('/', 2);
    if (sub === '*') return [finding('warning', 'rbac-subresource-wildcard', at, msg('validate.rbac.subresourceWildcard', { base }))];
    const plural = pluralOf(base);
    if (plural !== undefined) return [finding('warning', 'rbac-resource-name', at, msg('validate.rbac.resourceName', { plural, base }))];
    const homes = RESOURCE_GROUPS.get(base);
    if (homes === undefined || groups.length === 0 || groups.includes('*') || homes.some((g) => groups.includes(g))) return [];
    return [finding('warning', 'rbac-resource-wrong-group', at, msg('validate.rbac.resourceWrongGroup', { resource: base, groups: homes }))];
  });
}

function resourceNameInfo(rule: Record<string, unknown>, verbs: string[], path: string): Finding[] {
  const nameless = verbs.filter((v) => v === 'create' || v === 'list' || v === 'watch' || v === 'deletecollection');
  if (strings(rule.resourceNames).length === 0 || nameless.length === 0) return [];
  return [
    finding('info', 'rbac-resource-names-nameless-verb', joinPath(path, 'resourceNames'), msg('validate.rbac.resourceNamesNamelessVerb', { verbs: nameless })),
  ];
}
