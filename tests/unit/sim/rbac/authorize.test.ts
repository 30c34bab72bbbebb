// authorize: one table per rule area of semantics/rbac.md (§3 which bindings apply, §4 rule
// matching), plus the verdict's data (decidedBy, errors) and robustness on malformed requests.
import { describe, expect, it } from 'vitest';
import { authorize, rbacDenialReason } from '../../../../lib/sim/rbac';
import type { AccessRequest, Cluster } from '../../../../lib/sim/types';
import { can, canPath, cluster, clusterRole, clusterRoleBinding, group, role, roleBinding, sa, user, type Rule } from './fixtures';

type Row = [string, AccessRequest, boolean];

function runTable(world: Cluster, rows: Row[]) {
  it.each(rows)('%s', (_title, request, allowed) => {
    const verdict = authorize(world, request);
    expect(verdict.allowed, verdict.reason).toBe(allowed);
  });
}

/** One Role in dev with these rules, bound to alice. */
function devRole(rules: Rule[]) {
  return cluster(role('dev', 'r', rules), roleBinding('dev', 'b', { kind: 'Role', name: 'r' }, [user('alice')]));
}

describe('subjects (§3.5)', () => {
  const world = cluster(
    role('dev', 'reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
    roleBinding('dev', 'users', { kind: 'Role', name: 'reader' }, [user('alice'), { kind: 'Robot', name: 'bob' }]),
    roleBinding('dev', 'groups', { kind: 'Role', name: 'reader' }, [group('devs')]),
    roleBinding('dev', 'sas', { kind: 'Role', name: 'reader' }, [sa('builder'), sa('ci', 'tools')]),
    roleBinding('dev', 'sa-as-user', { kind: 'Role', name: 'reader' }, [user('system:serviceaccount:ops:bot')]),
    clusterRole('node-reader', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }]),
    clusterRoleBinding('nodes', 'node-reader', [sa('agent'), sa('agent', 'kube-system')]),
  );
  runTable(world, [
    ['User subject matches the exact name', can('alice', 'get', 'pods', 'dev'), true],
    ['User subject is case-sensitive', can('Alice', 'get', 'pods', 'dev'), false],
    ['unknown subject kind matches nobody', can('bob', 'get', 'pods', 'dev'), false],
    ['Group subject matches a member', can('carol', 'get', 'pods', 'dev', { groups: ['devs'] }), true],
    ['Group subject needs the group in the request', can('devs', 'get', 'pods', 'dev', { groups: [] }), false],
    ['SA without namespace means the RoleBinding namespace', can('system:serviceaccount:dev:builder', 'get', 'pods', 'dev'), true],
    ['SA without namespace does not match another namespace', can('system:serviceaccount:prod:builder', 'get', 'pods', 'dev'), false],
    ['SA with namespace matches that account', can('system:serviceaccount:tools:ci', 'get', 'pods', 'dev'), true],
    ['User subject spelled as an SA username matches it', can('system:serviceaccount:ops:bot', 'get', 'pods', 'dev'), true],
    ['SA without namespace in a ClusterRoleBinding matches nobody', can('system:serviceaccount:default:agent', 'get', 'nodes', ''), false],
    ['SA with namespace in a ClusterRoleBinding', can('system:serviceaccount:kube-system:agent', 'get', 'nodes', ''), true],
    ['groups are taken exactly as given (no implicit ones)', can('system:serviceaccount:dev:x', 'get', 'pods', 'dev', { groups: [] }), false],
  ]);
});

describe('scope (§3.1-3.3, E1-E3, E14)', () => {
  const world = cluster(
    clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods', 'nodes', 'namespaces'], verbs: ['get', 'list'] }]),
    roleBinding('dev', 'rb-cr', { kind: 'ClusterRole', name: 'pod-reader' }, [user('alice')]),
    clusterRoleBinding('crb', 'pod-reader', [user('carol')]),
    role('prod', 'admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
    roleBinding('dev', 'wrong-ns-role', { kind: 'Role', name: 'admin' }, [user('dave')]),
    clusterRoleBinding('crb-to-role', 'admin', [user('erin')]),
  );
  runTable(world, [
    ['RoleBinding to a ClusterRole works in its namespace', can('alice', 'list', 'pods', 'dev'), true],
    ['… but not in another namespace', can('alice', 'list', 'pods', 'prod'), false],
    ['… nor across all namespaces (namespace "")', can('alice', 'list', 'pods', ''), false],
    ['cluster-scoped resource via RoleBinding: real request denied', can('alice', 'list', 'nodes', ''), false],
    ['can-i sends the namespace even for nodes: allowed', can('alice', 'list', 'nodes', 'dev'), true],
    ['namespace object of its own namespace', can('alice', 'get', 'namespaces', 'dev', { name: 'dev' }), true],
    ['ClusterRoleBinding applies in every namespace', can('carol', 'list', 'pods', 'kube-system'), true],
    ['ClusterRoleBinding applies cluster-wide', can('carol', 'list', 'pods', ''), true],
    ['roleRef Role is looked up in the binding namespace only', can('dave', 'get', 'pods', 'dev'), false],
    ['ClusterRoleBinding cannot use a Role', can('erin', 'get', 'pods', 'prod'), false],
  ]);
});

describe('verbs and API groups (§4.1-4.2, E7, E15)', () => {
  runTable(
    devRole([
      { apiGroups: [''], resources: ['deployments', 'pods'], verbs: ['get', 'list'] },
      { apiGroups: ['*'], resources: ['configmaps'], verbs: ['*'] },
    ]),
    [
      ['listed verb', can('alice', 'list', 'pods', 'dev'), true],
      ['list does not imply watch', can('alice', 'watch', 'pods', 'dev'), false],
      ['core-group rule does not cover apps', can('alice', 'get', 'deployments', 'dev', { group: 'apps' }), false],
      ['apiGroups * covers the core group', can('alice', 'delete', 'configmaps', 'dev'), true],
      ['verbs * covers deletecollection', can('alice', 'deletecollection', 'configmaps', 'dev', { group: 'x.io' }), true],
      ['request verb * needs a rule verb *', can('alice', '*', 'pods', 'dev'), false],
      ['request verb * with rule verb *', can('alice', '*', 'configmaps', 'dev'), true],
    ],
  );
});

describe('resources, wildcards and subresources (§4.3, E4, E5, E13)', () => {
  const rules = (resources: string[], apiGroups = ['']) => devRole([{ apiGroups, resources, verbs: ['*'] }]);
  runTable(rules(['pods']), [
    ['pods does not cover pods/log', can('alice', 'get', 'pods/log', 'dev', { name: 'web' }), false],
    ['pods does not cover pods/exec', can('alice', 'create', 'pods/exec', 'dev', { name: 'web' }), false],
    ['pods does not cover pods/eviction', can('alice', 'create', 'pods/eviction', 'dev', { name: 'web' }), false],
    ['can-i get pods/log asks about the pod named log', can('alice', 'get', 'pods', 'dev', { name: 'log' }), true],
  ]);
  runTable(rules(['*']), [
    ['* covers every resource', can('alice', 'get', 'secrets', 'dev'), true],
    ['* covers subresources', can('alice', 'create', 'pods/exec', 'dev', { name: 'web' }), true],
  ]);
  runTable(rules(['pods/*']), [
    ['pods/* is not a wildcard', can('alice', 'get', 'pods/log', 'dev', { name: 'web' }), false],
    ['pods/* matches a literal subresource *', can('alice', 'get', 'pods/*', 'dev'), true],
    ['pods/* does not cover pods', can('alice', 'get', 'pods', 'dev'), false],
  ]);
  runTable(rules(['*/*']), [
    ['*/* is not everything', can('alice', 'get', 'pods/log', 'dev'), false],
    ['*/* does not cover plain resources', can('alice', 'get', 'pods', 'dev'), false],
  ]);
  runTable(rules(['*/log']), [
    ['*/log covers pods/log', can('alice', 'get', 'pods/log', 'dev', { name: 'web' }), true],
    ['*/log does not cover pods', can('alice', 'get', 'pods', 'dev'), false],
  ]);
  runTable(rules(['*/scale'], ['*']), [
    ['*/scale covers deployments/scale', can('alice', 'update', 'deployments/scale', 'dev', { group: 'apps' }), true],
    ['*/scale covers replicationcontrollers/scale', can('alice', 'update', 'replicationcontrollers/scale', 'dev'), true],
    ['*/scale does not cover deployments', can('alice', 'update', 'deployments', 'dev', { group: 'apps' }), false],
    ['*/scale does not cover deployments/status', can('alice', 'update', 'deployments/status', 'dev', { group: 'apps' }), false],
  ]);
  runTable(rules(['pods/log']), [
    ['explicit pods/log allows logs', can('alice', 'get', 'pods/log', 'dev', { name: 'web' }), true],
    ['pods/log does not allow the pod', can('alice', 'get', 'pods', 'dev', { name: 'web' }), false],
  ]);
});

describe('resourceNames (§4.4, E6)', () => {
  runTable(
    devRole([
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['app-config'], verbs: ['get', 'list', 'create', 'delete', 'deletecollection', 'watch'] },
    ]),
    [
      ['get the named object', can('alice', 'get', 'configmaps', 'dev', { name: 'app-config' }), true],
      ['get another name', can('alice', 'get', 'configmaps', 'dev', { name: 'other' }), false],
      ['list without a field selector', can('alice', 'list', 'configmaps', 'dev'), false],
      ['list with metadata.name field selector', can('alice', 'list', 'configmaps', 'dev', { name: 'app-config' }), true],
      ['watch with metadata.name field selector', can('alice', 'watch', 'configmaps', 'dev', { name: 'app-config' }), true],
      ['create has no name', can('alice', 'create', 'configmaps', 'dev'), false],
      ['delete by name', can('alice', 'delete', 'configmaps', 'dev', { name: 'app-config' }), true],
      ['deletecollection has no name', can('alice', 'deletecollection', 'configmaps', 'dev'), false],
    ],
  );
});

describe('non-resource URLs (§4.5-4.7, E8)', () => {
  const world = cluster(
    clusterRole('urls', [
      { nonResourceURLs: ['/healthz/*', '/api*', '/metrics'], verbs: ['get'] },
      { nonResourceURLs: ['/logs'], verbs: ['list'] },
    ]),
    clusterRoleBinding('urls', 'urls', [user('alice')]),
    clusterRole('all-urls', [{ nonResourceURLs: ['*'], verbs: ['get'] }]),
    clusterRoleBinding('all-urls', 'all-urls', [user('bob')]),
    clusterRole('mixed', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
    clusterRoleBinding('mixed', 'mixed', [user('carol')]),
  );
  runTable(world, [
    ['/healthz/* does not match /healthz', canPath('alice', 'get', '/healthz'), false],
    ['/healthz/* matches /healthz/etcd', canPath('alice', 'get', '/healthz/etcd'), true],
    ['/healthz/* matches /healthz/', canPath('alice', 'get', '/healthz/'), true],
    ['/api* is a plain string prefix', canPath('alice', 'get', '/apis/apps/v1'), true],
    ['exact URL', canPath('alice', 'get', '/metrics'), true],
    ['exact URL is not a prefix', canPath('alice', 'get', '/metrics/cadvisor'), false],
    ['the verb is the HTTP method', canPath('alice', 'post', '/metrics'), false],
    ['a list rule never matches GET', canPath('alice', 'get', '/logs'), false],
    ['* matches every path', canPath('bob', 'get', '/anything/at/all'), true],
    ['resource rules never match paths', canPath('carol', 'get', '/pods'), false],
    ['URL rules never match resources', can('bob', 'get', 'pods', ''), false],
  ]);
});

describe('missing roles and errors (§3.4)', () => {
  const world = cluster(
    roleBinding('dev', 'dangling', { kind: 'ClusterRole', name: 'does-not-exist' }, [user('alice')]),
    roleBinding('dev', 'dangling-role', { kind: 'Role', name: 'nope' }, [user('alice')]),
    clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
    roleBinding('dev', 'works', { kind: 'ClusterRole', name: 'pod-reader' }, [user('alice')]),
    roleBinding('dev', 'weird', { kind: 'Thing', name: 'x' }, [user('bob')]),
  );
  it('other bindings still count', () => {
    expect(authorize(world, can('alice', 'get', 'pods', 'dev')).allowed).toBe(true);
  });
  it('records the errors with the API server wording when denied', () => {
    const verdict = authorize(world, can('alice', 'delete', 'pods', 'dev'));
    expect(verdict.allowed).toBe(false);
    expect(verdict.errors).toEqual(['clusterrole.rbac.authorization.k8s.io "does-not-exist" not found', 'role.rbac.authorization.k8s.io "nope" not found']);
    expect(rbacDenialReason(verdict)).toBe(
      'RBAC: [clusterrole.rbac.authorization.k8s.io "does-not-exist" not found, role.rbac.authorization.k8s.io "nope" not found]',
    );
    expect(verdict.unusable?.map((u) => u.problem)).toEqual(['missing-role', 'missing-role']);
  });
  it('an unsupported roleRef kind is an error, not a crash', () => {
    const verdict = authorize(world, can('bob', 'get', 'pods', 'dev'));
    expect(verdict.allowed).toBe(false);
    expect(verdict.errors).toEqual(['unsupported role reference kind: "Thing"']);
  });
  it('a binding created before its role starts working when the role appears', () => {
    const later = cluster(...world.declared, clusterRole('does-not-exist', [{ apiGroups: [''], resources: ['pods'], verbs: ['delete'] }]));
    expect(authorize(later, can('alice', 'delete', 'pods', 'dev')).allowed).toBe(true);
  });
});

describe('system:masters (§2.1, E11)', () => {
  it('is allowed everything with zero bindings', () => {
    const verdict = authorize(cluster(), can('root', 'delete', 'nodes', '', { groups: ['system:masters'] }));
    expect(verdict.allowed).toBe(true);
    expect(verdict.decidedBy).toEqual({ privilegedGroup: 'system:masters' });
    expect(authorize(cluster(), canPath('root', 'post', '/anything', ['system:masters'])).allowed).toBe(true);
  });
  it('a user named system:masters is not the group', () => {
    expect(authorize(cluster(), can('system:masters', 'get', 'pods', 'dev', { groups: [] })).allowed).toBe(false);
  });
});

describe('verdict data', () => {
  const world = cluster(
    clusterRole('view', [
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
    ]),
    clusterRoleBinding('view-devs', 'view', [user('zed'), group('devs')]),
    role('dev', 'pod-reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]),
    roleBinding('dev', 'read-pods', { kind: 'Role', name: 'pod-reader' }, [user('alice')]),
  );
  it('decidedBy names binding, role and 0-based rule index; words use 1-based numbers', () => {
    const verdict = authorize(world, can('alice', 'list', 'pods', 'dev', { groups: ['devs'] }));
    expect(verdict.decidedBy).toEqual({
      binding: { kind: 'ClusterRoleBinding', name: 'view-devs' },
      role: { kind: 'ClusterRole', name: 'view' },
      ruleIndex: 1,
    });
    expect(verdict.subject).toEqual({ kind: 'Group', name: 'devs' });
    expect(verdict.reason).toBe('allowed by ClusterRoleBinding view-devs (ClusterRole view, rule 2) to Group devs');
  });
  it('ClusterRoleBindings are visited before RoleBindings', () => {
    const verdict = authorize(world, can('alice', 'get', 'pods', 'dev', { groups: ['devs'] }));
    expect(verdict.decidedBy).toMatchObject({ binding: { kind: 'ClusterRoleBinding', name: 'view-devs' } });
  });
  it('a Role reference carries the binding namespace', () => {
    const verdict = authorize(world, can('alice', 'get', 'pods', 'dev'));
    expect(verdict.decidedBy).toEqual({
      binding: { kind: 'RoleBinding', namespace: 'dev', name: 'read-pods' },
      role: { kind: 'Role', namespace: 'dev', name: 'pod-reader' },
      ruleIndex: 0,
    });
    expect(verdict.reason).toBe('allowed by RoleBinding dev/read-pods (Role pod-reader, rule 1) to User alice');
  });
});

describe('malformed requests are denied, never thrown', () => {
  const world = cluster(clusterRole('all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]), clusterRoleBinding('all', 'all', [user('')]));
  const bad: [string, unknown][] = [
    ['no attributes', { user: 'alice' }],
    ['both kinds of attributes', { user: 'alice', resourceAttributes: { verb: 'get', resource: 'pods' }, nonResourceAttributes: { verb: 'get', path: '/' } }],
    ['attributes not an object', { user: 'alice', resourceAttributes: 'pods' }],
    ['null request', null],
  ];
  it.each(bad)('%s', (_title, request) => {
    const verdict = authorize(world, request as AccessRequest);
    expect(verdict.allowed).toBe(false);
    expect(verdict.invalid).toBeTruthy();
    expect(verdict.reason).toMatch(/^denied: invalid request/);
  });
  it('wrong field types read as empty strings', () => {
    const request = { user: 42, groups: 'devs', resourceAttributes: { verb: ['get'], resource: 'pods', namespace: null } } as unknown as AccessRequest;
    const verdict = authorize(world, request);
    expect(verdict.identity).toEqual({ user: '', groups: [] });
    expect(verdict.attributes).toMatchObject({ verb: '', resource: 'pods', namespace: '' });
    expect(verdict.allowed).toBe(true);
  });
});
