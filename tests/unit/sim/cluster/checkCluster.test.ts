import { describe, expect, it } from 'vitest';
import { render } from '@/lib/i18n/messages';
import { checkCluster } from '@/lib/sim/cluster';
import type { KubeObject, ParsedObject } from '@/lib/sim/types';

/** A ParsedObject whose sourceMap puts every listed path on its own line (document i starts at line 100*i+1). */
function parsed(object: Record<string, unknown>, document: number, paths: string[] = []): ParsedObject {
  const base = document * 100 + 1;
  const sourceMap: ParsedObject['sourceMap'] = { '': { line: base, column: 1 } };
  paths.forEach((path, i) => (sourceMap[path] = { line: base + i + 1, column: 3, endLine: base + i + 1, endColumn: 20 }));
  return { object: object as KubeObject, source: { file: 'lab.yaml', document, line: base, column: 1 }, sourceMap };
}

const ns = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
const role = (name: string, namespace: string) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace }, rules: [] });
const clusterRole = (name: string) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules: [] });
const binding = (kind: string, name: string, namespace: string | undefined, roleKind: string, roleName: string) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind,
  metadata: { name, ...(namespace ? { namespace } : {}) },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleName },
  subjects: [{ kind: 'User', name: 'alice' }],
});
const pod = (name: string, namespace: string, labels: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels },
  spec: { containers: [{ name: 'c', image: 'x:1', ports: [{ name: 'http', containerPort: 8080 }] }], ...extra },
});
const netpol = (name: string, namespace: string, spec: Record<string, unknown>) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, namespace },
  spec,
});
const service = (name: string, namespace: string, selector: Record<string, string>, targetPort: number | string = 8080) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace },
  spec: { selector, ports: [{ port: 80, targetPort }] },
});

const base = [ns('dev'), ns('prod'), pod('web', 'dev', { app: 'web' })];

describe('checkCluster', () => {
  const cases: { title: string; objects: Record<string, unknown>[]; code: string; path: string; mentions: string[] }[] = [
    {
      title: 'RoleBinding to a missing Role',
      objects: [binding('RoleBinding', 'rb', 'dev', 'Role', 'ghost')],
      code: 'rbac-missing-role',
      path: 'roleRef.name',
      mentions: ['ghost', 'grants nothing until it exists'],
    },
    {
      title: 'ClusterRoleBinding to a missing ClusterRole',
      objects: [binding('ClusterRoleBinding', 'crb', undefined, 'ClusterRole', 'ghost')],
      code: 'rbac-missing-role',
      path: 'roleRef.name',
      mentions: ['ClusterRole "ghost"'],
    },
    {
      title: 'Role kind where only a ClusterRole exists',
      objects: [clusterRole('reader'), binding('RoleBinding', 'rb', 'dev', 'Role', 'reader')],
      code: 'rbac-missing-role',
      path: 'roleRef.name',
      mentions: ['did you mean roleRef.kind: ClusterRole'],
    },
    {
      title: 'Role only in another namespace',
      objects: [role('reader', 'prod'), binding('RoleBinding', 'rb', 'dev', 'Role', 'reader')],
      code: 'rbac-role-in-other-namespace',
      path: 'roleRef.name',
      mentions: ['only in namespace prod', 'own namespace (dev)'],
    },
    {
      title: 'NetworkPolicy selecting no pod',
      objects: [netpol('np', 'dev', { podSelector: { matchLabels: { app: 'db' } } })],
      code: 'netpol-selects-no-pod',
      path: 'spec.podSelector',
      mentions: ['app=db'],
    },
    {
      title: 'named ingress port no selected pod has',
      objects: [netpol('np', 'dev', { podSelector: {}, ingress: [{ ports: [{ port: 'metrics' }] }] })],
      code: 'netpol-named-port-unmatched',
      path: 'spec.ingress[0].ports[0].port',
      mentions: ['"metrics"'],
    },
    {
      title: 'named port with the wrong protocol',
      objects: [netpol('np', 'dev', { podSelector: {}, ingress: [{ ports: [{ port: 'http', protocol: 'UDP' }] }] })],
      code: 'netpol-named-port-unmatched',
      path: 'spec.ingress[0].ports[0].port',
      mentions: ['(UDP)'],
    },
    {
      title: 'named egress port no reachable pod has',
      objects: [netpol('np', 'dev', { podSelector: {}, egress: [{ to: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 'dns' }] }] })],
      code: 'netpol-named-port-unmatched',
      path: 'spec.egress[0].ports[0].port',
      mentions: ['"dns"'],
    },
    {
      title: 'Service selecting no pod',
      objects: [service('db', 'dev', { app: 'db' })],
      code: 'service-selects-no-pod',
      path: 'spec.selector',
      mentions: ['app=db'],
    },
    {
      title: 'Service named targetPort no pod has',
      objects: [service('web', 'dev', { app: 'web' }, 'grpc')],
      code: 'service-target-port-unmatched',
      path: 'spec.ports[0].targetPort',
      mentions: ['"grpc"'],
    },
    {
      title: 'pod with a missing ServiceAccount',
      objects: [pod('job', 'dev', {}, { serviceAccountName: 'builder' })],
      code: 'pod-missing-service-account',
      path: 'spec.serviceAccountName',
      mentions: ['builder', 'rejects'],
    },
    {
      title: 'Deployment template with a missing ServiceAccount',
      objects: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'd', namespace: 'dev' },
          spec: { template: { metadata: { labels: { a: 'b' } }, spec: { serviceAccountName: 'ci', containers: [] } } },
        },
      ],
      code: 'pod-missing-service-account',
      path: 'spec.template.spec.serviceAccountName',
      mentions: ['cannot create pods'],
    },
    {
      title: 'RoleBinding to a ClusterRole no cluster has',
      objects: [binding('RoleBinding', 'rb', 'dev', 'ClusterRole', 'editor')],
      code: 'rbac-missing-role',
      path: 'roleRef.name',
      mentions: ['ClusterRole "editor"'],
    },
    {
      title: 'namespace used but not declared',
      objects: [pod('p', 'staging', {})],
      code: 'namespace-not-declared',
      path: 'metadata.namespace',
      mentions: ['staging'],
    },
  ];

  for (const c of cases) {
    it(c.title, () => {
      const all = [...base, ...c.objects];
      const input = all.map((o, i) => parsed(o, i, i === all.length - 1 ? [c.path] : []));
      const found = checkCluster(input).filter((d) => d.code === c.code);
      expect(found, JSON.stringify(checkCluster(input), null, 1)).toHaveLength(1);
      const [d] = found;
      expect(d.path).toBe(c.path);
      expect(d.file).toBe('lab.yaml');
      expect(d.line).toBe((all.length - 1) * 100 + 2);
      expect(d.column).toBe(3);
      // A bare Pod naming a missing ServiceAccount is rejected by the API server (an error).
      const severity = c.code === 'namespace-not-declared' ? 'info' : c.title === 'pod with a missing ServiceAccount' ? 'error' : 'warning';
      expect(d.severity).toBe(severity);
      for (const text of c.mentions) expect(d.message).toContain(text);
      // Words at the edge: the diagnostic carries its message; `message` is its English rendering.
      expect(d.text).toBeDefined();
      expect(render('en', d.text!)).toBe(d.message);
      const es = render('es', d.text!);
      expect(es).toBeTruthy();
      expect(es).not.toBe(d.message);
      // Spanish names the object with the article of its kind's gender ("La NetworkPolicy", "El Service").
      const kind = String(c.objects[c.objects.length - 1].kind);
      if (c.code !== 'namespace-not-declared') expect(es.startsWith(`${kind === 'NetworkPolicy' ? 'La' : 'El'} ${kind} `), es).toBe(true);
    });
  }

  it('reports nothing for a consistent setup', () => {
    const objects = [
      ...base,
      role('reader', 'dev'),
      binding('RoleBinding', 'rb', 'dev', 'Role', 'reader'),
      clusterRole('view'),
      binding('RoleBinding', 'rb2', 'dev', 'ClusterRole', 'view'),
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', namespace: 'dev' } },
      pod('job', 'dev', { app: 'job' }, { serviceAccountName: 'builder' }),
      netpol('np', 'dev', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ ports: [{ port: 'http' }] }], egress: [{ ports: [{ port: 'http' }] }] }),
      service('web', 'dev', { app: 'web' }, 'http'),
    ];
    expect(checkCluster(objects.map((o, i) => parsed(o, i)))).toEqual([]);
  });

  // The bootstrap ClusterRoles every API server creates (bootstrappolicy/policy.go) exist in
  // the cluster the objects are checked in, as they do in the terminal's.
  it('knows the built-in ClusterRoles (edit, view, admin, cluster-admin) and kube-system accounts', () => {
    const objects = [
      ...base,
      ...['edit', 'view', 'admin', 'cluster-admin'].map((name) => binding('RoleBinding', `rb-${name}`, 'dev', 'ClusterRole', name)),
      pod('dns', 'kube-system', {}, { serviceAccountName: 'coredns' }),
    ];
    expect(checkCluster(objects.map((o, i) => parsed(o, i)))).toEqual([]);
    const without = checkCluster(
      objects.map((o, i) => parsed(o, i)),
      { builtins: false },
    );
    expect(without.filter((d) => d.code === 'rbac-missing-role')).toHaveLength(4);
  });

  it('falls back to the nearest mapped parent, then to the document', () => {
    const objects = [...base, binding('RoleBinding', 'rb', 'dev', 'Role', 'ghost')];
    const input = objects.map((o, i) => parsed(o, i, i === 3 ? ['roleRef'] : []));
    const [d] = checkCluster(input).filter((x) => x.code === 'rbac-missing-role');
    expect(d.line).toBe(302);
    const bare = objects.map((o, i) => parsed(o, i));
    expect(checkCluster(bare).find((x) => x.code === 'rbac-missing-role')?.line).toBe(301);
  });

  it('flags a duplicate at the replaced object', () => {
    const input = [...base, pod('web', 'dev', { app: 'web' })].map((o, i) => parsed(o, i));
    const dup = checkCluster(input).filter((d) => d.code === 'duplicate-object');
    expect(dup).toHaveLength(1);
    expect(dup[0].line).toBe(201);
  });

  it('never throws on junk', () => {
    const junk = [
      null,
      1,
      'x',
      { object: null },
      { object: { kind: 'Pod' }, sourceMap: 5 },
      { object: { kind: 'RoleBinding', metadata: { name: 'b' }, roleRef: 7 } },
    ];
    expect(() => checkCluster(junk as unknown as ParsedObject[])).not.toThrow();
    expect(checkCluster(undefined as unknown as ParsedObject[])).toEqual([]);
  });
});
