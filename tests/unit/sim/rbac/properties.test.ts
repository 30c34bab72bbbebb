// Properties: the RBAC functions never throw on junk, and the three views of one world agree
// (authorize ⇔ a can-i --list row covers the request ⇔ who-can names the subject).
import { render } from '@/lib/i18n/messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../../lib/sim/cluster';
import {
  authorize,
  checkRbacWrite,
  describeAuthorization,
  forbiddenMessage,
  identityFor,
  impersonate,
  listPermissions,
  resolveClusterRoles,
  whoCan,
} from '../../../../lib/sim/rbac';
import type { PermissionRow } from '../../../../lib/sim/rbac';
import type { AccessRequest } from '../../../../lib/sim/types';

const KINDS = ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'];

/** Objects of RBAC kinds whose other fields are anything at all. */
const junkObject = fc.record(
  {
    kind: fc.constantFrom(...KINDS),
    metadata: fc.oneof(fc.anything(), fc.record({ name: fc.anything(), namespace: fc.anything(), labels: fc.anything() }, { requiredKeys: [] })),
    rules: fc.oneof(
      fc.anything(),
      fc.array(fc.dictionary(fc.constantFrom('verbs', 'apiGroups', 'resources', 'resourceNames', 'nonResourceURLs'), fc.anything())),
    ),
    roleRef: fc.oneof(fc.anything(), fc.record({ kind: fc.anything(), name: fc.anything() }, { requiredKeys: [] })),
    subjects: fc.oneof(fc.anything(), fc.array(fc.record({ kind: fc.anything(), name: fc.anything(), namespace: fc.anything() }, { requiredKeys: [] }))),
    aggregationRule: fc.oneof(fc.anything(), fc.record({ clusterRoleSelectors: fc.anything() })),
  },
  { requiredKeys: ['kind'] },
);

const junkRequest = fc.oneof(
  fc.anything(),
  fc.record(
    {
      user: fc.anything(),
      groups: fc.anything(),
      resourceAttributes: fc.oneof(
        fc.anything(),
        fc.dictionary(fc.constantFrom('verb', 'group', 'resource', 'subresource', 'namespace', 'name'), fc.anything()),
      ),
      nonResourceAttributes: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('verb', 'path'), fc.anything())),
    },
    { requiredKeys: [] },
  ),
);

describe('never throws on junk', () => {
  it('authorize, listPermissions, whoCan, the words and the write checks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(junkObject, fc.anything()), { maxLength: 8 }), junkRequest, fc.anything(), (objects, request, other) => {
        const world = createCluster(objects);
        const verdict = authorize(world, request as AccessRequest);
        expect(typeof verdict.reason).toBe('string');
        expect(typeof render('es', describeAuthorization(verdict))).toBe('string');
        expect(typeof forbiddenMessage(request as AccessRequest, verdict)).toBe('string');
        listPermissions(world, other as never);
        whoCan(world, other as never);
        resolveClusterRoles(world);
        checkRbacWrite(world, other as never, objects[0]);
        impersonate(world, other as never, other as never);
        identityFor(other as never);
      }),
      { numRuns: 200 },
    );
  });

  it('even when the cluster itself is not a cluster', () => {
    fc.assert(
      fc.property(fc.anything(), junkRequest, (junk, request) => {
        const world = junk as never;
        expect(typeof authorize(world, request as AccessRequest).allowed).toBe('boolean');
        expect(listPermissions(world, { user: 'a', namespace: 'x' }).rows).toEqual([]);
        expect(whoCan(world, { verb: 'get', resource: 'pods' }).map((g) => g.via)).toEqual(['privileged-group']);
        expect(resolveClusterRoles(world).size).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});

// ---- structured worlds from a small vocabulary, so that grants and misses are frequent
const USERS = ['alice', 'bob', 'system:serviceaccount:dev:ci'];
const GROUPS = ['devs', 'ops'];
const NAMESPACES = ['dev', 'prod'];
const rule = fc.record({
  apiGroups: fc.subarray(['', 'apps', '*'], { minLength: 1 }),
  resources: fc.subarray(['pods', 'pods/log', 'secrets', '*', '*/log', 'deployments'], { minLength: 1 }),
  verbs: fc.subarray(['get', 'list', 'delete', '*'], { minLength: 1 }),
  resourceNames: fc.subarray(['a', 'b'], { maxLength: 1 }),
});
const subject = fc.oneof(
  fc.constantFrom(...USERS.slice(0, 2)).map((name) => ({ kind: 'User', name })),
  fc.constantFrom(...GROUPS).map((name) => ({ kind: 'Group', name })),
  fc.constantFrom(undefined, 'dev', 'prod').map((namespace) => ({ kind: 'ServiceAccount', name: 'ci', ...(namespace ? { namespace } : {}) })),
);
const roleName = fc.constantFrom('r1', 'r2', 'r3');
const world = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('Role'), ns: fc.constantFrom(...NAMESPACES), name: roleName, rules: fc.array(rule, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('ClusterRole'), ns: fc.constant(''), name: roleName, rules: fc.array(rule, { maxLength: 3 }) }),
      fc.record({
        kind: fc.constant('RoleBinding'),
        ns: fc.constantFrom(...NAMESPACES),
        name: fc.constantFrom('b1', 'b2'),
        refKind: fc.constantFrom('Role', 'ClusterRole'),
        ref: roleName,
        subjects: fc.array(subject, { maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('ClusterRoleBinding'),
        ns: fc.constant(''),
        name: fc.constantFrom('c1', 'c2'),
        refKind: fc.constant('ClusterRole'),
        ref: roleName,
        subjects: fc.array(subject, { maxLength: 3 }),
      }),
    ),
    { maxLength: 10 },
  )
  .map((items) =>
    items.map((item) =>
      'rules' in item
        ? {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: item.kind,
            metadata: { name: item.name, ...(item.ns ? { namespace: item.ns } : {}) },
            rules: item.rules,
          }
        : {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: item.kind,
            metadata: { name: item.name, ...(item.ns ? { namespace: item.ns } : {}) },
            roleRef: { kind: item.refKind, name: item.ref },
            subjects: item.subjects,
          },
    ),
  );
const request = fc.record({
  user: fc.constantFrom(...USERS),
  groups: fc.subarray(GROUPS),
  verb: fc.constantFrom('get', 'list', 'delete', 'watch'),
  group: fc.constantFrom('', 'apps'),
  resource: fc.constantFrom('pods', 'pods/log', 'secrets', 'deployments', 'pods/exec'),
  namespace: fc.constantFrom(...NAMESPACES),
  name: fc.constantFrom('', 'a', 'b'),
});

/** An independent reading of "this row covers the request" (kubectl rows are single group/resource). */
function rowCovers(row: PermissionRow, r: { verb: string; group: string; resource: string; name: string }): boolean {
  const { verbs, apiGroups, resources, resourceNames } = row.rule;
  if (resources.length === 0) return false;
  const sub = r.resource.includes('/') ? r.resource.split('/')[1] : '';
  const resourceOk = resources[0] === '*' || resources[0] === r.resource || (sub !== '' && resources[0] === `*/${sub}`);
  const nameOk = resourceNames.length === 0 || resourceNames.includes(r.name);
  return (verbs.includes('*') || verbs.includes(r.verb)) && (apiGroups[0] === '*' || apiGroups[0] === r.group) && resourceOk && nameOk;
}

function toAccessRequest(r: { user: string; groups: string[]; verb: string; group: string; resource: string; namespace: string; name: string }): AccessRequest {
  const [resource, subresource = ''] = r.resource.split('/');
  return { user: r.user, groups: r.groups, resourceAttributes: { verb: r.verb, group: r.group, resource, subresource, namespace: r.namespace, name: r.name } };
}

describe('the views agree', () => {
  it('authorize allows ⇔ some can-i --list row covers the request', () => {
    const seen = { allowed: 0, denied: 0 };
    fc.assert(
      fc.property(world, request, (objects, r) => {
        const cluster = createCluster(objects);
        const verdict = authorize(cluster, toAccessRequest(r));
        seen[verdict.allowed ? 'allowed' : 'denied'] += 1;
        const rows = listPermissions(cluster, { user: r.user, groups: r.groups, namespace: r.namespace }).rows;
        expect(rows.some((row) => rowCovers(row, r))).toBe(verdict.allowed);
        if (!verdict.allowed) expect(verdict.nearestMiss?.lacks.length ?? 1).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 20240601 },
    );
    // The generated worlds exercise both outcomes (fixed seed: deterministic).
    expect(seen.allowed).toBeGreaterThan(20);
    expect(seen.denied).toBeGreaterThan(20);
  });

  it('authorize allows ⇔ who-can names the user, one of its groups or its service account', () => {
    fc.assert(
      fc.property(world, request, (objects, r) => {
        const cluster = createCluster(objects);
        const attributes = toAccessRequest(r).resourceAttributes!;
        const grants = whoCan(cluster, attributes).filter((g) => g.via === 'binding');
        const named = grants.some(
          ({ subject: s }) =>
            (s.kind === 'User' && s.name === r.user) ||
            (s.kind === 'Group' && r.groups.includes(s.name)) ||
            (s.kind === 'ServiceAccount' && `system:serviceaccount:${s.namespace}:${s.name}` === r.user),
        );
        expect(named).toBe(authorize(cluster, toAccessRequest(r)).allowed);
      }),
      { numRuns: 300 },
    );
  });
});
