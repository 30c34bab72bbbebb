/**
 * `authorize`: may this user do this? The authorizer chain of a kube-apiserver reduced to
 * what the lab models: the privileged-group authorizer (system:masters is always allowed),
 * then RBAC, else forbidden. RBAC walks the applicable bindings and stops at the first rule
 * that allows (k8s `plugin/pkg/auth/authorizer/rbac/rbac.go` Authorize, docs:
 * reference/access-authn-authz/rbac/).
 */
import type { AccessRequest, Cluster } from '../types';
import { aggregateErrors, matchingSubjectIndex, roleErrors, subjectBuckets } from './applicableBindings';
import { describeAuthorization, describeMissSentence } from './describeAuthorization';
import { verbatim } from '../messages';
import { english } from '../messages/english';
import { findNearestMiss } from './nearestMiss';
import { getRbacIndex, type BindingEntry, type RbacIndex, type RoleEntry } from './rbacIndex';
import { rbacMemo } from './sharedIndex';
import { contentKey } from '../support/contentKey';
import { readAttributes, readIdentity } from './requestAttributes';
import { ruleAllows } from './ruleMatches';
import { MASTERS_GROUP } from './subjects';
import type { Identity, NormalizedAttributes, RbacVerdict } from './types';

interface Grant {
  binding: BindingEntry;
  role: RoleEntry;
  ruleIndex: number;
  subjectIndex: number;
}

function firstAllowingRule(role: RoleEntry, attributes: NormalizedAttributes): number {
  const compiled = role.compiled;
  for (let ruleIndex = 0; ruleIndex < compiled.length; ruleIndex++) if (ruleAllows(compiled[ruleIndex], attributes)) return ruleIndex;
  return -1;
}

/**
 * The first allowing rule in evaluation order (ClusterRoleBindings, then RoleBindings of the
 * namespace, each in declared order), found bucket by bucket without merging them. When
 * nothing allows, the errors of every applicable binding whose role is missing.
 */
export function findGrant(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): { grant?: Grant; errors: string[] } {
  const lists = subjectBuckets(index, identity, attributes.kind === 'resource' ? attributes.namespace : '');
  let best: { binding: BindingEntry; role: RoleEntry; ruleIndex: number } | undefined;
  for (const list of lists) {
    for (const binding of list) {
      if (best && binding.ordinal >= best.binding.ordinal) break;
      const role = binding.resolved;
      if (!role) continue;
      const ruleIndex = firstAllowingRule(role, attributes);
      if (ruleIndex >= 0) {
        best = { binding, role, ruleIndex };
        break;
      }
    }
  }
  if (!best) return { errors: roleErrors(index, lists) };
  return { grant: { ...best, subjectIndex: matchingSubjectIndex(best.binding, identity) }, errors: [] };
}

/**
 * The verdict with its English reason, written when first read (explanations on demand: the
 * words cost more than the decision). `reason` stays an own enumerable property (an accessor):
 * spread, JSON, structuredClone and deep equality read it like any other field.
 */
function withWords(fields: RbacVerdict): RbacVerdict {
  let text: string | undefined;
  const { allowed, reason: _unused, ...rest } = fields;
  const verdict: RbacVerdict = {
    allowed,
    get reason(): string {
      return (text ??= english(describeAuthorization(verdict)));
    },
    set reason(value: string) {
      text = value;
    },
    ...rest,
  };
  return verdict;
}

function deniedVerdict(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes, errors: string[]): RbacVerdict {
  const verdict: RbacVerdict = { allowed: false, reason: '', identity, attributes };
  if (errors.length > 0) verdict.errors = errors;
  const { miss, unusable } = findNearestMiss(index, identity, attributes);
  if (unusable.length > 0) verdict.unusable = unusable;
  if (miss) {
    verdict.miss = miss;
    const { binding, role, ruleIndex, lacks } = miss;
    let text: string | undefined;
    verdict.nearestMiss = {
      binding,
      role,
      ruleIndex,
      lacks,
      get message(): string {
        return (text ??= english(describeMissSentence(verdict) ?? verbatim('')));
      },
      set message(value: string) {
        text = value;
      },
    };
  }
  return withWords(verdict);
}

/**
 * Decide a SubjectAccessReview-shaped request. Groups are used exactly as given. Never throws:
 * a malformed request is denied with the reason. `decidedBy.ruleIndex` and
 * `nearestMiss.ruleIndex` are 0-based; the words number rules from 1.
 */
export function authorize(cluster: Cluster, request: AccessRequest): RbacVerdict {
  const identity = readIdentity(request);
  const attributes = readAttributes(request);
  if ('invalid' in attributes) {
    return withWords({ allowed: false, reason: '', identity, attributes: null, invalid: attributes.invalid });
  }
  if (identity.groups.includes(MASTERS_GROUP)) {
    return withWords({ allowed: true, reason: '', identity, attributes, decidedBy: { privilegedGroup: MASTERS_GROUP } });
  }
  const index = getRbacIndex(cluster);
  // The same request on the same RBAC objects has the same verdict (rbacMemo).
  const memo = rbacMemo<RbacVerdict>(index, 'authorize');
  const key = memo ? contentKey(request) : undefined;
  const known = key === undefined ? undefined : memo?.get(key);
  if (known) return known;
  const verdict = decide(index, identity, attributes);
  if (key !== undefined) memo?.set(key, verdict);
  return verdict;
}

/**
 * The same decision as `authorize`, without what only a denial's explanation needs: the
 * allowed verdict (same fields as authorize's), or undefined when denied. For callers that ask
 * many questions and read only the allowed ones (the attack search: tens of thousands per
 * search, most denied). A denial's nearest miss costs more than the decision itself.
 */
export function allowedVerdict(cluster: Cluster, request: AccessRequest): RbacVerdict | undefined {
  const identity = readIdentity(request);
  const attributes = readAttributes(request);
  if ('invalid' in attributes) return undefined;
  if (identity.groups.includes(MASTERS_GROUP)) {
    return withWords({ allowed: true, reason: '', identity, attributes, decidedBy: { privilegedGroup: MASTERS_GROUP } });
  }
  const index = getRbacIndex(cluster);
  const { grant } = findGrant(index, identity, attributes);
  return grant ? grantedVerdict(identity, attributes, grant) : undefined;
}

function decide(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): RbacVerdict {
  const { grant, errors } = findGrant(index, identity, attributes);
  if (!grant) return deniedVerdict(index, identity, attributes, errors);
  return grantedVerdict(identity, attributes, grant);
}

function grantedVerdict(identity: Identity, attributes: NormalizedAttributes, grant: Grant): RbacVerdict {
  const { binding, role, ruleIndex, subjectIndex } = grant;
  return withWords({
    allowed: true,
    reason: '',
    identity,
    attributes,
    decidedBy: { binding: binding.ref, role: binding.role ?? role.ref, ruleIndex },
    subject: binding.subjects[subjectIndex],
    rule: role.rules[ruleIndex],
  });
}

/** The `RBAC: ...` reason the authorizer attaches to a denial (only when roles were missing). */
export function rbacDenialReason(verdict: RbacVerdict): string {
  return verdict.errors && verdict.errors.length > 0 ? `RBAC: ${aggregateErrors(verdict.errors)}` : '';
}
