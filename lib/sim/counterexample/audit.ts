// "Try to break it" for audit policies: a request next to one the brief cares about that the
// learner's policy records at another level (first matching rule wins: pkg/audit/policy/checker.go).
import { auditLevel, type AuditDecision, type AuditRequest } from '../audit';
import type { ResourceAttributes } from '../types';

export interface AuditCounterexample {
  request: AuditRequest;
  /** The level the neighbouring request is recorded at. */
  decision: AuditDecision;
  /** The level the brief asks for requests of this kind. */
  expected: string;
}

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];

/** Requests of the same kind: the other verbs of its class (read or write), another namespace, cluster-wide. */
export function neighbourRequests(request: AuditRequest): AuditRequest[] {
  const attrs = request.resourceAttributes;
  if (!attrs) return [];
  const verbs = READ.includes(attrs.verb) ? READ : WRITE.includes(attrs.verb) ? WRITE : [attrs.verb];
  const out: ResourceAttributes[] = verbs
    .filter((v) => v !== attrs.verb)
    .map((verb) => ({ ...attrs, verb, ...(verb === 'list' || verb === 'watch' || verb === 'deletecollection' || verb === 'create' ? { name: '' } : {}) }));
  if (attrs.namespace)
    out.push({ ...attrs, namespace: `${attrs.namespace}-other` }, { ...attrs, namespace: '', name: '', verb: attrs.verb === 'get' ? 'list' : attrs.verb });
  if (attrs.name) out.push({ ...attrs, name: `${attrs.name}-2` });
  return out.map((resourceAttributes) => ({ ...request, resourceAttributes }));
}

/**
 * A neighbour of `request` recorded at a different level than `expected` (lower: a gap in the
 * record; higher: bodies the brief wants kept out, such as Secret values). Undefined when every
 * neighbour is recorded as the brief asks.
 */
export function findAuditCounterexample(policy: unknown, request: AuditRequest, expected: string): AuditCounterexample | undefined {
  for (const neighbour of neighbourRequests(request)) {
    const decision = auditLevel(policy, neighbour);
    if (decision.level !== expected) return { request: neighbour, decision, expected };
  }
  return undefined;
}
