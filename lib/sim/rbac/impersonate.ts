/**
 * `kubectl --as / --as-group`: user impersonation as the API server's impersonation filter
 * does it (k8s.io/apiserver `pkg/endpoints/filters/impersonation/impersonation.go`; docs:
 * reference/access-authn-authz/authentication/#user-impersonation).
 */
import type { Cluster, ResourceAttributes } from '../types';
import { msg, verbatim, type Message } from '../messages';
import { english } from '../messages/english';
import { authorize } from './authorize';
import { describeAuthorization } from './describeAuthorization';
import { forbiddenMessage } from './forbiddenMessage';
import { isRecord, readString, readStringList } from './read';
import { readIdentity } from './requestAttributes';
import { ANONYMOUS_USER, AUTHENTICATED_GROUP, serviceAccountGroups, splitServiceAccountUser, UNAUTHENTICATED_GROUP } from './subjects';
import type { Identity, ImpersonationVerdict } from './types';

/** The impersonation checks in the order the filter makes them: the user (or SA), then each group. */
function buildChecks(as: string, asGroups: readonly string[]): ResourceAttributes[] {
  const checks: ResourceAttributes[] = [];
  if (as !== '') {
    const account = splitServiceAccountUser(as);
    checks.push(
      account
        ? { verb: 'impersonate', group: '', resource: 'serviceaccounts', namespace: account.namespace, name: account.name }
        : { verb: 'impersonate', group: '', resource: 'users', namespace: '', name: as },
    );
  }
  for (const group of asGroups) checks.push({ verb: 'impersonate', group: '', resource: 'groups', namespace: '', name: group });
  return checks;
}

/**
 * The impersonated identity: a service account without --as-group gets its two SA groups;
 * a plain user gets no groups of its own (never the real user's); then
 * `system:authenticated` is added unless the user is `system:anonymous` or the groups already
 * hold `system:authenticated`/`system:unauthenticated`; anonymous gets `system:unauthenticated`.
 */
export function impersonatedIdentity(as: string, asGroups: readonly string[]): Identity {
  const account = splitServiceAccountUser(as);
  const groups = asGroups.length === 0 && account ? serviceAccountGroups(account.namespace) : [...asGroups];
  if (as === ANONYMOUS_USER) {
    if (!groups.includes(UNAUTHENTICATED_GROUP)) groups.push(UNAUTHENTICATED_GROUP);
  } else if (!groups.includes(AUTHENTICATED_GROUP) && !groups.includes(UNAUTHENTICATED_GROUP)) {
    groups.push(AUTHENTICATED_GROUP);
  }
  return { user: as, groups };
}

function who(actor: Identity): Message {
  return actor.user ? verbatim(actor.user) : msg('rbac.noUser', {});
}

/** An impersonation verdict as a message (words: lib/i18n/messages/<lang>/rbac.ts). */
export function describeImpersonation(verdict: ImpersonationVerdict): Message {
  const actor = who(verdict.actor);
  if (verdict.as === '' && verdict.asGroups.length === 0) return msg('rbac.impersonation.none', { actor });
  if (verdict.as === '') return msg('rbac.impersonation.groupsWithoutUser', {});
  if (verdict.denial) return msg('rbac.impersonation.denied', { actor, as: verdict.as, because: describeAuthorization(verdict.denial) });
  return msg('rbac.impersonation.allowed', { actor, as: verdict.as, groups: verdict.identity.groups.join(', ') });
}

/**
 * May `actor` act as `as` (and `asGroups`)? Each impersonated name needs `impersonate` on
 * `users`, `groups`, or `serviceaccounts` in the account's namespace. Groups without a user
 * are a bad request. When allowed, `identity` is what later requests are authorized as.
 */
export function impersonate(
  cluster: Cluster,
  actor: { user: string; groups?: readonly string[] },
  target: { as?: string; asGroups?: readonly string[] },
): ImpersonationVerdict {
  const identity = readIdentity(actor);
  const body: Record<string, unknown> = isRecord(target) ? target : {};
  const as = readString(body.as);
  const asGroups = readStringList(body.asGroups);
  const verdict: ImpersonationVerdict = { allowed: true, identity, reason: '', checks: [], actor: identity, as, asGroups };
  if (as === '' && asGroups.length > 0) {
    verdict.allowed = false;
    // The filter fails with this text (as an internal error) before any authorization.
    verdict.message = `requested [${asGroups.map((g) => `{Group  ${g}    }`).join(' ')}] without impersonating a user`;
  } else if (as !== '') {
    for (const attributes of buildChecks(as, asGroups)) {
      const request = { user: identity.user, groups: identity.groups, resourceAttributes: attributes };
      const decision = authorize(cluster, request);
      verdict.checks.push({ attributes, allowed: decision.allowed });
      if (!decision.allowed) {
        Object.assign(verdict, { allowed: false, denial: decision, message: forbiddenMessage(request, decision) });
        break;
      }
    }
    if (verdict.allowed) verdict.identity = impersonatedIdentity(as, asGroups);
  }
  verdict.reason = english(describeImpersonation(verdict));
  return verdict;
}
