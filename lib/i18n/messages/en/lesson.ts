import type { GOAL_MESSAGES } from '../../../lesson/messages';
import { capitalized } from '../lessonText';
import type { AreaCatalog } from '../types';

export const lesson: AreaCatalog<typeof GOAL_MESSAGES> = {
  'goal.missingTarget': ({ target }) => `There is no ${target} in your files or the world yet.`,
  'goal.missingTargetFix': ({ target }) => `Write ${target} in your file (kind, namespace and name exactly as written here: they are case-sensitive).`,
  'goal.podOf': ({ target }) => `a pod of ${target}`,
  'goal.rejectedFix': () =>
    'Fix what the reason above names first (it is also in the Problems list of that file): until the API server accepts the object, this goal cannot see it.',
  'goal.rejected': ({ label, line, detail }) => `The API server rejects ${label} (line ${line}): ${detail}`,
  'goal.noAuditPolicyFix': () => 'Write an audit Policy with `apiVersion: audit.k8s.io/v1`, `kind: Policy` and its `rules` in your file.',
  'goal.noAuditPolicy': () => 'There is no audit Policy (audit.k8s.io/v1, kind: Policy) in your files yet.',
  'goal.auditEveryStageOmitted': ({ level, stages }) =>
    `The request matches a rule at ${level}, but \`omitStages\` (${stages.join(', ')}) drops every stage it goes through: no event is written, so nothing is recorded.`,
  'goal.auditEveryStageOmittedFix': () =>
    "Take `ResponseComplete` out of `omitStages` (the policy-wide list or the rule's, at this line): omit only `RequestReceived`, the stage with no response yet.",
  'goal.noFinding': ({ finding, target }) => `${target} has no "${finding}" finding.`,
  'goal.checkPasses': ({ check }) => `The check "${check}" passes.`,
  'goal.canNoBindingFix': () => 'No binding gives this subject anything that matches: add a Role (or ClusterRole) with this rule and bind it to the subject.',
  'goal.canDenyFix': () => 'This must be denied: narrow the rule or the binding that allows it (least privilege).',
  'goal.miss.rule': ({ number, role }) => `rule ${number} of ${role}`,
  'goal.miss.subject': ({ binding, subject }) => `in ${binding}, name ${subject} exactly as a subject`,
  'goal.miss.namespace': ({ namespace }) =>
    `the grant must apply in ${namespace || 'the whole cluster'}: a RoleBinding in that namespace (or a ClusterRoleBinding)`,
  'goal.miss.verb': ({ verb, rule }) => `add the verb \`${verb}\` to ${rule}`,
  'goal.miss.resource': ({ resource, rule }) => `add \`${resource}\` to ${rule}`,
  'goal.miss.apiGroup': ({ group, rule }) => `use the apiGroup \`${group}\` in ${rule}`,
  'goal.miss.resourceName': ({ name, rule }) => `add \`${name}\` to the resourceNames of ${rule} (or drop resourceNames if the request names no object)`,
  'goal.miss.kind': ({ rule }) => `${rule} is of the other kind (resources vs URLs): write a rule of the right kind`,
  'goal.miss.steps': ({ steps }) => `${capitalized(steps.join('; '))}.`,
  'goal.exclusiveOthers': ({ user, subjects, binding }) =>
    `${user} may do it, but your ${binding} also gives it to ${subjects.join(', ')}: the brief gives it to ${user} alone. Every subject of a binding gets everything its role grants.`,
  'goal.exclusiveOthersFix': ({ subjects, binding }) =>
    `Remove ${subjects.join(', ')} from the subjects of ${binding} (or give them their own binding to a role that does not grant this).`,
  'goal.leastPrivilegeOk': ({ count }) => `Nothing beyond what is needed: all ${count} granted permission(s) are on the allowed list.`,
  'goal.leastPrivilegeExtra': ({ grants }) => `Grants more than needed: ${grants.join('; ')}.`,
  'goal.leastPrivilegeFix': () => 'Remove the extra verbs or resources (and avoid wildcards) from the role bound to this subject.',
  'goal.checkMismatch': ({ path, expected, actual }) => `After admission, ${path} is ${actual ?? 'absent'}, not ${expected}.`,
  'goal.withNotes': ({ parts }) => parts.join(' '),
  'goal.couldNotRun': ({ message }) => `The check could not run: ${message}`,
};
