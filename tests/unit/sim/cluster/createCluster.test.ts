import { describe, expect, it } from 'vitest';
import { clusterServices, createCluster, IMPLICIT_NODE_NAME } from '@/lib/sim/cluster';
import type { KubeObject } from '@/lib/sim/types';

function pod(name: string, extra: Record<string, unknown> = {}, namespace?: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: { containers: [{ name: 'main', image: 'nginx:1.27' }], ...extra },
  };
}

function only(objects: readonly KubeObject[] | undefined): KubeObject {
  expect(objects).toHaveLength(1);
  return (objects ?? [])[0];
}

function get(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);
}

describe('API defaulting', () => {
  const cases: { title: string; input: Record<string, unknown>; kind: string; path: string; expected: unknown; also?: Record<string, unknown>[] }[] = [
    { title: 'pod serviceAccountName defaults to default', input: pod('p'), kind: 'Pod', path: 'spec.serviceAccountName', expected: 'default' },
    {
      title: 'deprecated serviceAccount fills serviceAccountName',
      input: { ...pod('p', { serviceAccount: 'builder' }), metadata: { name: 'p', namespace: 'default' } },
      kind: 'Pod',
      path: 'spec.serviceAccountName',
      expected: 'builder',
      also: [{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder', namespace: 'default' } }],
    },
    { title: 'restartPolicy defaults to Always', input: pod('p'), kind: 'Pod', path: 'spec.restartPolicy', expected: 'Always' },
    { title: 'dnsPolicy defaults to ClusterFirst', input: pod('p'), kind: 'Pod', path: 'spec.dnsPolicy', expected: 'ClusterFirst' },
    { title: 'terminationGracePeriodSeconds defaults to 30', input: pod('p'), kind: 'Pod', path: 'spec.terminationGracePeriodSeconds', expected: 30 },
    { title: 'namespace defaults to default', input: pod('p'), kind: 'Pod', path: 'metadata.namespace', expected: 'default' },
    { title: 'tagged image pulls IfNotPresent', input: pod('p'), kind: 'Pod', path: 'spec.containers.0.imagePullPolicy', expected: 'IfNotPresent' },
    {
      title: 'untagged image pulls Always',
      input: { ...pod('p'), spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      kind: 'Pod',
      path: 'spec.containers.0.imagePullPolicy',
      expected: 'Always',
    },
    {
      title: ':latest pulls Always',
      input: { ...pod('p'), spec: { containers: [{ name: 'c', image: 'reg:5000/nginx:latest' }] } },
      kind: 'Pod',
      path: 'spec.containers.0.imagePullPolicy',
      expected: 'Always',
    },
    {
      title: 'container port protocol defaults to TCP',
      input: { ...pod('p'), spec: { containers: [{ name: 'c', image: 'x:1', ports: [{ containerPort: 80 }] }] } },
      kind: 'Pod',
      path: 'spec.containers.0.ports.0.protocol',
      expected: 'TCP',
    },
    {
      title: 'Deployment replicas defaults to 1',
      input: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec: { containers: [] } } } },
      kind: 'Deployment',
      path: 'spec.replicas',
      expected: 1,
    },
    {
      title: 'pod templates are defaulted too',
      input: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec: { containers: [] } } } },
      kind: 'Deployment',
      path: 'spec.template.spec.serviceAccountName',
      expected: 'default',
    },
    {
      title: 'Service targetPort defaults to port',
      input: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { selector: { a: 'b' }, ports: [{ port: 8080 }] } },
      kind: 'Service',
      path: 'spec.ports.0.targetPort',
      expected: 8080,
    },
    {
      title: 'Service port protocol defaults to TCP',
      input: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [{ port: 53 }] } },
      kind: 'Service',
      path: 'spec.ports.0.protocol',
      expected: 'TCP',
    },
    {
      title: 'Service type defaults to ClusterIP',
      input: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} },
      kind: 'Service',
      path: 'spec.type',
      expected: 'ClusterIP',
    },
    {
      title: 'headless Service keeps clusterIP None',
      input: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { clusterIP: 'None' } },
      kind: 'Service',
      path: 'spec.clusterIP',
      expected: 'None',
    },
    {
      title: 'kube-dns gets 10.96.0.10',
      input: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns', namespace: 'kube-system' }, spec: {} },
      kind: 'Service',
      path: 'spec.clusterIP',
      expected: '10.96.0.10',
    },
    {
      title: 'RoleBinding roleRef.apiGroup defaults',
      input: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'b' }, roleRef: { kind: 'Role', name: 'r' }, subjects: [] },
      kind: 'RoleBinding',
      path: 'roleRef.apiGroup',
      expected: 'rbac.authorization.k8s.io',
    },
    {
      title: 'User subject apiGroup defaults',
      input: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'b' },
        roleRef: { kind: 'ClusterRole', name: 'r' },
        subjects: [{ kind: 'User', name: 'alice' }],
      },
      kind: 'ClusterRoleBinding',
      path: 'subjects.0.apiGroup',
      expected: 'rbac.authorization.k8s.io',
    },
    {
      title: 'ServiceAccount subject apiGroup defaults to core',
      input: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'b' },
        roleRef: { kind: 'Role', name: 'r' },
        subjects: [{ kind: 'ServiceAccount', name: 'sa' }],
      },
      kind: 'RoleBinding',
      path: 'subjects.0.apiGroup',
      expected: '',
    },
    {
      title: 'cluster-scoped kinds lose a namespace',
      input: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'c', namespace: 'x' }, rules: [] },
      kind: 'ClusterRole',
      path: 'metadata.namespace',
      expected: undefined,
    },
    {
      title: 'Secret type defaults to Opaque',
      input: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } },
      kind: 'Secret',
      path: 'type',
      expected: 'Opaque',
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const object = only(
        createCluster([...(c.also ?? []), c.input])
          .byKind.get(c.kind)
          ?.filter((o) => o.metadata.name === (c.input.metadata as { name: string }).name),
      );
      expect(get(object, c.path)).toEqual(c.expected);
    });
  }

  // ServiceAccount admission (plugin/pkg/admission/serviceaccount/admission.go): a pod naming a
  // missing account is rejected; a workload naming one is stored but its pods never are.
  it("rejects pods whose ServiceAccount does not exist, and never creates such a workload's pods", () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', namespace: 'dev' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { a: 'b' } },
        template: { metadata: { labels: { a: 'b' } }, spec: { serviceAccountName: 'ci', containers: [{ name: 'c', image: 'x:1' }] } },
      },
    };
    const cluster = createCluster([pod('p', { serviceAccountName: 'ghost' }, 'dev'), pod('q', { serviceAccountName: 'default' }, 'dev'), deployment]);
    expect([...cluster.pods.keys()]).toEqual(['dev/q']);
    expect(cluster.byKind.get('Pod')?.map((p) => p.metadata.name)).toEqual(['q']);
    expect(cluster.byKind.get('Deployment')).toHaveLength(1);
    const withAccounts = createCluster([
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'ghost', namespace: 'dev' } },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'ci', namespace: 'dev' } },
      pod('p', { serviceAccountName: 'ghost' }, 'dev'),
      deployment,
    ]);
    expect(withAccounts.pods.size).toBe(3);
  });

  it('does not modify the input objects', () => {
    const input = pod('p');
    const copy = structuredClone(input);
    createCluster([input]);
    expect(input).toEqual(copy);
  });

  const policyTypes: { title: string; spec: Record<string, unknown>; expected: string[] }[] = [
    { title: 'no rules → [Ingress]', spec: {}, expected: ['Ingress'] },
    { title: 'ingress rules only → [Ingress]', spec: { ingress: [{}] }, expected: ['Ingress'] },
    { title: 'egress rules → [Ingress, Egress]', spec: { egress: [{ to: [{ podSelector: {} }] }] }, expected: ['Ingress', 'Egress'] },
    { title: 'empty egress list → [Ingress]', spec: { egress: [] }, expected: ['Ingress'] },
    { title: 'explicit [Egress] stays', spec: { policyTypes: ['Egress'], ingress: [{}] }, expected: ['Egress'] },
    { title: 'empty policyTypes list is defaulted', spec: { policyTypes: [], egress: [{}] }, expected: ['Ingress', 'Egress'] },
  ];
  for (const c of policyTypes) {
    it(`NetworkPolicy policyTypes: ${c.title}`, () => {
      const cluster = createCluster([{ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'np' }, spec: c.spec }]);
      const spec = only(cluster.byKind.get('NetworkPolicy')).spec as Record<string, unknown>;
      expect(spec.policyTypes).toEqual(c.expected);
      expect(spec.podSelector).toEqual(c.spec.podSelector ?? {});
    });
  }

  it('NetworkPolicy port protocol defaults to TCP in both directions', () => {
    const cluster = createCluster([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'np' },
        spec: { ingress: [{ ports: [{ port: 80 }] }], egress: [{ ports: [{ port: 53, protocol: 'UDP' }, { port: 53 }] }] },
      },
    ]);
    const spec = only(cluster.byKind.get('NetworkPolicy')).spec;
    expect(get(spec, 'ingress.0.ports.0.protocol')).toBe('TCP');
    expect(get(spec, 'egress.0.ports.0.protocol')).toBe('UDP');
    expect(get(spec, 'egress.0.ports.1.protocol')).toBe('TCP');
  });
});

describe('namespaces', () => {
  it('always has default and kube-system, implicit', () => {
    const cluster = createCluster([]);
    expect(cluster.namespaces.get('default')?.implicit).toBe(true);
    expect(cluster.namespaces.get('kube-system')?.labels).toEqual({ 'kubernetes.io/metadata.name': 'kube-system' });
  });

  it('forces kubernetes.io/metadata.name on declared namespaces', () => {
    const cluster = createCluster([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { team: 'a', 'kubernetes.io/metadata.name': 'other' } } },
    ]);
    const ns = cluster.namespaces.get('shop');
    expect(ns?.implicit).toBe(false);
    expect(ns?.labels).toEqual({ team: 'a', 'kubernetes.io/metadata.name': 'shop' });
  });

  it('creates referenced namespaces implicitly with their name label', () => {
    const cluster = createCluster([pod('p', {}, 'payments')]);
    expect(cluster.namespaces.get('payments')).toMatchObject({ implicit: true, labels: { 'kubernetes.io/metadata.name': 'payments' } });
    expect(cluster.byKind.get('Namespace')?.map((n) => n.metadata.name)).toContain('payments');
  });

  it('has a default ServiceAccount in every namespace', () => {
    const cluster = createCluster([
      pod('p', {}, 'payments'),
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'payments', labels: { mine: 'yes' } } },
    ]);
    const accounts = (cluster.byKind.get('ServiceAccount') ?? []).filter((sa) => sa.metadata.name === 'default');
    expect(accounts.map((sa) => sa.metadata.namespace).sort()).toEqual([...cluster.namespaces.keys()].sort());
    expect(accounts.find((sa) => sa.metadata.namespace === 'payments')?.metadata.labels).toEqual({ mine: 'yes' });
  });
});

describe('nodes and pod addresses', () => {
  it('adds one implicit node when none is declared', () => {
    const cluster = createCluster([pod('a'), pod('b')]);
    expect([...cluster.nodes.values()].map((n) => [n.name, n.ip])).toEqual([[IMPLICIT_NODE_NAME, '192.168.49.2']]);
    const pods = [...cluster.pods.values()];
    expect(pods.map((p) => [p.name, p.nodeName])).toEqual([
      ['a', 'minikube'],
      ['b', 'minikube'],
    ]);
    // Addresses of the node's range 10.244.0.0/24 (.2 to .254), one per pod (lib/sim/cluster/pods.ts).
    for (const p of pods) expect(p.ip).toMatch(/^10\.244\.0\.(?:[2-9]|[1-9]\d|1\d\d|2[0-4]\d|25[0-4])$/);
    expect(new Set(pods.map((p) => p.ip)).size).toBe(2);
  });

  it('keeps declared addresses and never hands them out twice', () => {
    const alone = createCluster([pod('a')]).pods.get('default/a')?.ip;
    const cluster = createCluster([pod('a'), { ...pod('b'), status: { podIP: alone } }]);
    expect(cluster.pods.get('default/b')?.ip).toBe(alone);
    expect(cluster.pods.get('default/a')?.ip).not.toBe(alone);
    expect(cluster.pods.get('default/a')?.ip).toMatch(/^10\.244\.0\./);
  });

  it('uses InternalIP, gives unaddressed nodes 192.168.49.x, and spreads pods over the nodes', () => {
    const n1 = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.1' }] } };
    const n2 = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n2' } };
    const names = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const cluster = createCluster([n1, n2, ...names.map((name) => pod(name))]);
    expect(cluster.nodes.get('n2')?.ip).toBe('192.168.49.2');
    expect(cluster.nodes.get('n2')?.labels['kubernetes.io/hostname']).toBe('n2');
    const pods = [...cluster.pods.values()];
    // Node index i holds pod range 10.244.i.0/24; twelve pods land on both nodes.
    for (const p of pods) expect(p.ip.startsWith(p.nodeName === 'n1' ? '10.244.0.' : '10.244.1.')).toBe(true);
    expect(new Set(pods.map((p) => p.nodeName))).toEqual(new Set(['n1', 'n2']));
  });

  it('gives hostNetwork pods their node address and keeps spec.nodeName', () => {
    const cluster = createCluster([pod('h', { hostNetwork: true, nodeName: 'worker' })]);
    const h = cluster.pods.get('default/h');
    expect(h?.hostNetwork).toBe(true);
    expect(h?.nodeName).toBe('worker');
    expect(h?.ip).toBe(cluster.nodes.get('worker')?.ip);
  });

  it('lists named container ports of regular containers', () => {
    const cluster = createCluster([
      {
        ...pod('p'),
        spec: {
          initContainers: [{ name: 'i', image: 'x:1', ports: [{ containerPort: 1 }] }],
          containers: [
            {
              name: 'c',
              image: 'x:1',
              ports: [
                { name: 'http', containerPort: 8080 },
                { containerPort: 53, protocol: 'UDP' },
              ],
            },
          ],
        },
      },
    ]);
    expect(cluster.pods.get('default/p')?.ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { containerPort: 53, protocol: 'UDP' },
    ]);
  });
});

describe('services', () => {
  it('allocates stable ClusterIPs in 10.96.0.0/16 and exposes ServiceInfo', () => {
    const svc = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    };
    const alone = clusterServices(createCluster([svc]))[0];
    const withOther = clusterServices(createCluster([{ ...svc, metadata: { name: 'other' } }, svc])).find((s) => s.name === 'web');
    expect(alone.clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
    expect(withOther?.clusterIP).toBe(alone.clusterIP);
    expect(alone).toMatchObject({
      namespace: 'shop',
      type: 'ClusterIP',
      selector: { app: 'web' },
      ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }],
    });
  });

  it('allocates node ports for NodePort services', () => {
    const [info] = clusterServices(
      createCluster([{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'np' }, spec: { type: 'NodePort', ports: [{ port: 80 }] } }]),
    );
    expect(info.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(info.ports[0].nodePort).toBeLessThanOrEqual(32767);
  });
});

describe('input handling', () => {
  it('flattens List documents, names generateName objects and lets the later duplicate win', () => {
    const cluster = createCluster([
      { apiVersion: 'v1', kind: 'List', items: [pod('a'), { ...pod(''), metadata: { generateName: 'job-' } }] },
      { ...pod('a'), metadata: { name: 'a', labels: { v: '2' } } },
      42,
      null,
      'text',
      { kind: 'Pod' },
    ]);
    expect(cluster.pods.get('default/a')?.labels).toEqual({ v: '2' });
    expect([...cluster.pods.keys()].some((k) => /^default\/job-[a-z0-9]{5}$/.test(k))).toBe(true);
    const codes = cluster.diagnostics.map((d) => d.code);
    expect(codes).toContain('duplicate-object');
    expect(codes).toContain('object-ignored');
    expect(codes).toContain('object-missing-name');
  });

  it('keeps RBAC objects by kind for the RBAC evaluator', () => {
    const cluster = createCluster([
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r', namespace: 'dev' }, rules: [] },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'c' }, rules: [] },
    ]);
    expect(cluster.byKind.get('Role')?.map((r) => r.metadata.name)).toEqual(['r']);
    expect(cluster.byKind.get('ClusterRole')?.map((r) => r.metadata.name)).toEqual(['c']);
    expect(cluster.declared).toHaveLength(2);
  });

  it('survives cycles, deep nesting and hostile keys', () => {
    const cyclic: Record<string, unknown> = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } };
    cyclic.data = { self: cyclic };
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { d: deep };
    const hostile = JSON.parse('{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"__proto__":"x"}},"spec":{"__proto__":{"hostNetwork":true}}}');
    const cluster = createCluster([cyclic, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'deep' }, data: deep }, hostile]);
    expect(cluster.pods.get('default/p')?.hostNetwork).toBe(false);
    expect(cluster.diagnostics.map((d) => d.code)).not.toContain('simulator-internal-error');
  });
});
