/**
 * The nearest miss as a message: "Role dev/pod-reader matches pods in dev but not the verb delete
 * (rule 1, via RoleBinding dev/read-pods)". Words: lib/i18n/messages/<lang>/rbac.ts.
 */
import { msg, type Message } from '../messages';
import type { Identity, MissDetail, MissPart, NormalizedAttributes } from './types';
import { bindingText, joinWords, resourceText, roleText, ruleNumber, subjectWords, whoText } from './words';

function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}

interface LackWords {
  text: Message;
  hint?: Message;
}

function nameLack(miss: MissDetail, name: string): LackWords {
  const allowed = quoteList(miss.rule.resourceNames);
  return name
    ? { text: msg('rbac.lack.name', { name }), hint: msg('rbac.lack.nameHint', { allowed }) }
    : { text: msg('rbac.lack.noName', {}), hint: msg('rbac.lack.noNameHint', { allowed }) };
}

function resourceLack(miss: MissDetail, a: Extract<NormalizedAttributes, { kind: 'resource' }>): LackWords {
  const what = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const parentListed = a.subresource !== '' && miss.rule.resources.includes(a.resource);
  return { text: msg('rbac.lack.resource', { what }), hint: parentListed ? msg('rbac.lack.resourceHint', { parent: a.resource, what }) : undefined };
}

function lackWords(part: MissPart, miss: MissDetail, a: NormalizedAttributes): LackWords | null {
  switch (part) {
    case 'verb':
      return { text: msg('rbac.lack.verb', { verb: a.verb }) };
    case 'apiGroup':
      return a.kind === 'resource' ? { text: msg('rbac.lack.apiGroup', { group: a.group, core: !a.group }) } : null;
    case 'resource':
      return a.kind === 'resource' ? resourceLack(miss, a) : null;
    case 'resourceName':
      return a.kind === 'resource' ? nameLack(miss, a.name) : null;
    case 'nonResourceURL':
      return a.kind === 'nonResource' ? { text: msg('rbac.lack.path', { path: a.path }) } : null;
    case 'kind':
      if (a.kind === 'resource') return { text: msg('rbac.lack.resources', {}), hint: msg('rbac.lack.resourcesHint', {}) };
      return { text: msg('rbac.lack.paths', { path: a.path }), hint: msg('rbac.lack.pathsHint', {}) };
    default:
      return null;
  }
}

function matchedWords(miss: MissDetail, a: NormalizedAttributes): string | Message | undefined {
  const lacks = new Set(miss.lacks);
  if (a.kind === 'resource' && !lacks.has('resource') && !lacks.has('kind')) return resourceText(a.resource, a.group, a.subresource);
  if (a.kind === 'nonResource' && !lacks.has('nonResourceURL') && !lacks.has('kind')) return msg('rbac.lack.path', { path: a.path });
  if (!lacks.has('verb')) return msg('rbac.lack.verb', { verb: a.verb });
  return undefined;
}

function scopeOf(miss: MissDetail, a: NormalizedAttributes): Message {
  const namespace = miss.binding.kind === 'RoleBinding' ? (miss.binding.namespace ?? '') : a.kind === 'resource' ? a.namespace : '';
  return msg('rbac.missScope', { namespace });
}

/** "Role x matches pods in dev but not the verb delete (rule 1, via RoleBinding dev/y)". */
function ruleMissWords(miss: MissDetail, a: NormalizedAttributes): Message {
  const parts = miss.lacks.filter((p) => p !== 'namespace' && p !== 'subject');
  const words = parts.map((p) => lackWords(p, miss, a)).filter((w): w is LackWords => w !== null);
  const hints = words.map((w) => w.hint).filter((h): h is Message => h !== undefined);
  const matched = matchedWords(miss, a);
  return msg('rbac.miss.rule', {
    role: roleText(miss.role),
    matched: typeof matched === 'string' ? msg('common.text', { text: matched }) : matched,
    scope: scopeOf(miss, a),
    lacking: joinWords(
      words.map((w) => w.text),
      'nor',
    ),
    rule: ruleNumber(miss.ruleIndex),
    binding: bindingText(miss.binding),
    hints,
  });
}

function requestScopeWords(a: NormalizedAttributes, short: boolean): Message {
  if (a.kind === 'nonResource') return msg('rbac.reqScope.path', {});
  if (a.namespace) return msg('rbac.reqScope.in', { namespace: a.namespace });
  return short ? msg('rbac.reqScope.none', {}) : msg('rbac.reqScope.noneLong', {});
}

function namespaceMissWords(miss: MissDetail, a: NormalizedAttributes): Message {
  const where = miss.binding.namespace ?? '';
  const binding = bindingText(miss.binding);
  if (miss.lacks.length === 1) return msg('rbac.miss.namespace', { binding, where, request: requestScopeWords(a, false) });
  return msg('rbac.miss.namespaceAnd', { binding, where, request: requestScopeWords(a, true), rest: ruleMissWords(miss, a) });
}

function subjectMissWords(miss: MissDetail, identity: Identity, applies: boolean): Message {
  const who = whoText(identity.user, identity.groups);
  const subjects = joinWords(
    miss.subjects.map((s) => subjectWords(s, true)),
    'and',
  );
  const head = { role: roleText(miss.role), rule: ruleNumber(miss.ruleIndex), binding: bindingText(miss.binding) };
  if (miss.subjects.length === 0) return msg('rbac.miss.noSubjects', { ...head, applies });
  const single = miss.subjects.length === 1 ? miss.subjects[0] : null;
  if (single?.kind === 'Group') return msg('rbac.miss.notInGroup', { ...head, subjects, who });
  if (single) return msg('rbac.miss.notSubject', { ...head, subjects, who });
  return msg('rbac.miss.noneOfSubjects', { ...head, subjects, who });
}

/** A subject naming the user in another case, or the user's ServiceAccount in another namespace. */
function nearNameWords(miss: MissDetail, identity: Identity): Message | undefined {
  const user = identity.user;
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user);
  for (const s of miss.subjects) {
    if (s.kind === 'User' && s.name !== user && s.name.toLowerCase() === user.toLowerCase()) return msg('rbac.near.case', { subject: s.name, user });
    if (s.kind === 'ServiceAccount' && sa && s.name === sa[2] && s.namespace !== sa[1]) {
      return msg('rbac.near.serviceAccount', { subject: `${s.namespace ?? '?'}/${s.name}`, requester: `${sa[1]}/${sa[2]}` });
    }
  }
  return undefined;
}

/** One nearest miss as a message (lower-case start; callers capitalise). */
export function describeMiss(miss: MissDetail, attributes: NormalizedAttributes, identity: Identity): Message {
  if (miss.lacks.includes('subject')) {
    const others = miss.lacks.filter((p) => p !== 'subject' && p !== 'namespace');
    const rest = others.length ? ruleMissWords(miss, attributes) : undefined;
    return msg('rbac.miss.subject', { subject: subjectMissWords(miss, identity, true), rest, near: nearNameWords(miss, identity) });
  }
  if (miss.lacks.includes('namespace')) return namespaceMissWords(miss, attributes);
  return ruleMissWords(miss, attributes);
}
