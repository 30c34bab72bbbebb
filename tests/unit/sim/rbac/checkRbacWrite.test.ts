// checkRbacWrite: privilege-escalation prevention on RBAC writes (semantics/rbac.md §7) and
// the API server's error text.
import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { checkRbacWrite, describeRbacWrite } from '../../../../lib/sim/rbac';
import { cluster, clusterRole, clusterRoleBinding, role, roleBinding, user, type Rule } from './fixtures';

const podReader: Rule = { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] };
const world = cluster(
  role('dev', 'pod-reader', [podReader]),
  role('dev', 'secret-reader', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
  role('dev', 'manage-rbac', [
    { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: ['create', 'update'] },
    { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], resourceNames: ['secret-reader'], verbs: ['bind'] },
  ]),
  roleBinding('dev', 'alice-pods', { kind: 'Role', name: 'pod-reader' }, [user('alice')]),
  roleBinding('dev', 'alice-rbac', { kind: 'Role', name: 'manage-rbac' }, [user('alice')]),
  clusterRole('escalator', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['escalate'] }]),
  clusterRoleBinding('esc', 'escalator', [user('eve')]),
  clusterRole('everything', [
    { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
    { nonResourceURLs: ['*'], verbs: ['*'] },
  ]),
  clusterRoleBinding('root', 'everything', [user('root')]),
);
const alice = { user: 'alice', groups: ['system:authenticated'] };
const newRole = (rules: Rule[], name = 'x') => role('dev', name, rules);
const binding = (roleRef: { kind: string; name: string }, ns = 'dev') => roleBinding(ns, 'b', roleRef, [user('bob')]);

describe('Role and ClusterRole writes', () => {
  it.each([
    ['rules the writer holds (covers)', alice, newRole([{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]), true, 'covers'],
    ['more than the writer holds', alice, newRole([{ apiGroups: [''], resources: ['pods'], verbs: ['delete'] }]), false, 'denied-escalation'],
    ['a subresource the writer lacks', alice, newRole([{ apiGroups: [''], resources: ['pods/exec'], verbs: ['get'] }]), false, 'denied-escalation'],
    ['escalate verb allows anything', { user: 'eve' }, newRole([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]), true, 'escalate'],
    [
      'system:masters allows anything',
      { user: 'm', groups: ['system:masters'] },
      newRole([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
      true,
      'system:masters',
    ],
    ['verbs * on * includes escalate', { user: 'root' }, clusterRole('c', [{ nonResourceURLs: ['/metrics'], verbs: ['get'] }]), true, 'escalate'],
  ] as const)('%s', (_title, writer, object, allowed, via) => {
    const verdict = checkRbacWrite(world, writer, object);
    expect(verdict.allowed, verdict.reason).toBe(allowed);
    expect(verdict.via).toBe(via);
  });

  it('words the denial exactly like the API server', () => {
    const verdict = checkRbacWrite(world, alice, newRole([{ apiGroups: [''], resources: ['pods', 'secrets'], verbs: ['get', 'delete'] }]));
    expect(verdict.message).toBe(
      'roles.rbac.authorization.k8s.io "x" is forbidden: user "alice" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:\n' +
        '{APIGroups:[""], Resources:["pods"], Verbs:["delete"]}\n' +
        '{APIGroups:[""], Resources:["secrets"], Verbs:["get" "delete"]}',
    );
    expect(verdict.missing).toHaveLength(2);
    expect(render('es', describeRbacWrite(verdict))).toMatch(/^denegado: Role dev\/x otorga permisos que alice no tiene/);
  });

  it('an aggregationRule needs full authority', () => {
    const aggregated = clusterRole('agg', [], { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: 'b' } }] } });
    const verdict = checkRbacWrite(world, alice, aggregated);
    expect(verdict).toMatchObject({
      allowed: false,
      via: 'denied-aggregation',
      message: 'clusterroles.rbac.authorization.k8s.io "agg" is forbidden: must have cluster-admin privileges to use the aggregationRule',
    });
    expect(checkRbacWrite(world, { user: 'root' }, aggregated).allowed).toBe(true);
  });

  it('a ClusterRole write is checked against cluster-wide permissions only', () => {
    const verdict = checkRbacWrite(world, alice, clusterRole('c', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]));
    expect(verdict.allowed).toBe(false);
  });

  it('escalate on create needs a rule without resourceNames; on update the name counts', () => {
    const w = cluster(
      role('dev', 'esc-one', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], resourceNames: ['x'], verbs: ['escalate'] }]),
      roleBinding('dev', 'b', { kind: 'Role', name: 'esc-one' }, [user('u')]),
    );
    const object = newRole([{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]);
    expect(checkRbacWrite(w, { user: 'u' }, object).allowed).toBe(false);
    expect(checkRbacWrite(w, { user: 'u' }, object, { operation: 'update' }).via).toBe('escalate');
  });
});

describe('RoleBinding and ClusterRoleBinding writes', () => {
  it.each([
    ['binding a role whose permissions the writer holds', alice, binding({ kind: 'Role', name: 'pod-reader' }), true, 'covers'],
    ['bind verb on that role name', alice, binding({ kind: 'Role', name: 'secret-reader' }), true, 'bind'],
    ['escalation without bind', alice, binding({ kind: 'ClusterRole', name: 'everything' }), false, 'denied-escalation'],
    [
      'the writer holds it only in dev, not in prod',
      alice,
      roleBinding('prod', 'b', { kind: 'ClusterRole', name: 'pod-ish' }, []),
      false,
      'denied-missing-role',
    ],
    [
      'ClusterRoleBinding to a Role is invalid',
      alice,
      { kind: 'ClusterRoleBinding', metadata: { name: 'c' }, roleRef: { kind: 'Role', name: 'pod-reader' } },
      false,
      'invalid',
    ],
    [
      'system:masters may bind a missing role',
      { user: 'm', groups: ['system:masters'] },
      binding({ kind: 'ClusterRole', name: 'nope' }),
      true,
      'system:masters',
    ],
  ] as const)('%s', (_title, writer, object, allowed, via) => {
    const verdict = checkRbacWrite(world, writer, object);
    expect(verdict.allowed, verdict.reason).toBe(allowed);
    expect(verdict.via).toBe(via);
  });

  it('a RoleBinding is judged in its own namespace', () => {
    const w = cluster(...world.declared, clusterRole('pod-reader', [podReader]));
    expect(checkRbacWrite(w, alice, binding({ kind: 'ClusterRole', name: 'pod-reader' }, 'dev')).allowed).toBe(true);
    expect(checkRbacWrite(w, alice, binding({ kind: 'ClusterRole', name: 'pod-reader' }, 'prod')).allowed).toBe(false);
  });

  it('a missing role is NotFound in the storage wording', () => {
    const verdict = checkRbacWrite(world, alice, binding({ kind: 'Role', name: 'ghost' }));
    expect(verdict.message).toBe('rolebindings.rbac.authorization.k8s.io "b" is forbidden: roles.rbac.authorization.k8s.io "ghost" not found');
  });

  it('objects that are not RBAC need no check; junk never throws', () => {
    expect(checkRbacWrite(world, alice, { kind: 'Pod', metadata: { name: 'p' } }).via).toBe('not-rbac');
    for (const junk of [null, 3, 'x', [], { kind: 'Role' }, { kind: 'RoleBinding', roleRef: 'x' }]) {
      expect(() => checkRbacWrite(world, alice, junk)).not.toThrow();
    }
  });
});
