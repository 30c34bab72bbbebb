// Document order, YAML style and file boundaries are presentation: https://yaml.org/spec/1.2.2/#3-processes-and-models
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { Goal } from '@/lib/lesson';
import { evaluate, generateRewrites } from '@/lib/lesson/mutate';
import { exercise, ids, text } from '../fixtures';

const A = `# first
apiVersion: v1
kind: ServiceAccount
metadata: { name: a, namespace: shop }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: b, namespace: shop }
data: { k: v }
`;
const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n';

const GOALS: Goal[] = [
  { id: 'm', text, kind: 'audit', audit: { request: { as: 'x', verb: 'get', resource: 'pods', namespace: 'shop' } }, expect: { level: 'Metadata' } },
];

const data = (text: string) => parseAllDocuments(text).map((d) => d.toJS());

describe('layout rewrites', () => {
  const def = exercise(
    { 'objects.yaml': A, 'more.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n', 'audit-policy.yaml': POLICY },
    { goals: GOALS, description: '`a` `b`' },
  );
  const rewrites = generateRewrites(def);

  it('reverses documents, re-serialises in flow and block style, and keeps the same objects', () => {
    const reverse = rewrites.find((r) => r.id === 'rewrite.reverse-order')!;
    expect(data(reverse.files['objects.yaml'])).toEqual(data(A).reverse());
    const flow = rewrites.find((r) => r.id === 'rewrite.flow-style')!;
    expect(flow.files['objects.yaml']).toMatch(/^\{/m);
    expect(data(flow.files['objects.yaml'])).toEqual(data(A));
    const block = rewrites.find((r) => r.id === 'rewrite.block-style')!;
    expect(block.files['objects.yaml']).not.toContain('{ name');
    expect(data(block.files['objects.yaml'])).toEqual(data(A));
    for (const r of rewrites) expect(evaluate(def, r).passed, r.id).toBe(true);
  });

  it('moves API objects between files, never an audit policy (a file on the node)', () => {
    const moves = ids(rewrites).filter((id) => id.startsWith('rewrite.move'));
    expect(moves).toEqual([
      'rewrite.move:ServiceAccount/shop/a:more.yaml',
      'rewrite.move:ConfigMap/shop/b:more.yaml',
      'rewrite.move:Namespace//shop:objects.yaml',
    ]);
    const m = rewrites.find((r) => r.id === 'rewrite.move:ServiceAccount/shop/a:more.yaml')!;
    expect(data(m.files['objects.yaml']).map((o) => o.kind)).toEqual(['ConfigMap']);
    expect(data(m.files['more.yaml']).map((o) => o.kind)).toEqual(['Namespace', 'ServiceAccount']);
  });
});
