// The lesson engine's words as messages (codes in ./messages.ts, words in lib/i18n/messages).
import { verbatim, type MessageLike } from '../sim/messages';
import type { AuthorizationVerdict, PodSecurityViolation } from '../sim';
import { msg } from './messages';
import type { CanQuestion } from './types';

/** A Pod Security violation's reason (English: upstream's text). */
export function violationReason(v: PodSecurityViolation): MessageLike {
  return v.reasonText ?? verbatim(v.reason);
}

/** A Pod Security violation's detail (English: upstream's text). */
export function violationDetail(v: PodSecurityViolation): MessageLike {
  return v.detailText ?? verbatim(v.detail);
}

/** Every violation's detail, skipping the empty ones (as a list parameter). */
export function violationDetails(violations: readonly PodSecurityViolation[]): MessageLike[] {
  return violations.filter((v) => v.detailText || v.detail).map(violationDetail);
}

type Miss = NonNullable<AuthorizationVerdict['nearestMiss']>;

function refText(ref: { kind: string; namespace?: string; name: string }): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

/** Concrete steps from what the nearest rule and binding lack (the explanation already says which). */
function missSteps(miss: Miss, q: CanQuestion): MessageLike {
  const rule = msg('goal.miss.rule', { number: miss.ruleIndex + 1, role: refText(miss.role) });
  const binding = refText(miss.binding);
  const resource = q.subresource ? `${q.resource}/${q.subresource}` : (q.resource ?? q.path ?? '');
  const steps: MessageLike[] = [];
  for (const part of miss.lacks) {
    if (part === 'subject') steps.push(msg('goal.miss.subject', { binding, subject: q.as ?? q.asPod ?? '' }));
    if (part === 'namespace') steps.push(msg('goal.miss.namespace', { namespace: q.namespace || undefined }));
    if (part === 'verb') steps.push(msg('goal.miss.verb', { verb: q.verb, rule }));
    if (part === 'resource' || part === 'nonResourceURL') steps.push(msg('goal.miss.resource', { resource, rule }));
    if (part === 'apiGroup') steps.push(msg('goal.miss.apiGroup', { group: q.group ?? '', rule }));
    if (part === 'resourceName') steps.push(msg('goal.miss.resourceName', { name: q.name ?? '', rule }));
    if (part === 'kind') steps.push(msg('goal.miss.kind', { rule }));
  }
  if (steps.length === 0) return verbatim(miss.message);
  return msg('goal.miss.steps', { steps });
}

/** What to change so a `can` goal gets the answer it expects. */
export function canFix(expect: 'allow' | 'deny', v: AuthorizationVerdict, q: CanQuestion): MessageLike {
  if (expect === 'deny') return msg('goal.canDenyFix', {});
  return v.nearestMiss ? missSteps(v.nearestMiss, q) : msg('goal.canNoBindingFix', {});
}

/** A passing admission whose object is not what the goal checks (`path` after admission). */
export function checkMismatch(path: string, expected: unknown, actual: unknown): MessageLike {
  const shown = JSON.stringify(actual) as string | undefined;
  return msg('goal.checkMismatch', { path, expected: JSON.stringify(expected), actual: shown });
}
