/**
 * Binding subjects and the identities they match. Models k8s
 * `pkg/registry/rbac/validation/rule.go` appliesToUser and k8s.io/apiserver
 * `pkg/authentication/serviceaccount/util.go` (usernames and implicit groups).
 */
import { isRecord, readString } from './read';
import type { Identity, SubjectRef } from './types';

export const SERVICE_ACCOUNT_PREFIX = 'system:serviceaccount:';
export const MASTERS_GROUP = 'system:masters';
export const AUTHENTICATED_GROUP = 'system:authenticated';
export const UNAUTHENTICATED_GROUP = 'system:unauthenticated';
export const ANONYMOUS_USER = 'system:anonymous';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Read one subject of a RoleBinding/ClusterRoleBinding. A ServiceAccount subject without a
 * namespace means the RoleBinding's namespace; in a ClusterRoleBinding it stays without one
 * (and matches nobody). The subject's apiGroup is not consulted when authorizing.
 */
export function readSubject(value: unknown, bindingNamespace: string): SubjectRef {
  const subject = isRecord(value) ? value : {};
  const kind = readString(subject.kind);
  const name = readString(subject.name);
  if (kind !== 'ServiceAccount') return { kind, name };
  const namespace = readString(subject.namespace) || bindingNamespace;
  return namespace ? { kind, name, namespace } : { kind, name };
}

/**
 * Index key of the identities a subject matches: `u:<user>` or `g:<group>`; a
 * ServiceAccount is its username `system:serviceaccount:<ns>:<name>` (a plain string compare,
 * so a User subject spelled that way matches the same account). null: matches nobody.
 */
export function subjectKey(subject: SubjectRef): string | null {
  if (subject.kind === 'User') return `u:${subject.name}`;
  if (subject.kind === 'Group') return `g:${subject.name}`;
  if (subject.kind === 'ServiceAccount' && subject.namespace) {
    return `u:${SERVICE_ACCOUNT_PREFIX}${subject.namespace}:${subject.name}`;
  }
  return null;
}

/** appliesToUser: does this subject match the user? (exact, case-sensitive) */
export function subjectMatches(subject: SubjectRef, identity: Identity): boolean {
  const key = subjectKey(subject);
  if (key === null) return false;
  return key.startsWith('u:') ? key.slice(2) === identity.user : identity.groups.includes(key.slice(2));
}

/** Split `system:serviceaccount:<ns>:<name>` (serviceaccount.SplitUsername); null if not one. */
export function splitServiceAccountUser(user: string): { namespace: string; name: string } | null {
  if (!user.startsWith(SERVICE_ACCOUNT_PREFIX)) return null;
  const parts = user.slice(SERVICE_ACCOUNT_PREFIX.length).split(':');
  if (parts.length !== 2) return null;
  const [namespace, name] = parts;
  if (!DNS_LABEL.test(namespace) || namespace.length > 63) return null;
  if (!DNS_SUBDOMAIN.test(name) || name.length > 253) return null;
  return { namespace, name };
}

/** The groups an authenticator gives every service account of a namespace. */
export function serviceAccountGroups(namespace: string): string[] {
  return ['system:serviceaccounts', `system:serviceaccounts:${namespace}`];
}

export type IdentitySubject = { kind: 'User' | 'Group' | 'ServiceAccount'; name: string; namespace?: string } | string;

/**
 * The identity an authenticator produces for a subject, with the implicit groups it adds:
 * a service account gets `system:serviceaccounts`, `system:serviceaccounts:<ns>` and
 * `system:authenticated`; any other user `system:authenticated`; `system:anonymous` gets
 * `system:unauthenticated` instead. A string is a username (`system:serviceaccount:ns:sa`
 * is recognised). A Group stands for "some member of it": user '' with that group.
 * SIMPLIFICATION(k8s): a ServiceAccount without namespace is taken to be in `default`.
 * Docs: reference/access-authn-authz/authentication/#users-in-kubernetes, rbac §3.6.
 */
export function identityFor(subject: IdentitySubject): Identity {
  if (typeof subject === 'string') return identityForUser(subject);
  if (!isRecord(subject)) return identityForUser('');
  const name = readString(subject.name);
  if (subject.kind === 'ServiceAccount') {
    const namespace = readString(subject.namespace) || 'default';
    return { user: `${SERVICE_ACCOUNT_PREFIX}${namespace}:${name}`, groups: [...serviceAccountGroups(namespace), AUTHENTICATED_GROUP] };
  }
  if (subject.kind === 'Group') {
    const groups = name === UNAUTHENTICATED_GROUP ? [name] : [name, AUTHENTICATED_GROUP];
    return { user: '', groups: name === AUTHENTICATED_GROUP ? [name] : groups };
  }
  return identityForUser(name);
}

function identityForUser(user: string): Identity {
  if (user === ANONYMOUS_USER) return { user, groups: [UNAUTHENTICATED_GROUP] };
  const account = splitServiceAccountUser(user);
  if (account) return { user, groups: [...serviceAccountGroups(account.namespace), AUTHENTICATED_GROUP] };
  return { user, groups: [AUTHENTICATED_GROUP] };
}

/** `User alice`, `Group devs`, `ServiceAccount dev/builder` (as in our allowed-by texts). */
export function describeSubjectRef(subject: SubjectRef): string {
  if (subject.kind === 'ServiceAccount') return `ServiceAccount ${subject.namespace ? `${subject.namespace}/` : ''}${subject.name}`;
  return `${subject.kind || '(no kind)'} ${subject.name}`;
}
