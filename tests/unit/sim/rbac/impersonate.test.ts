// impersonate (kubectl --as/--as-group, semantics/rbac.md §8) and identityFor (§3.6).
import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { authorize, describeImpersonation, identityFor, impersonate, impersonatedIdentity } from '../../../../lib/sim/rbac';
import { can, cluster, clusterRole, clusterRoleBinding, role, roleBinding, user } from './fixtures';

const world = cluster(
  clusterRole('impersonate-bob', [{ apiGroups: [''], resources: ['users'], resourceNames: ['bob'], verbs: ['impersonate'] }]),
  clusterRole('impersonate-groups', [{ apiGroups: [''], resources: ['groups'], verbs: ['impersonate'] }]),
  clusterRoleBinding('alice-bob', 'impersonate-bob', [user('alice')]),
  clusterRoleBinding('alice-groups', 'impersonate-groups', [user('alice')]),
  role('dev', 'imp-sa', [{ apiGroups: [''], resources: ['serviceaccounts'], resourceNames: ['builder'], verbs: ['impersonate'] }]),
  roleBinding('dev', 'alice-sa', { kind: 'Role', name: 'imp-sa' }, [user('alice')]),
  role('dev', 'reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
  roleBinding('dev', 'bob-reads', { kind: 'Role', name: 'reader' }, [user('bob')]),
);
const alice = identityFor('alice');

describe('impersonate', () => {
  it.each([
    ['a user with impersonate on that user', { as: 'bob' }, true, { user: 'bob', groups: ['system:authenticated'] }],
    ['another user', { as: 'carol' }, false, alice],
    [
      'a service account needs impersonate on serviceaccounts in its namespace',
      { as: 'system:serviceaccount:dev:builder' },
      true,
      { user: 'system:serviceaccount:dev:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'] },
    ],
    ['… in that namespace only', { as: 'system:serviceaccount:prod:builder' }, false, alice],
    ['groups each need impersonate on groups', { as: 'bob', asGroups: ['devs'] }, true, { user: 'bob', groups: ['devs', 'system:authenticated'] }],
    ['groups without a user are refused', { asGroups: ['devs'] }, false, alice],
    ['no impersonation', {}, true, alice],
  ] as const)('%s', (_title, target, allowed, identity) => {
    const verdict = impersonate(world, alice, target);
    expect(verdict.allowed, verdict.reason).toBe(allowed);
    expect(verdict.identity).toEqual(identity);
  });

  it('the impersonated identity is what gets authorized (not the real user groups)', () => {
    const verdict = impersonate(world, alice, { as: 'bob' });
    expect(authorize(world, { ...can('', 'get', 'pods', 'dev'), ...verdict.identity }).allowed).toBe(true);
  });

  it('denial carries the 403 text and words in both languages', () => {
    const verdict = impersonate(world, alice, { as: 'carol' });
    expect(verdict.message).toBe('users "carol" is forbidden: User "alice" cannot impersonate resource "users" in API group "" at the cluster scope');
    expect(verdict.checks).toEqual([{ attributes: { verb: 'impersonate', group: '', resource: 'users', namespace: '', name: 'carol' }, allowed: false }]);
    expect(verdict.reason).toMatch(/^denied: alice may not act as carol: no RBAC rule allows alice to impersonate users "carol"/);
    expect(render('es', describeImpersonation(verdict))).toMatch(/^denegado: alice no puede actuar como carol/);
  });

  it.each([
    [
      'sa without groups gets its SA groups',
      'system:serviceaccount:ns:sa',
      [],
      ['system:serviceaccounts', 'system:serviceaccounts:ns', 'system:authenticated'],
    ],
    ['sa with groups gets only those + authenticated', 'system:serviceaccount:ns:sa', ['g'], ['g', 'system:authenticated']],
    ['user with system:unauthenticated does not get authenticated', 'u', ['system:unauthenticated'], ['system:unauthenticated']],
    ['user with system:authenticated is not duplicated', 'u', ['system:authenticated'], ['system:authenticated']],
    ['anonymous gets unauthenticated', 'system:anonymous', [], ['system:unauthenticated']],
    ['an invalid SA name is a plain user', 'system:serviceaccount:NS:sa', [], ['system:authenticated']],
  ])('%s', (_title, as, groups, expected) => {
    expect(impersonatedIdentity(as, groups).groups).toEqual(expected);
  });
});

describe('identityFor', () => {
  it.each([
    ['alice', { user: 'alice', groups: ['system:authenticated'] }],
    ['system:anonymous', { user: 'system:anonymous', groups: ['system:unauthenticated'] }],
    [
      'system:serviceaccount:dev:builder',
      { user: 'system:serviceaccount:dev:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'] },
    ],
    [
      { kind: 'ServiceAccount', name: 'builder', namespace: 'dev' },
      { user: 'system:serviceaccount:dev:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'] },
    ],
    [
      { kind: 'ServiceAccount', name: 'builder' },
      { user: 'system:serviceaccount:default:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'] },
    ],
    [
      { kind: 'User', name: 'bob' },
      { user: 'bob', groups: ['system:authenticated'] },
    ],
    [
      { kind: 'Group', name: 'devs' },
      { user: '', groups: ['devs', 'system:authenticated'] },
    ],
  ] as const)('%j', (subject, identity) => {
    expect(identityFor(subject as Parameters<typeof identityFor>[0])).toEqual(identity);
  });
});
