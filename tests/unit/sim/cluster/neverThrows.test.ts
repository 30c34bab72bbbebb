import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render } from '@/lib/i18n/messages';
import { checkCluster, createCluster, labelSelectorMatches } from '@/lib/sim/cluster';
import type { ParsedObject } from '@/lib/sim/types';
import { junk, manifests, selector } from './arbitraries';

describe('the cluster module never throws', () => {
  it('createCluster on half-valid manifests builds a consistent snapshot', () => {
    fc.assert(
      fc.property(manifests, (objects) => {
        const cluster = createCluster(objects);
        expect(cluster.diagnostics.map((d) => d.code)).not.toContain('simulator-internal-error');
        for (const name of ['default', 'kube-system']) expect(cluster.namespaces.has(name)).toBe(true);
        for (const ns of cluster.namespaces.values()) expect(ns.labels['kubernetes.io/metadata.name']).toBe(ns.name);
        expect(cluster.nodes.size).toBeGreaterThan(0);
        for (const [key, pod] of cluster.pods) {
          expect(key).toBe(`${pod.namespace}/${pod.name}`);
          expect(cluster.nodes.has(pod.nodeName)).toBe(true);
          expect(cluster.namespaces.has(pod.namespace)).toBe(true);
          expect(pod.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        }
        const ips = [...cluster.pods.values()].filter((p) => !p.hostNetwork).map((p) => p.ip);
        const declared = objects.filter((o) => typeof o === 'object' && o !== null && 'status' in o).length;
        if (declared === 0) expect(new Set(ips).size).toBe(ips.length);
      }),
      { numRuns: 200 },
    );
  });

  it('createCluster on arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(junk, { maxLength: 5 }), junk), (value) => {
        const cluster = createCluster(value as unknown[]);
        expect(cluster.diagnostics.map((d) => d.code)).not.toContain('simulator-internal-error');
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(manifests, (objects) => {
        const a = createCluster(objects);
        const b = createCluster(objects);
        expect(JSON.stringify([...b.pods.values()].map((p) => [p.namespace, p.name, p.ip, p.nodeName]))).toBe(
          JSON.stringify([...a.pods.values()].map((p) => [p.namespace, p.name, p.ip, p.nodeName])),
        );
        expect(JSON.stringify(b.diagnostics)).toBe(JSON.stringify(a.diagnostics));
      }),
      { numRuns: 100 },
    );
  });

  it('checkCluster on half-valid parsed objects and junk source maps', () => {
    const parsedArb = fc.array(fc.record({ object: fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 1 })), sourceMap: junk, source: junk }), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(manifests, parsedArb, (objects, extra) => {
        const input = [...objects.map((object, i) => ({ object, source: { document: i, line: i + 1, column: 1 }, sourceMap: {} })), ...extra];
        const diagnostics = checkCluster(input as ParsedObject[]);
        for (const d of diagnostics) {
          expect(d.code).not.toBe('simulator-internal-error');
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.text && render('es', d.text)).toBeTruthy();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('labelSelectorMatches on junk selectors and labels', () => {
    fc.assert(
      fc.property(selector, fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }), (sel, labels) => {
        expect(typeof labelSelectorMatches(sel, labels)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
