// A mapping where a string belongs, with a key that shadows Object.prototype (`{toString: x}`),
// once made String() throw inside the cluster build, and the whole cluster came out empty
// (issue 16). Validation reports the field; the rest of the cluster stays.
// Protocol values: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster, evaluateTraffic, parseManifests } from '@/lib/sim';

const keep =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: keep, labels: {app: keep}}\nspec: {containers: [{name: c, image: nginx:1.27, ports: [{containerPort: 80}]}]}\n---\n';
const places = {
  'a container port': (v: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: a}}\nspec:\n  containers: [{name: c, image: nginx:1.27, ports: [{containerPort: 80, protocol: ${v}}]}]\n`,
  'a Service port': (v: string) =>
    `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: keep}\n  ports: [{port: 80, protocol: ${v}}]\n`,
  'a NetworkPolicy port': (v: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec:\n  podSelector: {matchLabels: {app: keep}}\n  ingress: [{ports: [{port: 80, protocol: ${v}}]}]\n`,
};
const VALUES = ['{toString: x}', '{toString: 1, valueOf: 2}', '{__proto__: x}', '{constructor: x}', '[TCP]', '{}'];

describe('a protocol that is a mapping', () => {
  for (const [where, doc] of Object.entries(places)) {
    it.each(VALUES)(`in ${where}: %s is reported, and the cluster keeps every object`, (value) => {
      const parsed = parseManifests(keep + doc(value), { file: 'a.yaml' });
      const cluster = createCluster(parsed.objects);
      expect(cluster.diagnostics.map((d) => d.code)).not.toContain('simulator-internal-error');
      expect(cluster.byKind.get('Pod')?.map((p) => p.metadata?.name)).toContain('keep');
      expect(parsed.diagnostics.some((d) => d.code === 'schema-wrong-type' && /protocol/.test(d.message))).toBe(true);
      const verdict = evaluateTraffic(cluster, { from: 'default/keep', to: 'default/keep', port: 80 });
      expect(verdict.problem?.subject ?? '').not.toMatch(/internal error/);
    });
  }

  it('any mapping with prototype keys in any port field leaves the cluster whole (seed 1616)', () => {
    const key = fc.constantFrom('toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', 'name', 'port');
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(places)),
        fc.dictionary(key, fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { minKeys: 1, maxKeys: 3 }),
        (doc, map) => {
          const flow = `{${Object.entries(map)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join(', ')}}`;
          const cluster = createCluster(parseManifests(keep + doc(flow)).objects);
          expect(cluster.diagnostics.map((d) => d.code)).not.toContain('simulator-internal-error');
          expect(cluster.byKind.get('Pod')?.some((p) => p.metadata?.name === 'keep')).toBe(true);
        },
      ),
      { numRuns: 200, seed: 1616 },
    );
  });
});

describe('a name that is a mapping (found by npm run fuzz)', () => {
  it.each(['Namespace', 'Node', 'ClusterRole'])('a %s named {toString: x} is reported, not an internal error', (kind) => {
    const cluster = createCluster(parseManifests(`${keep}apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: {toString: x}\n`).objects);
    expect(cluster.diagnostics.map((d) => d.code)).not.toContain('simulator-internal-error');
    expect(cluster.byKind.get('Pod')?.some((p) => p.metadata?.name === 'keep')).toBe(true);
  });
});
