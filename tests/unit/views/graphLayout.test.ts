import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipToBox, layoutGraph, type Box } from '@/components/views/graphLayout';

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const input = (sizes: number[], maxWidth = 960) => ({
  clusters: sizes.map((n, c) => ({ id: `ns${c}`, nodes: Array.from({ length: n }, (_, i) => ({ id: `${c}-${i}`, width: 150, height: 44 })) })),
  edges: sizes.length > 1 && sizes[0] > 0 && sizes[1] > 0 ? [{ id: 'e', from: '0-0', to: '1-0' }] : [],
  maxWidth,
});

describe('layoutGraph (interim grid layout)', () => {
  it('puts every node inside its namespace box, without overlaps, deterministically', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), fc.integer({ min: 360, max: 1600 }), (sizes, maxWidth) => {
        const layout = layoutGraph(input(sizes, maxWidth));
        expect(layoutGraph(input(sizes, maxWidth))).toEqual(layout);
        const boxes = Object.values(layout.nodes);
        expect(boxes).toHaveLength(sizes.reduce((a, b) => a + b, 0));
        sizes.forEach((n, c) => {
          const outer = layout.clusters[`ns${c}`];
          for (let i = 0; i < n; i++) {
            const node = layout.nodes[`${c}-${i}`];
            expect(
              node.x >= outer.x && node.x + node.width <= outer.x + outer.width && node.y >= outer.y && node.y + node.height <= outer.y + outer.height,
            ).toBe(true);
          }
        });
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
        const clusters = Object.values(layout.clusters);
        for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) expect(overlaps(clusters[i], clusters[j])).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('wraps namespace boxes at the available width', () => {
    const layout = layoutGraph(input([3, 3, 3], 700));
    expect(layout.width).toBeLessThanOrEqual(700);
    expect(layout.clusters.ns1.y).toBeGreaterThan(layout.clusters.ns0.y);
  });

  it('routes an edge from border to border', () => {
    const layout = layoutGraph(input([1, 1]));
    const [start, , end] = layout.edges.e;
    const a = layout.nodes['0-0'];
    const b = layout.nodes['1-0'];
    const onBorder = (p: { x: number; y: number }, box: Box) =>
      [p.x - box.x, box.x + box.width - p.x, p.y - box.y, box.y + box.height - p.y].every((d) => d >= -1e-6) &&
      Math.min(Math.abs(p.x - box.x), Math.abs(box.x + box.width - p.x), Math.abs(p.y - box.y), Math.abs(box.y + box.height - p.y)) < 1e-6;
    expect(onBorder(start, a)).toBe(true);
    expect(onBorder(end, b)).toBe(true);
  });

  it('clips toward a point on the box border', () => {
    expect(clipToBox({ x: 0, y: 0, width: 100, height: 40 }, { x: 50, y: 200 })).toEqual({ x: 50, y: 40 });
  });
});

describe('orderByLayers (dagre)', () => {
  it('puts a source namespace before its destination and orders pods by the flow', () => {
    const layout = layoutGraph({
      clusters: [
        { id: 'db', nodes: [{ id: 'db/db', width: 150, height: 44 }] },
        {
          id: 'shop',
          nodes: [
            { id: 'shop/api', width: 150, height: 44 },
            { id: 'shop/web', width: 150, height: 44 },
          ],
        },
      ],
      edges: [
        { id: 'a', from: 'shop/web', to: 'shop/api' },
        { id: 'b', from: 'shop/api', to: 'db/db' },
      ],
      maxWidth: 2000,
    });
    expect(layout.clusters.shop.x).toBeLessThan(layout.clusters.db.x);
    expect(layout.nodes['shop/web'].x).toBeLessThan(layout.nodes['shop/api'].x);
  });
});
