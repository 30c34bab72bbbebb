/**
 * Privilege-escalation prevention on RBAC writes (k8s `pkg/registry/rbac/escalation_check.go`,
 * `pkg/registry/rbac/{role,clusterrole,rolebinding,clusterrolebinding}/policybased/storage.go`;
 * docs: reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping).
 * Only the storage-level checks: the ordinary `create`/`update` permission on the object is
 * the authorizer's question (ask `authorize` first, as the API server does).
 */
import type { Cluster } from '../types';
import { aggregateErrors, applicableBindings, roleOf } from './applicableBindings';
import { authorize } from './authorize';
import { compactRules, coversRules, describeMissingRules } from './covers';
import { goQuote, goQuotedList } from '../support/goText';
import { getRbacIndex, roleKeyOf } from './rbacIndex';
import { describeRbacWrite } from './describeRbacWrite';
import { english } from '../messages/english';
import { isRecord, readMeta, readPolicyRules, readString } from './read';
import { readIdentity } from './requestAttributes';
import { MASTERS_GROUP } from './subjects';
import type { Identity, PolicyRule, RbacWriteVerdict } from './types';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const RESOURCE_OF: Record<string, string> = {
  Role: 'roles',
  ClusterRole: 'clusterroles',
  RoleBinding: 'rolebindings',
  ClusterRoleBinding: 'clusterrolebindings',
};
const FULL_AUTHORITY: PolicyRule[] = [
  { verbs: ['*'], apiGroups: ['*'], resources: ['*'], resourceNames: [], nonResourceURLs: [] },
  { verbs: ['*'], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: ['*'] },
];

export interface RbacWriteOptions {
  /** `create` (default: the name is not an attribute, as for a POST) or `update`. */
  operation?: 'create' | 'update';
  /** Namespace of the request (the URL's wins over the object's); default: the object's, else `default`. */
  namespace?: string;
}

/** The rules a user holds in a namespace, with the storage's (plural) not-found wording. */
function ownerRules(cluster: Cluster, identity: Identity, namespace: string): { rules: PolicyRule[]; errors: string[] } {
  const index = getRbacIndex(cluster);
  const rules: PolicyRule[] = [];
  const errors: string[] = [];
  for (const binding of applicableBindings(index, identity, namespace)) {
    const role = roleOf(index, binding, 'storage');
    if ('error' in role) errors.push(role.error);
    else rules.push(...role.rules);
  }
  return { rules, errors };
}

function forbidden(kind: string, name: string, text: string): string {
  return `${RESOURCE_OF[kind]}.${RBAC_GROUP}${name ? ` ${goQuote(name)}` : ''} is forbidden: ${text}`;
}

function allowedBy(cluster: Cluster, identity: Identity, verb: string, resource: string, namespace: string, name: string, group = RBAC_GROUP): boolean {
  const request = { user: identity.user, groups: identity.groups, resourceAttributes: { verb, group, resource, namespace, name } };
  return authorize(cluster, request).allowed;
}

/** ConfirmNoEscalation: the writer already holds every wanted permission in `namespace`. */
function confirmNoEscalation(
  cluster: Cluster,
  identity: Identity,
  namespace: string,
  wanted: PolicyRule[],
): { ok: boolean; text: string; missing: PolicyRule[] } {
  const owned = ownerRules(cluster, identity, namespace);
  const { covered, missing } = coversRules(owned.rules, wanted);
  if (covered) return { ok: true, text: '', missing: [] };
  let text = `user ${goQuote(identity.user)} (groups=${goQuotedList(identity.groups)}) is attempting to grant RBAC permissions not currently held:\n${describeMissingRules(missing).join('\n')}`;
  if (owned.errors.length > 0) text += `; resolution errors: [${aggregateErrors(owned.errors)}]`;
  return { ok: false, text, missing: compactRules(missing) };
}

type Outcome = Pick<RbacWriteVerdict, 'allowed' | 'via' | 'message' | 'missing'>;

function checkRoleWrite(
  cluster: Cluster,
  identity: Identity,
  object: Record<string, unknown>,
  kind: string,
  namespace: string,
  options: RbacWriteOptions,
): Outcome {
  const name = readMeta(object).name;
  const requestName = options.operation === 'update' ? name : '';
  if (allowedBy(cluster, identity, 'escalate', RESOURCE_OF[kind], namespace, requestName)) return { allowed: true, via: 'escalate' };
  const aggregation = isRecord(object.aggregationRule) ? object.aggregationRule : null;
  if (kind === 'ClusterRole' && aggregation && Array.isArray(aggregation.clusterRoleSelectors) && aggregation.clusterRoleSelectors.length > 0) {
    if (!confirmNoEscalation(cluster, identity, namespace, FULL_AUTHORITY).ok) {
      return { allowed: false, via: 'denied-aggregation', message: forbidden(kind, name, 'must have cluster-admin privileges to use the aggregationRule') };
    }
  }
  const check = confirmNoEscalation(cluster, identity, namespace, readPolicyRules(object.rules));
  if (check.ok) return { allowed: true, via: 'covers' };
  return { allowed: false, via: 'denied-escalation', message: forbidden(kind, name, check.text), missing: check.missing };
}

function roleRefOf(object: Record<string, unknown>): { kind: string; name: string; apiGroup: string } {
  const ref = isRecord(object.roleRef) ? object.roleRef : {};
  return { kind: readString(ref.kind), name: readString(ref.name), apiGroup: readString(ref.apiGroup) || RBAC_GROUP };
}

function checkBindingWrite(cluster: Cluster, identity: Identity, object: Record<string, unknown>, kind: string, namespace: string): Outcome {
  const name = readMeta(object).name;
  const roleRef = roleRefOf(object);
  const supported = kind === 'RoleBinding' ? ['Role', 'ClusterRole'] : ['ClusterRole'];
  if (!supported.includes(roleRef.kind)) {
    const message = `${kind}.${RBAC_GROUP} ${goQuote(name)} is invalid: roleRef.kind: Unsupported value: ${goQuote(roleRef.kind)}: supported values: ${supported.map(goQuote).join(', ')}`;
    return { allowed: false, via: 'invalid', message };
  }
  const roleResource = roleRef.kind === 'Role' ? 'roles' : 'clusterroles';
  if (allowedBy(cluster, identity, 'bind', roleResource, namespace, roleRef.name, roleRef.apiGroup)) return { allowed: true, via: 'bind' };
  const role = getRbacIndex(cluster).roles.get(
    roleKeyOf(roleRef.kind === 'Role' ? { kind: 'Role', namespace, name: roleRef.name } : { kind: 'ClusterRole', name: roleRef.name }),
  );
  if (!role)
    return { allowed: false, via: 'denied-missing-role', message: forbidden(kind, name, `${roleResource}.${RBAC_GROUP} ${goQuote(roleRef.name)} not found`) };
  const check = confirmNoEscalation(cluster, identity, namespace, [...role.rules]);
  if (check.ok) return { allowed: true, via: 'covers' };
  return { allowed: false, via: 'denied-escalation', message: forbidden(kind, name, check.text), missing: check.missing };
}

/**
 * May `writer` create (or update) this Role, ClusterRole, RoleBinding or ClusterRoleBinding
 * without escalating privileges? system:masters always may; otherwise the `escalate` verb
 * (roles) or `bind` verb (bindings) on the role, or already holding every permission it
 * grants (for a RoleBinding: in the binding's namespace). Other objects: not applicable.
 */
export function checkRbacWrite(
  cluster: Cluster,
  writer: { user: string; groups?: readonly string[] },
  object: unknown,
  options: RbacWriteOptions = {},
): RbacWriteVerdict {
  const body = isRecord(object) ? object : {};
  const kind = readString(body.kind);
  const identity = readIdentity(writer);
  const opts: RbacWriteOptions = isRecord(options) ? options : {};
  const namespaced = kind === 'Role' || kind === 'RoleBinding';
  const namespace = namespaced ? readString(opts.namespace) || readMeta(body).namespace || 'default' : '';
  const verdict: RbacWriteVerdict = { allowed: true, via: 'not-rbac', reason: '', object: { kind, namespace, name: readMeta(body).name }, writer: identity };
  if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') verdict.roleRef = { kind: roleRefOf(body).kind, name: roleRefOf(body).name };
  let outcome: Outcome = { allowed: true, via: 'not-rbac' };
  if (!RESOURCE_OF[kind]) outcome = { allowed: true, via: 'not-rbac' };
  else if (identity.groups.includes(MASTERS_GROUP)) outcome = { allowed: true, via: 'system:masters' };
  else if (kind === 'Role' || kind === 'ClusterRole') outcome = checkRoleWrite(cluster, identity, body, kind, namespace, opts);
  else outcome = checkBindingWrite(cluster, identity, body, kind, namespace);
  Object.assign(verdict, outcome);
  verdict.reason = english(describeRbacWrite(verdict));
  return verdict;
}
