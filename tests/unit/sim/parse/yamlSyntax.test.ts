import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import { textOf } from '../../../../lib/i18n/messages';

// Each case: the text, then the one expected diagnostic (code, 1-based line and column) and a
// phrase its English message must contain. Positions are where the fix belongs.
const CASES: [string, string, string, number, number, string][] = [
  ['missing colon', 'metadata\n  name: x\n', 'yaml-missing-colon', 1, 9, 'add `:`'],
  ['missing colon after kind', 'kind: Pod\nmetadata\n  name: x\n', 'yaml-missing-colon', 2, 9, '`metadata`'],
  ['missing space after colon', 'metadata:\n  name:web\n  namespace: x\n', 'yaml-missing-space', 2, 7, 'space after `name:`'],
  ['missing space on last key', 'metadata:\n  namespace: x\n  name:web\n', 'yaml-missing-space', 3, 7, 'space after `name:`'],
  [
    'list item key misaligned',
    'spec:\n  containers:\n  - name: a\n   image: b\n',
    'yaml-indentation',
    4,
    4,
    '`image` starts at column 4, but `name` on line 3 starts at column 5',
  ],
  ['key under-indented', 'metadata:\n  name: a\n labels: {}\n', 'yaml-indentation', 3, 2, 'Indentation is off here'],
  ['list among keys', 'a: 1\n- b\n', 'yaml-list-among-keys', 2, 1, 'A list item'],
  ['colon inside a value', 'command: echo: hi\n', 'yaml-colon-in-value', 1, 10, 'in quotes'],
  ['helm template', 'image: {{ .Values.image }}\n', 'yaml-template-syntax', 1, 8, 'template syntax'],
  ['unclosed flow mapping', 'labels: {app: web\nspec: x\n', 'yaml-unclosed-bracket', 1, 9, 'add `}`'],
  ['unclosed double quote', 'name: "web\nkind: Pod\n', 'yaml-unclosed-quote', 1, 7, 'never closed'],
  ['unclosed quote at end of text', 'name: "web', 'yaml-unclosed-quote', 1, 7, 'never closed'],
  ['unknown tag', 'a: !Ref x\n', 'yaml-unknown-tag', 1, 4, '`!Ref`'],
  ['unknown alias', 'a: *x\n', 'yaml-unknown-alias', 1, 5, '`*x`'],
  ['tab indentation', 'a:\n\tb: 1\n', 'yaml-tab-indent', 2, 1, 'tab character cannot indent YAML'],
  ['backtick', 'a: `x`\n', 'yaml-reserved-character', 1, 4, 'backtick'],
  ['at sign', 'a: @x\n', 'yaml-reserved-character', 1, 4, '`@`'],
  ['stray bracket', 'a: [1]]\n', 'yaml-unexpected-bracket', 1, 7, 'closes nothing'],
  ['word without colon', 'a: 1\nfoo\n', 'yaml-missing-colon', 2, 4, '`foo`'],
  ['duplicate key', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n', 'yaml-duplicate-key', 5, 3, 'Duplicate key `name`'],
  ['duplicate quoted key', 'a: 1\n"a": 2\n', 'yaml-duplicate-key', 2, 1, 'Duplicate key `a`'],
  ['recursive alias', 'a: &a\n  b: *a\n', 'yaml-recursive-alias', 2, 6, 'infinite'],
];

describe('YAML syntax errors: one diagnostic, in words, where the fix belongs', () => {
  it.each(CASES)('%s', (_name, text, code, line, column, phrase) => {
    const { diagnostics, objects } = parseManifests(text);
    expect(objects).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code, line, column });
    expect(diagnostics[0].message).toContain(phrase);
    expect(textOf('en', diagnostics[0])).toBe(diagnostics[0].message);
    expect(textOf('es', diagnostics[0])).toBeTruthy();
    expect(textOf('es', diagnostics[0])).not.toBe(diagnostics[0].message);
  });
});

describe('documents are independent', () => {
  it('an error in one document does not hide the others, and lines are counted in the whole file', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n---\nkind: Pod\n  bad: 1\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: two\n';
    const { objects, diagnostics } = parseManifests(text);
    expect(objects.map((o) => o.metadata.name)).toEqual(['ok', 'two']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'yaml-indentation', line: 7, column: 3 })]);
    expect(diagnostics[0].message).toContain('`kind` on line 6');
  });

  it('`---` inside a block scalar body that is indented is content, not a separator', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  x: |\n    ---\n    y\n';
    const { objects, diagnostics } = parseManifests(text);
    expect(diagnostics).toEqual([]);
    expect(objects[0].data).toEqual({ x: '---\ny\n' });
  });

  it('`...` ends a document; empty and comment-only documents are skipped silently', () => {
    const text = '# header\n---\n---\n# nothing\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n...\n';
    const { objects, diagnostics, parsed } = parseManifests(text);
    expect(diagnostics).toEqual([]);
    expect(objects).toHaveLength(1);
    expect(parsed[0].source).toMatchObject({ line: 6, column: 1 });
  });

  it('the file name is copied into diagnostics and sources', () => {
    const { diagnostics } = parseManifests('a: [\n', { file: 'rbac.yaml' });
    expect(diagnostics[0].file).toBe('rbac.yaml');
  });
});

describe('YAML version (1.2 read, 1.1 differences flagged)', () => {
  it("a boolean field holding `yes` gets kubectl's value (true) and a warning on the value", () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: yes\n  containers: [{name: a, image: b}]\n';
    const { objects, diagnostics } = parseManifests(text);
    expect((objects[0].spec as { hostNetwork: unknown }).hostNetwork).toBe(true);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'yaml-boolean-word', severity: 'warning', line: 5, column: 16, endColumn: 19 })]);
  });

  it.each(['no', 'off', 'Off', 'N'])('`%s` in a boolean field becomes false', (word) => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  automountServiceAccountToken: ${word}\n  containers: [{name: a, image: b}]\n`;
    const { objects, diagnostics } = parseManifests(text);
    expect((objects[0].spec as Record<string, unknown>).automountServiceAccountToken).toBe(false);
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-boolean-word']);
  });

  it('a KubeletConfiguration boolean written yes/off is read as the kubelet reads it (sigs.k8s.io/yaml, YAML 1.1)', () => {
    const text =
      'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: yes\nauthentication:\n  anonymous: {enabled: off}\nclusterDomain: on\n';
    const { objects, diagnostics } = parseManifests(text);
    expect(objects[0]).toMatchObject({ rotateCertificates: true, authentication: { anonymous: { enabled: false } }, clusterDomain: 'on' });
    expect(diagnostics.filter((d) => d.code === 'yaml-boolean-word').map((d) => d.line)).toEqual([3, 5]);
  });

  it('an unquoted `yes` label value stays the string "yes" but warns that kubectl would send a boolean', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    enabled: on\n    quoted: "yes"\n';
    const { objects, diagnostics } = parseManifests(text);
    expect(objects[0].metadata.labels).toEqual({ enabled: 'on', quoted: 'yes' });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'yaml-boolean-word-string', line: 6, column: 14, path: 'metadata.labels.enabled' })]);
  });

  it('`true` in a string field is a schema error (the same in YAML 1.1 and 1.2)', () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    enabled: true\n';
    const [d] = parseManifests(text).diagnostics;
    expect(d).toMatchObject({ code: 'schema-wrong-type', line: 6, column: 5 });
    expect(d.message).toContain('Put it in quotes: "true"');
  });

  it('merge keys `<<` are honoured, as kubectl does', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: a}\ndata:\n  <<: {x: "1"}\n  y: "2"\n';
    const { objects, diagnostics } = parseManifests(text);
    expect(diagnostics).toEqual([]);
    expect(objects[0].data).toEqual({ x: '1', y: '2' });
  });
});
