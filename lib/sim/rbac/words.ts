/**
 * Small phrase builders shared by the RBAC explanations: names as kubectl shows them, the rest as
 * messages (words in lib/i18n/messages).
 * Rule numbers in words are 1-based; data keeps 0-based `ruleIndex`.
 */
import type { BindingRef, RoleRef } from '../types';
import { msg, verbatim, type Message } from '../messages';
import type { NormalizedAttributes, SubjectRef } from './types';

/** `pods`, `deployments.apps`, `deployments.apps/scale` (kubectl's resource.group/sub). */
export function resourceText(resource: string, group: string, subresource: string): string {
  return `${resource}${group ? `.${group}` : ''}${subresource ? `/${subresource}` : ''}`;
}

/** `RoleBinding dev/read-pods`, `ClusterRoleBinding view-all` (namespace/name, as kubectl shows them). */
export function bindingText(binding: BindingRef): string {
  return binding.kind === 'RoleBinding' ? `RoleBinding ${binding.namespace ?? ''}/${binding.name}` : `ClusterRoleBinding ${binding.name}`;
}

/** `Role dev/pod-reader`, `ClusterRole view`. */
export function roleText(role: RoleRef): string {
  return role.kind === 'Role' ? `Role ${role.namespace ?? ''}/${role.name}` : `ClusterRole ${role.name}`;
}

/** 1-based rule number in words. */
export function ruleNumber(ruleIndex: number): Message {
  return msg('rbac.ruleNumber', { index: ruleIndex });
}

/** `a`, `a or b`, `a, b or c` (es: `a ni b`) — `mode` picks the connective. */
export function joinWords(items: readonly (string | Message)[], mode: 'or' | 'and' | 'nor'): Message {
  return msg(`common.${mode}`, { items });
}

/** `in namespace dev` / `at the cluster scope`, the API server's two scopes. */
export function scopeText(namespace: string): Message {
  return msg('rbac.scope', { namespace });
}

/** `delete pods "web" in namespace dev`, `get /healthz`. */
export function requestText(attributes: NormalizedAttributes): Message {
  if (attributes.kind === 'nonResource') return msg('rbac.requestPath', { verb: attributes.verb, path: attributes.path });
  const what = resourceText(attributes.resource, attributes.group, attributes.subresource);
  return msg('rbac.request', { verb: attributes.verb, what, name: attributes.name, scope: scopeText(attributes.namespace) });
}

const SUBJECT_CODES = { User: 'rbac.subject.User', Group: 'rbac.subject.Group', ServiceAccount: 'rbac.subject.ServiceAccount' } as const;

/** `group devs`, `service account dev/builder`; `to` words it as an object (es: `al grupo devs`). */
export function subjectWords(subject: SubjectRef, to = false): Message {
  const name = subject.kind === 'ServiceAccount' && subject.namespace ? `${subject.namespace}/${subject.name}` : subject.name;
  const noNamespace = subject.kind === 'ServiceAccount' && !subject.namespace;
  const code = SUBJECT_CODES[subject.kind as keyof typeof SUBJECT_CODES];
  if (code) return msg(code, { name, to, noNamespace });
  return msg('rbac.subject.other', { name, to, noNamespace, kind: subject.kind || '?' });
}

/** The identity as learners know it: the user name, or "a member of group x" for a bare group. */
export function whoText(user: string, groups: readonly string[]): Message {
  if (user) return verbatim(user);
  return msg('rbac.groupMember', { group: groups[0] ?? '' });
}
