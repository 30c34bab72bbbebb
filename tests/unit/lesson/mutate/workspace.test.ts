import { describe, expect, it } from 'vitest';
import { applySpec, buildWorkspace } from '@/lib/lesson/mutate';

const TEXT = `# header comment
apiVersion: v1
kind: ConfigMap
metadata: { name: a, namespace: shop }
data:
  k: v   # aligned comment
---
apiVersion: v1
kind: ConfigMap
metadata: { name: b, namespace: shop }
`;

describe('workspace', () => {
  const ws = buildWorkspace(['f.yaml'], { 'f.yaml': TEXT });

  it('splits a file into documents whose texts add up to the file', () => {
    expect(ws.docs.map((d) => d.text).join('')).toBe(TEXT);
    expect(ws.docs.map((d) => (d.value as { metadata: { name: string } }).metadata.name)).toEqual(['a', 'b']);
  });

  it('drops a spec that changes no object (not a mutant)', () => {
    const same = applySpec(ws, { id: 'x', description: '', edits: [{ op: 'set', doc: ws.docs[0].ref, path: ['data', 'k'], value: 'v' }] });
    expect(same).toBeNull();
  });

  it('changes one line and keeps every other line as written', () => {
    const m = applySpec(ws, { id: 'x', description: 'd', edits: [{ op: 'set', doc: ws.docs[1].ref, path: ['data'], value: { k: 'w' } }] })!;
    expect(m.files['f.yaml'].startsWith(TEXT.trimEnd())).toBe(true);
    expect(m.diff.split('\n').filter((l) => /^[+-][^+-]/.test(l))).toEqual(['+data:', '+  k: w']);
    const n = applySpec(ws, { id: 'y', description: 'd', edits: [{ op: 'set', doc: ws.docs[0].ref, path: ['data', 'extra'], value: 'z' }] })!;
    expect(n.files['f.yaml']).toContain('  k: v   # aligned comment');
    expect(n.files['f.yaml']).toContain('# header comment');
  });

  it('deletes a document and keeps the stream valid', () => {
    const m = applySpec(ws, { id: 'x', description: 'd', edits: [{ op: 'deleteDoc', doc: ws.docs[0].ref }] })!;
    expect(m.files['f.yaml']).not.toContain('name: a');
    expect(m.files['f.yaml'].startsWith('---')).toBe(false);
  });
});

describe('workspace with broken or empty documents', () => {
  const text = `# only a comment
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: a, namespace: shop }
---
kind: [unclosed
`;
  const ws = buildWorkspace(['f.yaml'], { 'f.yaml': text });

  it('keeps every document, with no data for the invalid one (a leading comment belongs to the first)', () => {
    expect(ws.docs.map((d) => d.value === null)).toEqual([false, true]);
    expect(ws.docs.map((d) => d.text).join('')).toBe(text);
  });

  it('edits the valid document and writes the others back unchanged', () => {
    const m = applySpec(ws, { id: 'x', description: 'd', edits: [{ op: 'set', doc: ws.docs[0].ref, path: ['automountServiceAccountToken'], value: true }] })!;
    expect(m.files['f.yaml']).toContain('# only a comment');
    expect(m.files['f.yaml']).toContain('kind: [unclosed');
    expect(m.files['f.yaml']).toContain('automountServiceAccountToken: true');
  });

  it('never edits an invalid document', () => {
    expect(applySpec(ws, { id: 'x', description: 'd', edits: [{ op: 'set', doc: ws.docs[1].ref, path: ['kind'], value: 'Pod' }] })).toBeNull();
  });

  it('keeps an empty document between two others', () => {
    const ws2 = buildWorkspace(['g.yaml'], { 'g.yaml': 'a: 1\n---\n# nothing\n---\nb: 2\n' });
    expect(ws2.docs.map((d) => d.value)).toEqual([{ a: 1 }, null, { b: 2 }]);
    const m = applySpec(ws2, { id: 'x', description: 'd', edits: [{ op: 'set', doc: ws2.docs[2].ref, path: ['b'], value: 3 }] })!;
    expect(m.files['g.yaml']).toBe('a: 1\n---\n# nothing\n---\nb: 3\n');
  });
});
