import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import { pathOf, pathSegments, parentPath } from '../../../../lib/sim/parse';

const POD = [
  'apiVersion: v1', // 1
  'kind: Pod', // 2
  'metadata:', // 3
  '  name: web', // 4
  '  labels:', // 5
  '    app.kubernetes.io/name: web', // 6
  '    \'tier\': "front"', // 7
  'spec:', // 8
  '  containers:', // 9
  '  - name: a', // 10
  '    image: nginx', // 11
  '    args: [--port, "8080"]', // 12
  '  - name: b', // 13
  '    image: |', // 14
  '      busybox', // 15
  '',
].join('\n');

// End columns are exclusive (one past the last character), as Monaco ranges are.
describe('source map: object path -> 1-based position of the key (or item)', () => {
  const map = parseManifests(POD).parsed[0].sourceMap;

  it.each([
    ['', 1, 1, 1, 15],
    ['apiVersion', 1, 1, 1, 15],
    ['metadata', 3, 1, 3, 9],
    ['metadata.name', 4, 3, 4, 12],
    ['metadata.labels["app.kubernetes.io/name"]', 6, 5, 6, 32],
    ['metadata.labels.tier', 7, 5, 7, 20],
    ['spec.containers', 9, 3, 9, 13],
    ['spec.containers[0]', 10, 5, 10, 12],
    ['spec.containers[0].image', 11, 5, 11, 17],
    ['spec.containers[0].args[0]', 12, 12, 12, 18],
    ['spec.containers[0].args[1]', 12, 20, 12, 26],
    ['spec.containers[1].name', 13, 5, 13, 12],
    ['spec.containers[1].image', 14, 5, 15, 14],
  ])('%s', (path, line, column, endLine, endColumn) => {
    expect(map[path]).toEqual({ line, column, endLine, endColumn });
  });

  it('has no entry for paths that do not exist and is not an ordinary object (no prototype keys)', () => {
    expect(map['spec.nope']).toBeUndefined();
    expect(map.constructor).toBeUndefined();
    expect(Object.getPrototypeOf(map)).toBeNull();
  });
});

describe('positions in multi-document files, CRLF and Lists', () => {
  it('counts lines across documents and CRLF line ends', () => {
    const text = 'apiVersion: v1\r\nkind: Namespace\r\nmetadata: {name: a}\r\n---\r\napiVersion: v1\r\nkind: Namespace\r\nmetadata:\r\n  name: b\r\n';
    const { parsed } = parseManifests(text);
    expect(parsed.map((p) => p.source.document)).toEqual([0, 1]);
    expect(parsed[0].sourceMap['metadata.name']).toEqual({ line: 3, column: 12, endLine: 3, endColumn: 19 });
    expect(parsed[1].sourceMap['metadata.name']).toEqual({ line: 8, column: 3, endLine: 8, endColumn: 10 });
    expect(parsed[1].source).toMatchObject({ document: 1, line: 5, column: 1 });
  });

  it('expands `kind: List` items, each with its own source map', () => {
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b, labelz: {}}\n';
    const { objects, parsed, diagnostics } = parseManifests(text);
    expect(objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(parsed[1].sourceMap['metadata.name']).toEqual({ line: 9, column: 14, endLine: 9, endColumn: 21 });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'schema-unknown-field', line: 9, column: 23, path: 'metadata.labelz' })]);
  });

  it('maps an alias to the alias itself; fields below it fall back to it', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - &c {name: a, image: b}\n  - *c\n';
    const { parsed } = parseManifests(text);
    expect(parsed[0].sourceMap['spec.containers[1]']).toEqual({ line: 7, column: 5, endLine: 7, endColumn: 7 });
  });
});

describe('paths', () => {
  it.each([
    [['spec', 'containers', 0, 'image'], 'spec.containers[0].image'],
    [['metadata', 'labels', 'app.kubernetes.io/name'], 'metadata.labels["app.kubernetes.io/name"]'],
    [['data', 'a key'], 'data["a key"]'],
    [[], ''],
  ] as const)('%j <-> %s', (segments, path) => {
    expect(pathOf(segments)).toBe(path);
    expect(pathSegments(path)).toEqual(segments);
  });

  it('parentPath walks up one level', () => {
    expect(parentPath('spec.containers[0].image')).toBe('spec.containers[0]');
    expect(parentPath('spec.containers[0]')).toBe('spec.containers');
    expect(parentPath('metadata.labels["a.b/c"]')).toBe('metadata.labels');
    expect(parentPath('')).toBeNull();
  });
});

describe('the error path gives the same objects and positions as the fast path', () => {
  const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  labels: {n: "${i}"}\ndata:\n  key: value-${i}\n`;

  it.each([[20], [400]])('%i documents (small file and one parsed in batches), one broken in the middle', (count) => {
    const docs = Array.from({ length: count }, (_, i) => doc(i));
    const good = parseManifests(docs.join('---\n'));
    const broken = [...docs];
    broken[count / 2] = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n# the\n# same\n# line\n# count\n';
    const bad = parseManifests(broken.join('---\n'));
    expect(bad.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-unclosed-bracket', line: (count / 2) * 8 + 3 })]);
    const expected = good.parsed.filter((_, i) => i !== count / 2);
    expect(bad.parsed.map((p) => p.object)).toEqual(expected.map((p) => p.object));
    expect(bad.parsed.map((p) => p.sourceMap)).toEqual(expected.map((p) => p.sourceMap));
    expect(bad.parsed.map((p) => p.source.line)).toEqual(expected.map((p) => p.source.line));
    expect(bad.parsed.map((p) => p.source.document)).toEqual(expected.map((p) => p.source.document));
  });
});

// An object's own position (ParsedManifest.source) is read without building its source map
// (lib/sim/parse/yamlDocument.ts rootAt); it must be the map's root entry, for every object.
describe('source: the root entry of the source map, read without building the map', () => {
  const texts = [
    POD,
    `# lead comment\n---\n"apiVersion": v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n  apiVersion: v1\n  kind: Secret\n  metadata: {name: b}\n`,
    `{apiVersion: v1, kind: ConfigMap, metadata: {name: flow}}\n---\n--- !!map\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: tagged}\n`,
    `&root\napiVersion: v1\nkind: Service\nmetadata: {name: s, labels: &l {app: x}}\nspec: {selector: *l, ports: [{port: 80}]}\n`,
    `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: one}\n-   apiVersion: v1\n    kind: Secret\n    metadata: {name: two}\n`,
    `\n\n   \napiVersion: v1\nkind: Pod\nmetadata:\n  name: late\n`,
  ];

  it.each(texts.map((text, i) => [i, text]))('text %i', (_i, text) => {
    const lazy = parseManifests(text as string, { crossObjectChecks: false }).parsed;
    const eager = parseManifests(text as string, { crossObjectChecks: false }).parsed;
    expect(lazy.length).toBeGreaterThan(0);
    lazy.forEach((p, i) => {
      const source = p.source; // read first: no source map built yet
      const root = eager[i].sourceMap[''];
      expect({ line: source.line, column: source.column }).toEqual({ line: root.line, column: root.column });
    });
  });
});
