/**
 * Small phrase builders shared by the RBAC explanations (English and Spanish).
 * Rule numbers in words are 1-based; data keeps 0-based `ruleIndex`.
 */
import type { BindingRef, Lang, RoleRef } from '../types';
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
export function ruleNumber(ruleIndex: number, lang: Lang): string {
  return `${lang === 'es' ? 'regla' : 'rule'} ${ruleIndex + 1}`;
}

/** `a`, `a or b`, `a, b or c` (es: `a ni b`) — `mode` picks the connective. */
export function joinWords(items: readonly string[], lang: Lang, mode: 'or' | 'and' | 'nor'): string {
  if (items.length <= 1) return items[0] ?? '';
  const word = lang === 'es' ? { or: 'o', and: 'y', nor: 'ni' }[mode] : { or: 'or', and: 'and', nor: 'or' }[mode];
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** `in namespace dev` / `at the cluster scope`, the API server's two scopes. */
export function scopeText(namespace: string, lang: Lang): string {
  if (lang === 'es') return namespace ? `en el namespace ${namespace}` : 'a nivel de todo el clúster';
  return namespace ? `in namespace ${namespace}` : 'at the cluster scope';
}

/** `delete pods "web" in namespace dev`, `get /healthz` (es: `hacer delete sobre pods ...`). */
export function requestText(attributes: NormalizedAttributes, lang: Lang): string {
  if (attributes.kind === 'nonResource') {
    return lang === 'es' ? `hacer ${attributes.verb} sobre la ruta ${attributes.path}` : `${attributes.verb} ${attributes.path}`;
  }
  const what = resourceText(attributes.resource, attributes.group, attributes.subresource);
  const name = attributes.name ? ` "${attributes.name}"` : '';
  const scope = scopeText(attributes.namespace, lang);
  return lang === 'es' ? `hacer ${attributes.verb} sobre ${what}${name} ${scope}` : `${attributes.verb} ${what}${name} ${scope}`;
}

const KIND_WORDS: Record<Lang, Record<string, string>> = {
  en: { User: 'user', Group: 'group', ServiceAccount: 'service account' },
  es: { User: 'usuario', Group: 'grupo', ServiceAccount: 'service account' },
};

const SPANISH_TO: Record<string, string> = { User: 'al', Group: 'al', ServiceAccount: 'a la' };

/** `group devs`, `service account dev/builder`; `to` adds the Spanish preposition (`al grupo devs`). */
export function subjectWords(subject: SubjectRef, lang: Lang, to = false): string {
  const bare = KIND_WORDS[lang][subject.kind] ?? `${subject.kind || '?'}`;
  const kind = lang === 'es' && to ? `${SPANISH_TO[subject.kind] ?? 'a'} ${bare}` : bare;
  const name = subject.kind === 'ServiceAccount' && subject.namespace ? `${subject.namespace}/${subject.name}` : subject.name;
  if (subject.kind === 'ServiceAccount' && !subject.namespace) {
    return lang === 'es' ? `${kind} ${name} (sin namespace: no coincide con nadie)` : `${kind} ${name} (no namespace: matches nobody)`;
  }
  return `${kind} ${name}`;
}

/** The identity as learners know it: the user name, or "a member of group x" for a bare group. */
export function whoText(user: string, groups: readonly string[], lang: Lang): string {
  if (user) return user;
  const group = groups[0] ?? '';
  return lang === 'es' ? `un miembro del grupo ${group}` : `a member of group ${group}`;
}
