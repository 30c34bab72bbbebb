import { listPermissions, type PermissionList } from '../sim';
import type { GoalContext } from './goals';
import { goalIdentity, podIdentity } from './identity';
import type { AllowedPermission, Goal, GoalResult } from './types';
import { both, goalWords } from './words';

interface GrantedRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

function covered(allowed: AllowedPermission[], group: string, resource: string, verb: string, name?: string): boolean {
  return allowed.some((a) =>
    (a.group ?? '') === group &&
    a.resources.includes(resource) &&
    a.verbs.includes(verb) &&
    (!a.resourceNames || a.resourceNames.length === 0 || (name !== undefined && a.resourceNames.includes(name))),
  );
}

/** Every granted atom (group × resource × verb [× name]) outside the allowed list. */
export function extraGrants(rules: GrantedRule[], allowed: AllowedPermission[]): string[] {
  const extra: string[] = [];
  for (const rule of rules) {
    for (const url of rule.nonResourceURLs) for (const verb of rule.verbs) extra.push(`${verb} ${url}`);
    for (const group of rule.apiGroups.length ? rule.apiGroups : ['']) {
      for (const resource of rule.resources) {
        for (const verb of rule.verbs) {
          const names = rule.resourceNames.length ? rule.resourceNames : [undefined];
          for (const name of names) {
            if (!covered(allowed, group, resource, verb, name)) {
              extra.push(`${verb} ${resource}${group ? `.${group}` : ''}${name ? `/${name}` : ''}`);
            }
          }
        }
      }
    }
  }
  return [...new Set(extra)];
}

/** Least privilege as the simulator sees it: what the subject can do, minus what is allowed, must be empty. */
export function leastPrivilegeVerdict(goal: Extract<Goal, { kind: 'leastPrivilege' }>, ctx: GoalContext): Pick<GoalResult, 'pass' | 'explanation' | 'fix' | 'verdict'> {
  const as = goal.leastPrivilege.asPod ? podIdentity(goal.leastPrivilege.asPod, ctx.cluster) : goal.leastPrivilege.as;
  if (as === undefined) return { pass: false, explanation: both((l) => goalWords(l).missingTarget(`Pod ${goal.leastPrivilege.asPod}`)) };
  const { user, groups } = goalIdentity(as, goal.leastPrivilege.groups);
  const list = listPermissions(ctx.cluster, { user, groups, namespace: goal.leastPrivilege.namespace });
  const rules = grantedRules(list);
  const extra = [...(list.privileged ? ['* (system:masters)'] : []), ...extraGrants(rules, goal.leastPrivilege.allowed)];
  const pass = extra.length === 0;
  return {
    pass,
    verdict: list,
    explanation: pass ? both((l) => goalWords(l).leastPrivilegeOk(rules.length)) : both((l) => goalWords(l).leastPrivilegeExtra(extra.slice(0, 8))),
    fix: pass ? undefined : both((l) => goalWords(l).leastPrivilegeFix),
  };
}

/** Reads the simulator's permission list (the rows of `kubectl auth can-i --list`) into plain rules. */
export function grantedRules(list: PermissionList): GrantedRule[] {
  return list.rows.map((row) => ({ ...row.rule }));
}
