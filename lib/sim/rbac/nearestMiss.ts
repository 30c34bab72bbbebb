/**
 * The binding and rule that came closest to allowing a denied request. Not a Kubernetes
 * behaviour (RBAC only says "no opinion"); it is the explanation a learner needs. Candidates:
 * 1. bindings whose subjects match the user, in any namespace (a RoleBinding of another
 *    namespace lacks `namespace`), scored by what their best rule lacks;
 * 2. only if there is none, a binding in scope whose role fully allows the request but
 *    whose subjects do not include the user (lacks `subject`).
 * Ties keep the first candidate in evaluation order.
 */
import { roleOf, subjectBindings } from './applicableBindings';
import type { BindingEntry, RbacIndex, RoleEntry } from './rbacIndex';
import { missWeight, ruleAllows, ruleLacks } from './ruleMatches';
import type { Identity, MissDetail, MissPart, NormalizedAttributes, UnusableBinding } from './types';

function inScope(binding: BindingEntry, attributes: NormalizedAttributes): boolean {
  if (binding.ref.kind === 'ClusterRoleBinding') return true;
  return attributes.kind === 'resource' && attributes.namespace !== '' && attributes.namespace === binding.namespace;
}

function bestRule(role: RoleEntry, attributes: NormalizedAttributes): { ruleIndex: number; lacks: MissPart[] } | null {
  let best: { ruleIndex: number; lacks: MissPart[]; weight: number } | null = null;
  role.compiled.forEach((rule, ruleIndex) => {
    const lacks = ruleLacks(rule, attributes);
    const weight = missWeight(lacks);
    if (!best || weight < best.weight) best = { ruleIndex, lacks, weight };
  });
  return best;
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
    const foundIn = [...index.roles.values()].filter((r) => r.ref.kind === 'Role' && r.ref.name === binding.roleRef.name).map((r) => r.ref.namespace ?? '');
    if (foundIn.length > 0) out.foundIn = foundIn;
  }
  return out;
}

interface SubjectScan {
  miss?: MissDetail;
  unusable: UnusableBinding[];
}

function subjectMatchedMiss(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): SubjectScan {
  let best: { miss: MissDetail; weight: number } | undefined;
  const unusable: UnusableBinding[] = [];
  for (const binding of subjectBindings(index, identity)) {
    const role = roleOf(index, binding);
    const rule = 'error' in role ? null : bestRule(role, attributes);
    if ('error' in role || !rule) {
      unusable.push(unusableOf(index, binding, role));
      continue;
    }
    const lacks: MissPart[] = inScope(binding, attributes) ? rule.lacks : ['namespace', ...rule.lacks];
    const weight = missWeight(lacks);
    if (!best || weight < best.weight) best = { miss: detail(binding, role, rule.ruleIndex, lacks), weight };
  }
  return { miss: best?.miss, unusable };
}

function candidateRoles(index: RbacIndex, attributes: NormalizedAttributes): RoleEntry[] {
  if (attributes.kind === 'nonResource') return index.rolesWithURLs;
  const tokens = [`${attributes.resource}${attributes.subresource ? `/${attributes.subresource}` : ''}`, '*'];
  if (attributes.subresource) tokens.push(`*/${attributes.subresource}`);
  const out: RoleEntry[] = [];
  for (const token of tokens) for (const role of index.rolesByResource.get(token) ?? []) out.push(role);
  return out;
}

function firstBindingInScope(index: RbacIndex, role: RoleEntry, attributes: NormalizedAttributes): BindingEntry | undefined {
  const bound = index.bindingsByRole.get(role.key);
  if (!bound) return undefined;
  if (bound.crbs.length > 0) return bound.crbs[0];
  if (attributes.kind !== 'resource' || attributes.namespace === '') return undefined;
  return bound.rbsByNamespace.get(attributes.namespace)?.[0];
}

function subjectMissedMiss(index: RbacIndex, attributes: NormalizedAttributes): MissDetail | undefined {
  const seen = new Set<RoleEntry>();
  for (const role of candidateRoles(index, attributes)) {
    if (seen.has(role)) continue;
    seen.add(role);
    if (role.ref.kind === 'Role' && (attributes.kind !== 'resource' || role.ref.namespace !== attributes.namespace)) continue;
    const ruleIndex = role.compiled.findIndex((rule) => ruleAllows(rule, attributes));
    if (ruleIndex < 0) continue;
    const binding = firstBindingInScope(index, role, attributes);
    if (binding) return detail(binding, role, ruleIndex, ['subject']);
  }
  return undefined;
}

/**
 * Find the nearest miss for a denied request (none when nothing comes close), and the
 * bindings naming the user that cannot grant anything (missing role, role without rules).
 */
export function findNearestMiss(index: RbacIndex, identity: Identity, attributes: NormalizedAttributes): SubjectScan {
  const scan = subjectMatchedMiss(index, identity, attributes);
  return scan.miss ? scan : { miss: subjectMissedMiss(index, attributes), unusable: scan.unusable };
}
