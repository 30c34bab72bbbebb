/**
 * An authorization verdict as a message: "allowed by RoleBinding dev/read-pods (Role pod-reader,
 * rule 1) to User alice", or the denial with its nearest miss. Words: lib/i18n/messages/<lang>/rbac.ts.
 */
import { msg, type Message } from '../messages';
import type { AuthorizationVerdict } from '../types';
import { describeMiss } from './describeMiss';
import { isRecord } from './read';
import { describeSubjectRef, MASTERS_GROUP } from './subjects';
import type { RbacVerdict, UnusableBinding } from './types';
import { bindingText, joinWords, requestText, roleText, ruleNumber, whoText } from './words';

function isRbacVerdict(verdict: AuthorizationVerdict): verdict is RbacVerdict {
  return isRecord((verdict as unknown as Record<string, unknown>).identity) && 'attributes' in verdict;
}

function describeAllowedBy(verdict: RbacVerdict): Message {
  const decided = verdict.decidedBy;
  if (!decided || 'privilegedGroup' in decided) return msg('rbac.allowed.masters', { user: verdict.identity.user || MASTERS_GROUP, group: MASTERS_GROUP });
  return msg('rbac.allowed.by', {
    binding: bindingText(decided.binding),
    role: decided.role.kind === 'Role' ? `Role ${decided.role.name}` : `ClusterRole ${decided.role.name}`,
    rule: ruleNumber(decided.ruleIndex),
    aggregatedFrom: verdict.rule?.aggregatedFrom?.clusterRole,
    subject: verdict.subject ? describeSubjectRef(verdict.subject) : '?',
  });
}

function unusableRole(item: UnusableBinding): string {
  const { binding, roleRef } = item;
  return roleRef.kind === 'Role'
    ? roleText({ kind: 'Role', namespace: binding.namespace, name: roleRef.name })
    : roleText({ kind: 'ClusterRole', name: roleRef.name });
}

function unusableWords(item: UnusableBinding, who: Message): Message {
  const head = { binding: bindingText(item.binding), who };
  const role = unusableRole(item);
  switch (item.problem) {
    case 'missing-role':
      return item.foundIn?.length
        ? msg('rbac.unusable.missingRoleElsewhere', { ...head, role, roleName: item.roleRef.name, where: joinWords(item.foundIn, 'and') })
        : msg('rbac.unusable.missingRole', { ...head, role });
    case 'unsupported-role-kind':
      return msg('rbac.unusable.kind', { ...head, kind: item.roleRef.kind });
    case 'no-rules':
      return msg('rbac.unusable.noRules', { ...head, role });
    default:
      return msg('rbac.unusable.aggregatedEmpty', { ...head, role });
  }
}

function describeDenied(verdict: RbacVerdict): Message {
  if (verdict.invalid || !verdict.attributes) return msg('rbac.denied.invalid', { detail: verdict.invalid });
  const who = whoText(verdict.identity.user, verdict.identity.groups);
  return msg('rbac.denied', {
    who,
    request: requestText(verdict.attributes),
    miss: verdict.miss ? describeMiss(verdict.miss, verdict.attributes, verdict.identity) : undefined,
    unusable: (verdict.unusable ?? []).slice(0, 3).map((item) => unusableWords(item, who)),
    errors: verdict.errors ?? [],
  });
}

/** A verdict from another authorizer: its own (English) reason, worded again in other languages. */
function describeForeign(verdict: AuthorizationVerdict): Message {
  const decided = verdict?.decidedBy;
  const binding = decided && 'binding' in decided ? decided : undefined;
  return msg('rbac.foreign', {
    reason: String(verdict?.reason ?? ''),
    allowed: Boolean(verdict?.allowed),
    decided: binding
      ? msg('rbac.foreign.decided', {
          binding: bindingText(binding.binding),
          role: `${binding.role.kind} ${binding.role.name}`,
          rule: ruleNumber(binding.ruleIndex),
        })
      : undefined,
    nearest: verdict?.nearestMiss?.message,
  });
}

/**
 * Explain a verdict of `authorize`. Models the "allowed by <binding> of <role> to <subject>"
 * description of k8s `plugin/pkg/auth/authorizer/rbac/rbac.go`, plus (not in Kubernetes) the
 * nearest miss when denied. Rule numbers in words are 1-based.
 */
export function describeAuthorization(verdict: AuthorizationVerdict): Message {
  if (!isRecord(verdict)) return msg('rbac.noVerdict', {});
  if (!isRbacVerdict(verdict)) return describeForeign(verdict);
  let described = descriptions.get(verdict);
  if (!described) descriptions.set(verdict, (described = verdict.allowed ? describeAllowedBy(verdict) : describeDenied(verdict)));
  return described;
}

/**
 * The explanation of each verdict, made once: authorize renders it into `reason`, the lesson's
 * goal shows it, and a verdict kept for the RBAC index (rbacMemo) is explained again on the
 * next keystroke. It never reads `reason`, and verdicts are never changed after they are returned.
 */
const descriptions = new WeakMap<object, Message>();

/** The nearest miss with a capital first letter, as stored in `nearestMiss.message`. */
export function describeMissSentence(verdict: RbacVerdict): Message | undefined {
  if (!verdict.miss || !verdict.attributes) return undefined;
  return msg('common.capitalized', { text: describeMiss(verdict.miss, verdict.attributes, verdict.identity) });
}
