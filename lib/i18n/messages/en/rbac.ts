import type { RBAC_MESSAGES } from '../../../sim/rbac/messages';
import type { AreaCatalog } from '../types';

const via = (rule: string, binding: string, hints: string[]) => `(${rule}, via ${binding})${hints.length ? `; ${hints.join('; ')}` : ''}`;
const subject = (kind: string, p: { name: string; noNamespace: boolean }) => `${kind} ${p.name}${p.noNamespace ? ' (no namespace: matches nobody)' : ''}`;

export const rbac: AreaCatalog<typeof RBAC_MESSAGES> = {
  'rbac.ruleNumber': ({ index }) => `rule ${index + 1}`,
  'rbac.scope': ({ namespace }) => (namespace ? `in namespace ${namespace}` : 'at the cluster scope'),
  'rbac.requestPath': ({ verb, path }) => `${verb} ${path}`,
  'rbac.request': ({ verb, what, name, scope }) => `${verb} ${what}${name ? ` "${name}"` : ''} ${scope}`,
  'rbac.subject.User': (p) => subject('user', p),
  'rbac.subject.Group': (p) => subject('group', p),
  'rbac.subject.ServiceAccount': (p) => subject('service account', p),
  'rbac.subject.other': (p) => subject(p.kind, p),
  'rbac.groupMember': ({ group }) => `a member of group ${group}`,
  'rbac.lack.verb': ({ verb }) => `the verb ${verb}`,
  'rbac.lack.apiGroup': ({ group, core }) => `the API group "${group}"${core ? ' (core)' : ''}`,
  'rbac.lack.resource': ({ what }) => `the resource ${what}`,
  'rbac.lack.resourceHint': ({ parent, what }) => `a rule on ${parent} does not cover ${what}`,
  'rbac.lack.name': ({ name }) => `the name "${name}"`,
  'rbac.lack.nameHint': ({ allowed }) => `the rule only allows ${allowed}`,
  'rbac.lack.noName': () => 'a request without a name',
  'rbac.lack.noNameHint': ({ allowed }) => `list, watch, create and deletecollection carry none, and the rule is limited to ${allowed}`,
  'rbac.lack.path': ({ path }) => `the path ${path}`,
  'rbac.lack.resources': () => 'resources',
  'rbac.lack.resourcesHint': () => 'that rule only lists nonResourceURLs',
  'rbac.lack.paths': ({ path }) => `paths like ${path}`,
  'rbac.lack.pathsHint': () => 'that rule only lists resources',
  'rbac.missScope': ({ namespace }) => (namespace ? `in ${namespace}` : 'cluster-wide'),
  'rbac.miss.rule': ({ role, matched, scope, lacking, rule, binding, hints }) =>
    matched
      ? `${role} matches ${matched} ${scope} but not ${lacking} ${via(rule, binding, hints)}`
      : `${role} applies ${scope} but does not match ${lacking} ${via(rule, binding, hints)}`,
  'rbac.reqScope.path': () => 'a path has no namespace, so RoleBindings never apply to it',
  'rbac.reqScope.in': ({ namespace }) => `the request is in ${namespace}`,
  'rbac.reqScope.none': () => 'the request has no namespace',
  'rbac.reqScope.noneLong': () => 'the request has no namespace (cluster-scoped or across all namespaces), and a RoleBinding only counts inside its namespace',
  'rbac.miss.namespace': ({ binding, where, request }) => `${binding} grants this in namespace ${where}, but ${request}`,
  'rbac.miss.namespaceAnd': ({ binding, where, request, rest }) => `${binding} only applies in namespace ${where} (${request}); besides, ${rest}`,
  'rbac.miss.noSubjects': ({ role, rule, binding, applies }) => `${role} (${rule}) ${applies ? 'applies' : 'allows this'}, but ${binding} has no subjects`,
  'rbac.miss.notInGroup': ({ role, rule, subjects, binding, who }) => `${role} (${rule}) is bound to ${subjects} (${binding}), but ${who} is not in it`,
  'rbac.miss.notSubject': ({ role, rule, subjects, binding, who }) => `${role} (${rule}) is bound to ${subjects} (${binding}), not to ${who}`,
  'rbac.miss.noneOfSubjects': ({ role, rule, subjects, binding, who }) => `${role} (${rule}) is bound to ${subjects} (${binding}), and ${who} is none of them`,
  'rbac.miss.subject': ({ subject: s, rest, near }) => `${s}${rest ? `; besides, ${rest}` : ''}${near ? `. ${near}` : ''}`,
  'rbac.near.case': ({ subject: s, user }) => `Note: the subject says "${s}" but the user is "${user}": names are case-sensitive`,
  'rbac.near.serviceAccount': ({ subject: s, requester }) => `Note: the subject is ServiceAccount ${s}, but the requester is ${requester}`,
  'rbac.allowed.masters': ({ user, group }) => `allowed: ${user} is in group ${group}, which the API server allows everything without consulting RBAC`,
  'rbac.allowed.by': ({ binding, role, rule, aggregatedFrom, subject: s }) =>
    `allowed by ${binding} (${role}, ${rule}${aggregatedFrom ? `, aggregated from ClusterRole ${aggregatedFrom}` : ''}) to ${s}`,
  'rbac.unusable.missingRoleElsewhere': ({ binding, who, role, roleName, where }) =>
    `${binding} names ${who}, but its ${role} does not exist (there is a Role ${roleName} in ${where}, but a RoleBinding only uses Roles of its own namespace)`,
  'rbac.unusable.missingRole': ({ binding, who, role }) => `${binding} names ${who}, but its ${role} does not exist`,
  'rbac.unusable.kind': ({ binding, who, kind }) => `${binding} names ${who}, but its roleRef.kind "${kind}" is neither Role nor ClusterRole`,
  'rbac.unusable.noRules': ({ binding, who, role }) => `${binding} names ${who}, but ${role} has no rules`,
  'rbac.unusable.aggregatedEmpty': ({ binding, who, role }) =>
    `${binding} names ${who}, but ${role} has no rules: it is aggregated, so its hand-written rules are replaced by those of the ClusterRoles its selectors pick, and none contributes any`,
  'rbac.denied.invalid': ({ detail }) => `denied: invalid request (${detail ?? 'no attributes'})`,
  'rbac.denied': ({ who, request, miss, unusable, errors }) => {
    const notes = unusable.map((u) => ` ${u}.`).join('');
    const nothing = ' No binding names this user or any of their groups, and none in scope grants this.';
    const detail = miss ? ` Nearest miss: ${miss}.${notes}` : notes || nothing;
    return `denied: no RBAC rule allows ${who} to ${request}.${detail}${errors.length ? ` RBAC errors: ${errors.join('; ')}.` : ''}`;
  },
  'rbac.foreign': ({ reason }) => reason,
  'rbac.foreign.decided': ({ binding, role, rule }) => `${binding} (${role}, ${rule})`,
  'rbac.noVerdict': () => 'no verdict',
  'rbac.impersonation.none': ({ actor }) => `no impersonation: requests run as ${actor}`,
  'rbac.impersonation.groupsWithoutUser': () => 'denied: --as-group needs --as (a user to impersonate)',
  'rbac.impersonation.denied': ({ actor, as, because }) => `denied: ${actor} may not act as ${as}: ${because.replace(/^denied: /, '')}`,
  'rbac.impersonation.allowed': ({ actor, as, groups }) => `allowed: ${actor} may act as ${as} (groups: ${groups})`,
  'rbac.noUser': () => '(no user)',
  'rbacWrite.roleRef': ({ kind, name, namespace }) => `${kind} ${name}${namespace ? ` (in ${namespace})` : ''}`,
  'rbacWrite.not-rbac': () => 'not an RBAC object: no escalation check applies',
  'rbacWrite.system:masters': ({ who }) => `allowed: ${who} is in system:masters, which may grant anything`,
  'rbacWrite.escalate': ({ who, resource, kind }) => `allowed: ${who} holds the verb escalate on ${resource}, so the ${kind} may grant anything`,
  'rbacWrite.bind': ({ who, role }) => `allowed: ${who} holds the verb bind on ${role}`,
  'rbacWrite.coversRole': ({ who, role }) => `allowed: ${who} already holds every permission of ${role}`,
  'rbacWrite.coversObject': ({ who, object }) => `allowed: ${who} already holds every permission ${object} grants`,
  'rbacWrite.denied-missing-role': ({ role }) => `denied: ${role} does not exist; only system:masters or a writer with bind on it may bind it before it exists`,
  'rbacWrite.deniedEscalationRole': ({ who, role }) => `denied: ${role} grants permissions ${who} does not hold, and ${who} may not bind it (no bind verb)`,
  'rbacWrite.deniedEscalationObject': ({ who, object }) =>
    `denied: ${object} grants permissions ${who} does not hold, and ${who} may not escalate (no escalate verb)`,
  'rbacWrite.denied-aggregation': ({ who, object }) =>
    `denied: ${object} has an aggregationRule, which needs full cluster-admin permissions (or escalate), and ${who} lacks them`,
  'rbacWrite.invalid': ({ kind, refKind }) => `invalid: a ${kind} cannot reference ${refKind || '(no kind)'}`,
  'rbacWrite.theWriter': () => 'the writer',
  'rbacWrite.missing': ({ base, missing }) => `${base}. Missing: ${missing}`,
};
