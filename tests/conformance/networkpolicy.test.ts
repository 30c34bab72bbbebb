// Runs every shared NetworkPolicy conformance probe through the public functions
// (createCluster + evaluateTraffic). Format: tests/conformance/README.md.
import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCluster } from '@/lib/sim/cluster';
import { evaluateTraffic, describeTraffic } from '@/lib/sim/netpol';
import type { Endpoint, Protocol } from '@/lib/sim/types';

interface CasePod {
  namespace: string;
  name: string;
  labels?: Record<string, string>;
  ip: string;
  node: string;
  hostNetwork?: boolean;
  containers?: { name: string; ports?: { name?: string; containerPort: number; protocol?: string }[] }[];
}

interface NetpolCase {
  id: string;
  title: string;
  namespaces: { name: string; labels: Record<string, string> }[];
  nodes: { name: string; ip: string }[];
  pods: CasePod[];
  policies: unknown[];
  probes: { from: Endpoint; to: Endpoint; port: number; protocol: Protocol; expected: 'allow' | 'deny'; why: string }[];
}

const data = JSON.parse(readFileSync(fileURLToPath(new URL('./networkpolicy-cases.json', import.meta.url)), 'utf8')) as {
  format: string;
  cases: NetpolCase[];
};

/** The simplified case data as the manifests a learner would write. */
function manifestsOf(c: NetpolCase): unknown[] {
  const namespaces = c.namespaces.map((ns) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns.name, labels: ns.labels } }));
  const nodes = c.nodes.map((node) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: node.name },
    status: { addresses: [{ type: 'InternalIP', address: node.ip }] },
  }));
  const pods = c.pods.map((pod) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: pod.namespace, name: pod.name, labels: pod.labels ?? {} },
    spec: {
      nodeName: pod.node,
      hostNetwork: pod.hostNetwork ?? false,
      containers: (pod.containers ?? []).map((ct) => ({ name: ct.name, image: 'registry.k8s.io/e2e-test-images/agnhost:2.53', ports: ct.ports ?? [] })),
    },
    status: { podIP: pod.ip, phase: 'Running' },
  }));
  return [...namespaces, ...nodes, ...pods, ...c.policies];
}

describe('NetworkPolicy conformance cases', () => {
  it('uses the expected format', () => {
    expect(data.format).toBe('k8s-sim-netpol-cases/v1');
    expect(data.cases.length).toBeGreaterThanOrEqual(48);
  });

  for (const c of data.cases) {
    describe(`${c.id} ${c.title}`, () => {
      const cluster = createCluster(manifestsOf(c));
      c.probes.forEach((probe, i) => {
        const label = `probe ${i}: ${JSON.stringify(probe.from)} -> ${JSON.stringify(probe.to)} ${probe.protocol} ${probe.port} = ${probe.expected}`;
        it(label, () => {
          const verdict = evaluateTraffic(cluster, { from: probe.from, to: probe.to, port: probe.port, protocol: probe.protocol });
          expect(verdict.code, verdict.reason).toBe('evaluated');
          expect(verdict.allowed ? 'allow' : 'deny', `${probe.why}\n${verdict.reason}`).toBe(probe.expected);
          expect(verdict.allowed).toBe(verdict.egress.allowed && verdict.ingress.allowed);
          expect(render('es', describeTraffic(verdict)).length).toBeGreaterThan(0);
        });
      });
    });
  }
});
