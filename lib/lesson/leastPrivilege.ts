import { breakdownRule, builtinObjects, createCluster, listPermissions, RESOURCES, type Cluster, type PermissionList } from '../sim';
import type { GoalContext } from './goals';
import { goalIdentity } from './identity';
import { podIdentityOf } from './podIdentity';
import type { AllowedPermission, Goal, GoalResult } from './types';
import { msg } from './messages';

interface GrantedRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

function covered(allowed: AllowedPermission[], group: string, resource: string, verb: string, name?: string): boolean {
  return allowed.some(
    (a) =>
      (a.group ?? '') === group &&
      a.resources.includes(resource) &&
      a.verbs.includes(verb) &&
      (!a.resourceNames || a.resourceNames.length === 0 || (name !== undefined && a.resourceNames.includes(name))),
  );
}

const SERVED = new Set(RESOURCES.map((r) => `${r.group}/${r.resource}`));
const BUILTIN_GROUPS = new Set(RESOURCES.map((r) => r.group));
const BUILTIN_RESOURCES = new Set(RESOURCES.map((r) => r.resource));

/**
 * A rule string no request can ever match, so it grants nothing: `pods/*` (RBAC has no wildcard
 * subresource; only `*`, and `*` followed by `/subresource`, are wildcards, pkg/apis/rbac/v1/evaluation_helpers.go
 * ResourceMatches), or a built-in resource under a built-in group that does not serve it
 * (`deployments` in the core group, `services` in `apps`: a rule with `apiGroups: ["", "apps"]`).
 * A name no group serves (`sillones`) is kept: RBAC compares text, and the exercise may ask for it.
 */
export function deadAtom(group: string, resource: string): boolean {
  const [base, sub] = resource.split('/', 2);
  if (sub === '*') return true;
  return base !== '*' && BUILTIN_GROUPS.has(group) && BUILTIN_RESOURCES.has(base) && !SERVED.has(`${group}/${base}`);
}

/**
 * Every granted atom (group × resource × verb [× name], or URL × verb) outside the allowed list,
 * from lib/sim/rbac's BreakdownRule (pkg/registry/rbac/validation/policy_comparator.go).
 */
export function extraGrants(rules: GrantedRule[], allowed: AllowedPermission[]): string[] {
  const atoms = rules.flatMap((rule) => breakdownRule({ ...rule, apiGroups: rule.apiGroups.length ? rule.apiGroups : [''] }));
  const extra = atoms.flatMap(({ verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [name], nonResourceURLs: [url] }) => {
    if (url !== undefined) return [`${verb} ${url}`];
    if (deadAtom(group, resource)) return [];
    return covered(allowed, group, resource, verb, name) ? [] : [`${verb} ${resource}${group ? `.${group}` : ''}${name ? `/${name}` : ''}`];
  });
  return [...new Set(extra)];
}

let builtinCluster: Cluster | undefined;

/**
 * What every identity of these groups gets from the bootstrap policy alone (discovery, self
 * reviews: `system:basic-user`, `system:discovery`, ...). Not the learner's doing, so never
 * "more than needed".
 */
export function baselineGrants(user: string, groups: string[], namespace: string | undefined): ReadonlySet<string> {
  const key = JSON.stringify([user, groups, namespace ?? null]);
  let grants = baselines.get(key);
  if (!grants) {
    builtinCluster ??= createCluster(builtinObjects([]));
    grants = new Set(extraGrants(grantedRules(listPermissions(builtinCluster, { user, groups, namespace })), []));
    if (baselines.size >= MAX_BASELINES) baselines.delete(baselines.keys().next().value!);
    baselines.set(key, grants);
  }
  return grants;
}

/**
 * The bootstrap policy never changes, so neither does what it grants an identity: worked out
 * once per identity and namespace (a few per exercise), like the built-in cluster itself.
 */
const baselines = new Map<string, ReadonlySet<string>>();
const MAX_BASELINES = 64;

/** Least privilege as the simulator sees it: what the subject can do, minus what is allowed and what every cluster grants anyway, must be empty. */
export function leastPrivilegeVerdict(
  goal: Extract<Goal, { kind: 'leastPrivilege' }>,
  ctx: GoalContext,
): Pick<GoalResult, 'pass' | 'explanation' | 'fix' | 'verdict'> {
  const q = goal.leastPrivilege;
  const who = q.asPod ? podIdentityOf(q.asPod, ctx) : { user: q.as ?? '' };
  if ('why' in who) return { pass: false, explanation: who.why };
  const { user, groups } = goalIdentity(who.user, q.groups);
  const list = listPermissions(ctx.cluster, { user, groups, namespace: q.namespace });
  const rules = grantedRules(list);
  const baseline = baselineGrants(user, groups, q.namespace);
  const granted = extraGrants(rules, q.allowed).filter((atom) => !baseline.has(atom));
  const extra = [...(list.privileged ? ['* (system:masters)'] : []), ...granted];
  const pass = extra.length === 0;
  return {
    pass,
    verdict: list,
    explanation: pass ? msg('goal.leastPrivilegeOk', { count: rules.length }) : msg('goal.leastPrivilegeExtra', { grants: extra.slice(0, 8) }),
    fix: pass ? undefined : msg('goal.leastPrivilegeFix', {}),
  };
}

/** Reads the simulator's permission list (the rows of `kubectl auth can-i --list`) into plain rules. */
export function grantedRules(list: PermissionList): GrantedRule[] {
  return list.rows.map((row) => ({ ...row.rule }));
}
