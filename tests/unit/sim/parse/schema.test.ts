import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import { textOf } from '../../../../lib/i18n/messages';
import { yaml } from './helpers';

const pod = (...spec: string[]) => yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', ...spec);

describe('schema errors, at the exact field, in plain words', () => {
  it.each([
    {
      name: 'unknown field with a did-you-mean',
      text: pod('  containers:', '  - name: a', '    image: b', '    imagePulicy: Always'),
      code: 'schema-unknown-field',
      line: 9,
      column: 5,
      path: 'spec.containers[0].imagePulicy',
      phrase: 'Unknown field `spec.containers[0].imagePulicy`. Did you mean `imagePullPolicy`?',
    },
    {
      name: 'unknown field that belongs deeper',
      text: yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: d}',
        'spec:',
        '  selector: {matchLabels: {app: d}}',
        '  template:',
        '    metadata: {labels: {app: d}}',
        '    spec:',
        '      containers: [{name: a, image: b}]',
        '  containers: []',
      ),
      code: 'schema-unknown-field',
      line: 10,
      column: 3,
      path: 'spec.containers',
      phrase: '`containers` belongs under `spec.template.spec`',
    },
    {
      name: 'unknown top-level field that belongs in metadata',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}', 'namespace: dev'),
      code: 'schema-unknown-field',
      line: 4,
      column: 1,
      path: 'namespace',
      phrase: '`namespace` belongs under `metadata`',
    },
    {
      name: 'wrong type: quoted number',
      text: yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: d}',
        'spec:',
        '  replicas: "3"',
        '  selector: {matchLabels: {app: d}}',
        '  template:',
        '    metadata: {labels: {app: d}}',
        '    spec: {containers: [{name: a, image: b}]}',
      ),
      code: 'schema-wrong-type',
      line: 5,
      column: 3,
      path: 'spec.replicas',
      phrase: '`spec.replicas` must be an integer, not the string "3". Remove the quotes.',
    },
    {
      name: 'wrong type: a mapping where a list goes',
      text: pod('  containers:', '    name: a', '    image: b'),
      code: 'schema-wrong-type',
      line: 6,
      column: 3,
      path: 'spec.containers',
      phrase: 'must be a list, not a mapping. Start each item with `- `.',
    },
    {
      name: 'wrong type: `-name` without a space, indented under the key',
      text: pod('  containers:', '    -name: a'),
      code: 'schema-wrong-type',
      line: 6,
      column: 3,
      path: 'spec.containers',
      phrase: 'Put a space after `-`',
    },
    {
      name: 'wrong type: empty mapping field',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:'),
      code: 'schema-wrong-type',
      line: 3,
      column: 1,
      path: 'metadata',
      phrase: 'must be a mapping (`key: value` lines), not empty',
    },
    {
      name: 'int-or-string collapsed into one message',
      text: yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', '  ports:', '  - port: 80', '    targetPort: [8080]'),
      code: 'schema-wrong-type',
      line: 7,
      column: 5,
      path: 'spec.ports[0].targetPort',
      phrase: 'must be a number or a name, not a list',
    },
    {
      name: 'missing required field, at the mapping that lacks it',
      text: pod('  containers:', '  - image: nginx'),
      code: 'schema-missing-field',
      line: 7,
      column: 5,
      path: 'spec.containers[0]',
      phrase: '`spec.containers[0]` is missing the required field `name`',
    },
    {
      name: 'enum value with a did-you-mean',
      text: yaml('apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules:', '- level: metadata'),
      code: 'schema-invalid-value',
      line: 4,
      column: 3,
      path: 'rules[0].level',
      phrase: 'Did you mean `Metadata`?',
    },
  ])('$name', ({ text, code, line, column, path, phrase }) => {
    const diagnostics = parseManifests(text).diagnostics.filter((d) => d.severity === 'error');
    expect(diagnostics).toEqual([expect.objectContaining({ code, line, column, path })]);
    expect(diagnostics[0].message).toContain(phrase);
    expect(textOf('en', diagnostics[0])).toBe(diagnostics[0].message);
    expect(textOf('es', diagnostics[0])).not.toBe(diagnostics[0].message);
  });

  it("`-name` without a space at the key's column: an empty list and a hint on the stray key", () => {
    const found = parseManifests(pod('  containers:', '  -name: a')).diagnostics;
    expect(found).toEqual([
      expect.objectContaining({ code: 'schema-wrong-type', line: 6, column: 3, endLine: 6, endColumn: 13 }),
      expect.objectContaining({ code: 'schema-unknown-field', line: 7, column: 3, path: 'spec.-name' }),
    ]);
    expect(found[0].message).toContain('must be a list, not empty');
    expect(found[1].message).toContain('put a space after `-`');
  });

  it('reports several unknown fields of one object, each at its own line', () => {
    const text = pod('  containers:', '  - name: a', '    image: b', '    imagePulicy: x', '    comand: [sh]');
    const found = parseManifests(text).diagnostics.map((d) => [d.code, d.line, d.message.split('. ')[1]]);
    expect(found).toEqual([
      ['schema-unknown-field', 9, 'Did you mean `imagePullPolicy`?'],
      ['schema-unknown-field', 10, 'Did you mean `command`?'],
    ]);
  });

  it('marks the object invalid but still returns it', () => {
    const { objects, parsed } = parseManifests(pod('  containers: [{name: a, image: b}]', '  hostNetwrk: true'));
    expect(objects).toHaveLength(1);
    expect(parsed[0].valid).toBe(false);
  });

  it('a valid object has no diagnostics and is valid', () => {
    const { diagnostics, parsed } = parseManifests(pod('  containers: [{name: a, image: b, ports: [{containerPort: 80, name: http}]}]'));
    expect(diagnostics).toEqual([]);
    expect(parsed[0].valid).toBe(true);
  });
});

describe('apiVersion and kind', () => {
  it.each([
    [
      'kind in the wrong apiVersion',
      yaml('apiVersion: v1', 'kind: Role', 'metadata: {name: r}'),
      'kind-not-in-api-version',
      2,
      1,
      'There is no kind `Role` in `v1`: Role is in `rbac.authorization.k8s.io/v1`.',
    ],
    [
      'unknown apiVersion for a known kind',
      yaml('apiVersion: rbac/v1', 'kind: Role', 'metadata: {name: r}'),
      'kind-not-in-api-version',
      1,
      1,
      'Role is in `rbac.authorization.k8s.io/v1`',
    ],
    [
      'removed apiVersion',
      yaml('apiVersion: extensions/v1beta1', 'kind: NetworkPolicy', 'metadata: {name: n}'),
      'api-version-removed',
      1,
      1,
      'removed in Kubernetes 1.16',
    ],
    ['misspelt kind', yaml('apiVersion: apps/v1', 'kind: Deploymnet', 'metadata: {name: d}'), 'unknown-kind', 2, 1, 'Did you mean `Deployment`?'],
    ['missing kind', yaml('apiVersion: v1', 'metadata: {name: d}'), 'missing-kind', 1, 1, 'needs `kind`'],
    ['missing apiVersion', yaml('kind: ClusterRole', 'metadata: {name: d}'), 'missing-api-version', 1, 1, '`apiVersion: rbac.authorization.k8s.io/v1`'],
  ])('%s', (_name, text, code, line, column, phrase) => {
    const { diagnostics } = parseManifests(text);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code, line, column })]);
    expect(diagnostics[0].message).toContain(phrase);
  });

  it('built-in kinds outside the schema bundle are accepted without field checks', () => {
    const { diagnostics, objects } = parseManifests(
      yaml('apiVersion: v1', 'kind: Node', 'metadata: {name: n1}', 'status: {addresses: [{type: InternalIP, address: 10.0.0.1}]}'),
    );
    expect(diagnostics).toEqual([]);
    expect(objects).toHaveLength(1);
  });
});

describe('unknown fields that belong to the container or to the pod', () => {
  it.each([
    [
      ['  securityContext:', '    readOnlyRootFilesystem: true', '  containers: [{name: a, image: b}]'],
      'spec.securityContext.readOnlyRootFilesystem',
      'is a container setting',
    ],
    [
      ['  containers:', '  - name: a', '    image: b', '    securityContext: {fsGroup: 2000}'],
      'spec.containers[0].securityContext.fsGroup',
      'is a pod setting',
    ],
    [['  image: nginx', '  containers: [{name: a, image: b}]'], 'spec.image', 'inside an item of `containers`'],
    [['  containers:', '  - name: a', '    image: b', '    hostNetwork: true'], 'spec.containers[0].hostNetwork', 'next to `containers`'],
  ])('%j', (spec, path, phrase) => {
    const [d] = parseManifests(yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', ...spec)).diagnostics;
    expect(d).toMatchObject({ code: 'schema-unknown-field', path });
    expect(d.message).toContain(phrase);
  });
});
