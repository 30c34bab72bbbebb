import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { clusterServices } from '@/lib/sim/cluster';
import { describeTraffic, evaluateTraffic } from '@/lib/sim/netpol';
import type { Traffic } from '@/lib/sim/types';
import { namespace, pod, policy, world } from './world';

function service(ns: string, name: string, selector: Record<string, string>, ports: Record<string, unknown>[]) {
  return { apiVersion: 'v1', kind: 'Service', metadata: { namespace: ns, name }, spec: { selector, ports } };
}

// Two backends of Service s/api name their `http` port differently (8080 and 9090).
const backends = [
  namespace('s', { team: 'shop' }),
  pod('s', 'api-1', { app: 'api' }, '10.3.0.1', 'n1', [{ name: 'http', containerPort: 8080 }]),
  pod('s', 'api-2', { app: 'api' }, '10.3.0.2', 'n2', [{ name: 'http', containerPort: 9090 }]),
  { ...pod('s', 'api-3', { app: 'api' }, '10.3.0.9', 'n2', [{ name: 'http', containerPort: 7070 }]), status: { podIP: '10.3.0.9', phase: 'Pending' } },
  service('s', 'api', { app: 'api' }, [{ name: 'web', port: 80, targetPort: 'http' }]),
  service('s', 'dns', { app: 'api' }, [{ name: 'dns', port: 53, protocol: 'UDP' }]),
  service('s', 'empty', { app: 'nothing' }, [{ port: 80 }]),
];
const only8080 = policy('s', 'only-8080', { podSelector: {}, ingress: [{ ports: [{ port: 8080 }] }] });

describe('Service endpoints', () => {
  it('probes every ready backend on its own target port', () => {
    const v = evaluateTraffic(world(...backends), { from: 'x/a', to: { service: 's/api' }, port: 80 });
    expect(v.allowed).toBe(true);
    expect(v.to).toMatchObject({ kind: 'service', name: 's/api', object: { namespace: 's', name: 'api' } });
    expect(v.pairs?.map((p) => [p.from, p.to, p.port])).toEqual([
      [{ kind: 'pod', pod: { namespace: 'x', name: 'a' } }, { kind: 'pod', pod: { namespace: 's', name: 'api-1' } }, 8080],
      [{ kind: 'pod', pod: { namespace: 'x', name: 'a' } }, { kind: 'pod', pod: { namespace: 's', name: 'api-2' } }, 9090],
    ]);
    expect(v.aggregate).toEqual({ pairs: 2, allowed: 2 });
    expect(v.targetPort).toBeUndefined();
  });

  it('is denied when any backend refuses, and shows which', () => {
    const v = evaluateTraffic(world(...backends, only8080), { from: 'x/a', to: { service: 's/api' }, port: 'web' });
    expect(v.allowed).toBe(false);
    expect(v.aggregate).toEqual({ pairs: 2, allowed: 1 });
    expect(v.pairs?.[0]).toMatchObject({ to: { kind: 'pod', pod: { namespace: 's', name: 'api-2' } }, port: 9090, allowed: false, ingress: 'denied' });
    expect(v.ingress.pod).toEqual({ namespace: 's', name: 'api-2' });
    expect(v.reason).toContain('First denied pair: x/a → s/api-2 TCP 9090');
    expect(v.reason).toContain('1 of 2');
    expect(render('es', describeTraffic(v))).toContain('Se permiten 1 de 2');
  });

  it('takes the Service port protocol and resolves a ClusterIP to the Service', () => {
    const cluster = world(...backends);
    const ip = clusterServices(cluster).find((s) => s.name === 'dns')?.clusterIP ?? '';
    const v = evaluateTraffic(cluster, { from: 'x/a', to: { ip }, port: 53 });
    expect(v.to).toMatchObject({ kind: 'service', name: 's/dns' });
    expect(v.protocol).toBe('UDP');
    expect(v.allowed).toBe(true);
  });

  const problems: { title: string; traffic: Traffic; code: string; problem: string }[] = [
    { title: 'no ready backends', traffic: { from: 'x/a', to: { service: 's/empty' }, port: 80 }, code: 'no-backends', problem: 'no-backends' },
    { title: 'unknown Service port', traffic: { from: 'x/a', to: { service: 's/api' }, port: 8080 }, code: 'invalid-port', problem: 'unknown-service-port' },
    { title: 'a Service as source', traffic: { from: { service: 's/api' }, to: 'x/a', port: 80 }, code: 'service-as-source', problem: 'service-as-source' },
    { title: 'unknown Service', traffic: { from: 'x/a', to: { service: 's/ghost' }, port: 80 }, code: 'invalid-endpoint', problem: 'unknown-service' },
    { title: 'unknown pod', traffic: { from: 'x/ghost', to: 'x/a', port: 80 }, code: 'invalid-endpoint', problem: 'unknown-endpoint' },
    { title: 'unknown node', traffic: { from: { node: 'n9' }, to: 'x/a', port: 80 }, code: 'invalid-endpoint', problem: 'unknown-node' },
    { title: 'bad IP', traffic: { from: { ip: '10.0.0.300' }, to: 'x/a', port: 80 }, code: 'invalid-endpoint', problem: 'bad-ip' },
    { title: 'port 0', traffic: { from: 'x/a', to: 'x/b', port: 0 }, code: 'invalid-port', problem: 'bad-port' },
    { title: 'port 70000', traffic: { from: 'x/a', to: 'x/b', port: 70000 }, code: 'invalid-port', problem: 'bad-port' },
    { title: 'a port name the pod lacks', traffic: { from: 'x/a', to: 'x/b', port: 'metrics' }, code: 'invalid-port', problem: 'unknown-port-name' },
    { title: 'a port name for an IP', traffic: { from: 'x/a', to: { ip: '8.8.8.8' }, port: 'http' }, code: 'invalid-port', problem: 'named-port-not-pod' },
    { title: 'ICMP', traffic: { from: 'x/a', to: 'x/b', port: 80, protocol: 'ICMP' as 'TCP' }, code: 'unsupported-protocol', problem: 'unsupported-protocol' },
  ];
  for (const c of problems) {
    it(`explains a question it cannot evaluate: ${c.title}`, () => {
      const v = evaluateTraffic(world(...backends), c.traffic);
      expect(v.allowed).toBe(false);
      expect(v.code).toBe(c.code);
      expect(v.problem?.code).toBe(c.problem);
      expect(v.egress.code).toBe('not-evaluated');
      expect(v.reason).toMatch(/^Denied: /);
      expect(render('es', describeTraffic(v))).toMatch(/^Denegado: /);
    });
  }
});

// y/c admits 9090 only from x (NetworkPolicy ingress namespaceSelector; docs concepts/services-networking/network-policies).
const fromAlpha = policy('y', 'from-x', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'alpha' } } }] }] });

describe('workload and name endpoints', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { namespace: 'x', name: 'web' },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'front' } },
      template: {
        metadata: { labels: { app: 'front' } },
        spec: { containers: [{ name: 'c', image: 'nginx:1', ports: [{ name: 'http', containerPort: 80 }] }] },
      },
    },
  };

  it('"ns/deployment" means all its pods', () => {
    const v = evaluateTraffic(world(deployment), { from: 'x/web', to: 'x/b', port: 8080 });
    expect(v.from).toMatchObject({ kind: 'workload', name: 'x/web', workloadKind: 'Deployment' });
    expect(v.from.pods).toHaveLength(3);
    expect(v.aggregate).toEqual({ pairs: 3, allowed: 3 });
  });

  it('{ pod: { namespace, name } } is that pod only, the same verdict as its "ns/name" (typed: what the simulator asks itself)', () => {
    const cluster = world(deployment, fromAlpha);
    for (const [from, to, port] of [
      ['x/a', 'x/b', 8080],
      ['x/b', 'y/c', 9090],
      ['x/h', 'y/c', 9090],
    ] as const) {
      const split = (t: string) => ({ namespace: t.split('/')[0], name: t.split('/')[1] });
      const typed = evaluateTraffic(cluster, { from: { pod: split(from) }, to: { pod: split(to) }, port });
      expect(typed, `${from} -> ${to}`).toEqual(evaluateTraffic(cluster, { from, to, port }));
    }
    // No fallback to a workload or a Service of that name, and a malformed reference is a bad endpoint.
    expect(evaluateTraffic(cluster, { from: { pod: { namespace: 'x', name: 'web' } }, to: 'x/b', port: 8080 }).problem?.code).toBe('unknown-endpoint');
    expect(evaluateTraffic(cluster, { from: { pod: { namespace: 'x' } } as never, to: 'x/b', port: 8080 }).problem?.code).toBe('bad-endpoint');
  });

  it('"ns/kind/name" names the kind, and pods reach each other but also themselves', () => {
    const deny = policy('x', 'deny', { podSelector: {}, policyTypes: ['Ingress'] });
    const v = evaluateTraffic(world(deployment, deny), { from: 'x/deploy/web', to: 'x/deployment/web', port: 80 });
    expect(v.aggregate).toEqual({ pairs: 9, allowed: 3 });
    expect(v.allowed).toBe(false);
  });

  it('"ns/name" falls back to a Service of that name', () => {
    const v = evaluateTraffic(world(...backends), { from: 'x/a', to: 's/api', port: 80 });
    expect(v.to).toMatchObject({ kind: 'service', name: 's/api' });
    expect(v.aggregate).toEqual({ pairs: 2, allowed: 2 });
  });

  it('a bare name is in the default namespace', () => {
    const cluster = world(pod('default', 'solo', {}, '10.9.0.1', 'n1', []));
    expect(evaluateTraffic(cluster, { from: 'solo', to: 'x/a', port: 80 }).from).toMatchObject({ kind: 'pod', name: 'default/solo' });
  });
});

describe('describeTraffic', () => {
  it('explains a denial in English and Spanish with the rule to add', () => {
    const v = evaluateTraffic(world(policy('x', 'deny', { podSelector: {} })), { from: 'y/c', to: 'x/b', port: 8080 });
    const en = render('en', describeTraffic(v));
    const es = render('es', describeTraffic(v));
    expect(en).toBe(v.reason);
    expect(en).toContain('Denied: y/c → x/b on TCP 8080');
    expect(en).toContain('x/b is isolated for ingress (selected by x/deny)');
    expect(en).toContain('add an ingress rule with from: namespaceSelector kubernetes.io/metadata.name=y + podSelector app=web and ports: TCP 8080');
    expect(es).toContain('Denegado: y/c → x/b en TCP 8080');
    expect(es).toContain('agregá una regla de ingress con from: namespaceSelector kubernetes.io/metadata.name=y + podSelector app=web');
  });

  it('names the allowing rule', () => {
    const v = evaluateTraffic(world(policy('x', 'web', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ podSelector: {} }] }] })), {
      from: 'x/a',
      to: 'x/b',
      port: 8080,
    });
    expect(render('en', describeTraffic(v))).toContain('ingress of x/b is allowed by x/web (spec.ingress[0])');
    expect(render('es', describeTraffic(v))).toContain('el ingress de x/b está permitido por x/web (spec.ingress[0])');
  });
});

// An endpoint that names its kind (`ns/pod/x`, `ns/deploy/x`) means that kind only, like
// kubectl's TYPE/NAME (https://kubernetes.io/docs/reference/kubectl/#resource-types).
describe('endpoints that name their kind', () => {
  const owned = {
    ...pod('s', 'web-7d9-abcde', { app: 'web' }, '10.3.0.5', 'n1', []),
    metadata: { namespace: 's', name: 'web-7d9-abcde', labels: { app: 'web' }, ownerReferences: [{ kind: 'ReplicaSet', name: 'web-7d9', controller: true }] },
  };
  const cluster = () => world(namespace('s', {}), owned);

  it('finds no pod behind ns/pod/name when only a workload has that name', () => {
    const v = evaluateTraffic(cluster(), { from: 'x/a', to: 's/pod/web-7d9', port: 80 });
    expect(v.allowed).toBe(false);
    expect(v.problem?.code).toBe('unknown-endpoint');
  });

  it('finds nothing for a kind that has no pods, but the pod itself as ns/pod/name', () => {
    expect(evaluateTraffic(cluster(), { from: 'x/a', to: 's/secret/web-7d9-abcde', port: 80 }).problem?.code).toBe('unknown-endpoint');
    expect(evaluateTraffic(cluster(), { from: 'x/a', to: 's/pod/web-7d9-abcde', port: 80 }).to).toMatchObject({ kind: 'pod', name: 's/web-7d9-abcde' });
  });
});
