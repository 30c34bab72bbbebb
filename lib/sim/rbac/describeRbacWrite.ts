/**
 * The escalation checks on RBAC writes (checkRbacWrite) as messages. Words:
 * lib/i18n/messages/<lang>/rbac.ts.
 */
import { msg, verbatim, type Message } from '../messages';
import type { RbacWriteVerdict } from './types';

function objectText(verdict: RbacWriteVerdict): string {
  const { kind, namespace, name } = verdict.object;
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

function roleRefText(verdict: RbacWriteVerdict): Message {
  const ref = verdict.roleRef;
  const namespace = ref?.kind === 'Role' && verdict.object.namespace ? verdict.object.namespace : undefined;
  return msg('rbacWrite.roleRef', { kind: ref?.kind ?? '', name: ref?.name ?? '', namespace });
}

function baseWords(v: RbacWriteVerdict, who: Message): Message {
  const object = objectText(v);
  switch (v?.via) {
    case 'system:masters':
      return msg('rbacWrite.system:masters', { who });
    case 'escalate':
      return msg('rbacWrite.escalate', { who, resource: v.object.kind === 'Role' ? 'roles' : 'clusterroles', kind: v.object.kind });
    case 'bind':
      return msg('rbacWrite.bind', { who, role: roleRefText(v) });
    case 'covers':
      return v.roleRef ? msg('rbacWrite.coversRole', { who, role: roleRefText(v) }) : msg('rbacWrite.coversObject', { who, object });
    case 'denied-missing-role':
      return msg('rbacWrite.denied-missing-role', { role: roleRefText(v) });
    case 'denied-escalation':
      return v.roleRef ? msg('rbacWrite.deniedEscalationRole', { who, role: roleRefText(v) }) : msg('rbacWrite.deniedEscalationObject', { who, object });
    case 'denied-aggregation':
      return msg('rbacWrite.denied-aggregation', { who, object });
    case 'invalid':
      return msg('rbacWrite.invalid', { kind: v.object.kind, refKind: v.roleRef?.kind ?? '' });
    default:
      return msg('rbacWrite.not-rbac', {});
  }
}

/**
 * Explain a checkRbacWrite verdict (RBAC privilege-escalation prevention, docs:
 * reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping).
 */
export function describeRbacWrite(verdict: RbacWriteVerdict): Message {
  const user = verdict?.writer?.user;
  const who = user ? verbatim(user) : msg('rbacWrite.theWriter', {});
  const base = baseWords(verdict, who);
  const missing = verdict?.message && verdict.via === 'denied-escalation' ? verdict.message.split('\n').slice(1).join(', ') : '';
  return missing ? msg('rbacWrite.missing', { base, missing }) : base;
}
