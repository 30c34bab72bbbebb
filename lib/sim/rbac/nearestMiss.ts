/**
 * The binding and rule that came closest to allowing a denied request. Not a Kubernetes
 * behaviour (RBAC only says "no opinion"); it is the explanation a learner needs. Candidates:
 * 1. bindings whose subjects match the user, in any namespace (a RoleBinding of another
 *    namespace lacks `namespace`), scored by what their best rule lacks;
 * 2. only if there is none, a binding in scope whose role fully allows the request but
 *    whose subjects do not include the user (lacks `subject`).
 * Ties keep the first candidate in evaluation order. Bootstrap bindings (the defaults every
 * cluster has, e.g. `system:basic-user` for every authenticated user, `cluster-admin` for
 * system:masters) are never candidates: the fix is never to edit them.
 */
import { roleOf, subjectBuckets } from './applicableBindings';
import { bindingsNearlyNamingInScope, rolesThatMayAllow } from './missIndex';
import { rolesMentioning, type BindingEntry, type RbacIndex, type RoleEntry } from './rbacIndex';
import { maskParts, maskWeight, MISS_BIT, ruleAllows, ruleMissMask } from './ruleMatches';
import type { Identity, MissDetail, MissPart, NormalizedAttributes, UnusableBinding } from './types';

function inScope(binding: BindingEntry, attributes: NormalizedAttributes): boolean {
  if (binding.ref.kind === 'ClusterRoleBinding') return true;
  return attributes.kind === 'resource' && attributes.namespace !== '' && attributes.namespace === binding.namespace;
}

interface Candidate {
  binding: BindingEntry;
  role: RoleEntry;
  ruleIndex: number;
  mask: number;
  weight: number;
}

/** The closest rule of a binding's role, or undefined when the role has no rules. */
function bestRule(binding: BindingEntry, role: RoleEntry, attributes: NormalizedAttributes, extra: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (let ruleIndex = 0; ruleIndex < role.compiled.length; ruleIndex++) {
    const mask = ruleMissMask(role.compiled[ruleIndex], attributes) | extra;
    const weight = maskWeight(mask);
    if (!best || weight < best.weight) best = { binding, role, ruleIndex, mask, weight };
  }
  return best;
}

function closer(candidate: Candidate | undefined, best: Candidate | undefined): boolean {
  if (!candidate) return false;
  return !best || candidate.weight < best.weight || (candidate.weight === best.weight && candidate.binding.ordinal < best.binding.ordinal);
}

function detail(binding: BindingEntry, role: RoleEntry, ruleIndex: number, lacks: MissPart[]): MissDetail {
  return { binding: binding.ref, role: binding.role ?? role.ref, ruleIndex, lacks, subjects: binding.subjects, rule: role.rules[ruleIndex] };
}

function unusableOf(index: RbacIndex, binding: BindingEntry, role: RoleEntry | { error: string }): UnusableBinding {
  let problem: UnusableBinding['problem'] = 'missing-role';
  if (!binding.role) problem = 'unsupported-role-kind';
  else if (!('error' in role)) problem = role.aggregated ? 'aggregated-no-rules' : 'no-rules';
  const out: UnusableBinding = { binding: binding.ref, roleRef: binding.roleRef, problem };
  if (problem === 'missing-role' && binding.roleRef.kind === 'Role') {
    const foundIn = index.roleNamespacesByName.get(binding.roleRef.name);
    if (foundIn) out.foundIn = [...foundIn];
  }
  return out;
}

interface SubjectScan {
  miss?: MissDetail;
  unusable: UnusableBinding[];
}

/**
 * Scan the user's bindings: in scope first; RoleBindings of other namespaces (which lack at
 * least `namespace`, weight 500) only while nothing closer has been found.
 */
function subjectMatchedMiss(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): SubjectScan {
  let best: Candidate | undefined;
  const unusable = new Set<BindingEntry>();
  const namespaceWeight = maskWeight(MISS_BIT.namespace);
  const requestNamespace = attributes.kind === 'resource' ? attributes.namespace : '';
  for (const list of subjectBuckets(index, identity, requestNamespace)) {
    for (const binding of list) {
      if (binding.bootstrap) continue;
      const candidate = binding.resolved ? bestRule(binding, binding.resolved, attributes, 0) : undefined;
      if (!candidate) unusable.add(binding);
      else if (closer(candidate, best)) best = candidate;
    }
  }
  for (const list of subjectBuckets(index, identity, null)) {
    for (const binding of list) {
      if (binding.bootstrap || inScope(binding, attributes)) continue;
      const role = binding.resolved;
      if (!role || role.compiled.length === 0) unusable.add(binding);
      else if (!best || best.weight >= namespaceWeight) {
        const candidate = bestRule(binding, role, attributes, MISS_BIT.namespace);
        if (closer(candidate, best)) best = candidate;
      }
    }
  }
  const ordered = [...unusable].sort((a, b) => a.ordinal - b.ordinal);
  const miss = best ? detail(best.binding, best.role, best.ruleIndex, maskParts(best.mask)) : undefined;
  return { miss, unusable: ordered.map((binding) => unusableOf(index, binding, roleOf(index, binding))) };
}

function firstBindingInScope(index: RbacIndex, role: RoleEntry, attributes: NormalizedAttributes): BindingEntry | undefined {
  const bound = index.bindingsByRole.get(role.key);
  if (!bound) return undefined;
  const crb = bound.crbs.find((b) => !b.bootstrap);
  if (crb) return crb;
  if (attributes.kind !== 'resource' || attributes.namespace === '') return undefined;
  return bound.rbsByNamespace.get(attributes.namespace)?.find((b) => !b.bootstrap);
}

export function subjectMissedMiss(index: RbacIndex, attributes: NormalizedAttributes): MissDetail | undefined {
  const roles = attributes.kind === 'resource' ? rolesThatMayAllow(index, attributes) : rolesMentioning(index, attributes);
  for (const role of roles) {
    if (role.ref.kind === 'Role' && (attributes.kind !== 'resource' || role.ref.namespace !== attributes.namespace)) continue;
    const ruleIndex = role.compiled.findIndex((rule) => ruleAllows(rule, attributes));
    if (ruleIndex < 0) continue;
    const binding = firstBindingInScope(index, role, attributes);
    if (binding) return detail(binding, role, ruleIndex, ['subject']);
  }
  return undefined;
}

/** A user name read once: its lower case and, for a ServiceAccount's, its namespace and name. */
interface UserName {
  user: string;
  lower: string;
  sa?: { namespace: string; name: string; lower: string };
}

function readUserName(user: string): UserName {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(user);
  return { user, lower: user.toLowerCase(), ...(sa ? { sa: { namespace: sa[1], name: sa[2], lower: sa[2].toLowerCase() } } : {}) };
}

/** A subject that names the user almost: another case (`Pochoclo`), or the same ServiceAccount name in another namespace. */
function nearlyNamesUser(subject: { kind: string; name: string; namespace?: string }, who: UserName): boolean {
  if (subject.kind === 'User') return subject.name !== who.user && subject.name.toLowerCase() === who.lower;
  const sa = who.sa;
  if (subject.kind === 'ServiceAccount' && sa)
    return subject.name.toLowerCase() === sa.lower && (subject.namespace !== sa.namespace || subject.name !== sa.name);
  return false;
}

/**
 * Not Kubernetes behaviour, an explanation: when nothing names the user, a binding in scope
 * whose subject nearly does (case, or a ServiceAccount's namespace) is the likely typo. Only
 * bindings in scope are looked at (missIndex.ts); the search stops at the first candidate
 * that lacks nothing but the subject (no later one can be closer).
 */
export function nearSubjectMiss(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): MissDetail | undefined {
  let best: Candidate | undefined;
  const who = readUserName(identity.user);
  const namespace = attributes.kind === 'resource' ? attributes.namespace : '';
  const users = bindingsNearlyNamingInScope(index, 'User', identity.user, namespace);
  const accounts = who.sa ? bindingsNearlyNamingInScope(index, 'ServiceAccount', who.sa.name, namespace) : [];
  const candidates = accounts.length === 0 ? users : [...new Set([...users, ...accounts])].sort((a, b) => a.ordinal - b.ordinal);
  const floor = maskWeight(MISS_BIT.subject);
  for (const binding of candidates) {
    if (binding.bootstrap || !binding.resolved) continue;
    if (!binding.subjects.some((s) => nearlyNamesUser(s, who))) continue;
    const candidate = bestRule(binding, binding.resolved, attributes, MISS_BIT.subject);
    if (closer(candidate, best)) best = candidate;
    if (best && best.weight <= floor) break;
  }
  return best ? detail(best.binding, best.role, best.ruleIndex, maskParts(best.mask)) : undefined;
}

/**
 * Find the nearest miss for a denied request (none when nothing comes close), and the
 * bindings naming the user that cannot grant anything (missing role, role without rules).
 */
export function findNearestMiss(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): SubjectScan {
  const scan = subjectMatchedMiss(index, identity, attributes);
  if (scan.miss) return scan;
  return { miss: subjectMissedMiss(index, attributes) ?? nearSubjectMiss(index, identity, attributes), unusable: scan.unusable };
}
