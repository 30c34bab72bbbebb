// A small world for NetworkPolicy unit tests.
//   namespaces x (team=alpha), y (team=beta); nodes n1 10.0.0.1, n2 10.0.0.2
//   x/a app=web  10.1.0.1 on n1  ports http 80/TCP
//   x/b app=api  10.1.0.2 on n1  ports http 8080/TCP, dns 53/UDP
//   y/c app=web  10.2.0.3 on n2  ports http 9090/TCP
//   x/h app=agent hostNetwork on n2 (10.0.0.2)
import { createCluster } from '@/lib/sim/cluster';
import type { Cluster } from '@/lib/sim/types';

export function namespace(name: string, labels: Record<string, string>) {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function node(name: string, ip: string) {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name }, status: { addresses: [{ type: 'InternalIP', address: ip }] } };
}

export function pod(
  ns: string,
  name: string,
  labels: Record<string, string>,
  ip: string,
  nodeName: string,
  ports: { name?: string; containerPort: number; protocol?: string }[],
  hostNetwork = false,
) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: ns, name, labels },
    spec: { nodeName, hostNetwork, containers: [{ name: 'main', image: 'agnhost:2.53', ports }] },
    status: { podIP: ip },
  };
}

export function policy(ns: string, name: string, spec: Record<string, unknown>) {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { namespace: ns, name }, spec };
}

export const baseObjects: unknown[] = [
  namespace('x', { team: 'alpha' }),
  namespace('y', { team: 'beta' }),
  node('n1', '10.0.0.1'),
  node('n2', '10.0.0.2'),
  pod('x', 'a', { app: 'web' }, '10.1.0.1', 'n1', [{ name: 'http', containerPort: 80 }]),
  pod('x', 'b', { app: 'api' }, '10.1.0.2', 'n1', [
    { name: 'http', containerPort: 8080 },
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
  ]),
  pod('y', 'c', { app: 'web' }, '10.2.0.3', 'n2', [{ name: 'http', containerPort: 9090 }]),
  pod('x', 'h', { app: 'agent' }, '10.0.0.2', 'n2', [{ name: 'metrics', containerPort: 9100 }], true),
];

export function world(...extra: unknown[]): Cluster {
  return createCluster([...baseObjects, ...extra]);
}
