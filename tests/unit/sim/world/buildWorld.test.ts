import { describe, expect, it } from 'vitest';
import { buildWorld, checkCluster, createCluster, parseManifests } from '@/lib/sim';

// Cross-object checks (a RoleBinding naming a missing Role) as kube-apiserver accepts but RBAC
// ignores: https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding
const WORLD = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: shop }
rules:
  - { apiGroups: [""], resources: [pods], verbs: [get] }
`;
const BINDINGS = `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: good, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
subjects: [{ kind: User, name: ana }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: broken, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: missing }
subjects: [{ kind: User, name: bob }]
`;

describe('buildWorld', () => {
  it('builds one cluster from every source and positions cross-object findings in the file that holds the object', () => {
    const world = buildWorld([
      { file: 'world.yaml', text: WORLD, readOnly: true },
      { file: 'bindings.yaml', text: BINDINGS },
    ]);
    expect(world.objects).toHaveLength(4);
    expect(world.parsed.map((p) => p.source.file)).toEqual(['world.yaml', 'world.yaml', 'bindings.yaml', 'bindings.yaml']);
    expect(world.cluster.byKind.get('RoleBinding')).toHaveLength(2);
    const findings = world.diagnostics['bindings.yaml'].filter((d) => d.code.includes('role'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((d) => d.file === 'bindings.yaml' && d.line >= 7)).toBe(true);
    // The binding to a Role in the world is fine: nothing points at it.
    expect(world.diagnostics['bindings.yaml'].some((d) => d.line < 6 && d.severity !== 'info')).toBe(false);
  });

  it('gives the same findings as parsing then checking the cluster, and the same cluster as createCluster', () => {
    const sources = [
      { file: 'a.yaml', text: WORLD },
      { file: 'b.yaml', text: BINDINGS },
    ];
    const world = buildWorld(sources);
    const parsed = sources.flatMap(({ file, text }) =>
      parseManifests(text, { file, crossObjectChecks: false }).parsed.map((p) => ({ ...p, source: { ...p.source, file } })),
    );
    const expected = checkCluster(parsed)
      .map((d) => `${d.file}:${d.line}:${d.code}`)
      .sort();
    const got = Object.values(world.diagnostics)
      .flat()
      .filter((d) => expected.includes(`${d.file}:${d.line}:${d.code}`));
    expect(got.map((d) => `${d.file}:${d.line}:${d.code}`).sort()).toEqual(expected);
    const reference = createCluster(parsed.map((p) => p.object));
    expect([...world.cluster.namespaces.keys()].sort()).toEqual([...reference.namespaces.keys()].sort());
    expect(world.cluster.objects.length).toBe(reference.objects.length);
  });

  it('drops cross-object findings that point into a read-only source but keeps its own parse errors', () => {
    const brokenWorld = `${BINDINGS}---\nkind: [\n`;
    const world = buildWorld([
      { file: 'world.yaml', text: brokenWorld, readOnly: true },
      { file: 'mine.yaml', text: '' },
    ]);
    expect(world.diagnostics['world.yaml'].every((d) => d.code.startsWith('yaml-') || d.severity === 'error')).toBe(true);
    expect(world.hasErrors).toBe(true);
  });

  it('never throws on junk sources', () => {
    const junk = [{ file: 'x.yaml', text: 42 as unknown as string }, null as unknown as { file: string; text: string }, { file: 'y.yaml', text: '&a [*a]' }];
    const world = buildWorld(junk);
    expect(world.cluster).toBeDefined();
    expect(Object.keys(world.diagnostics)).toEqual(['x.yaml', 'y.yaml']);
  });
});
