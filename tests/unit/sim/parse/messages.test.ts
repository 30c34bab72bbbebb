// Words at the edge (issue 15): the manifest reader returns message codes; the catalogs word
// them. English stays byte for byte what it was (the other tests of this folder pin it); these
// tests pin the Spanish of each kind of message and check that every diagnostic goes through
// the catalogs (the xx pseudo-locale brackets every rendered message).
// Upstream behaviours the messages describe: kubectl apply's strict field validation
// (https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation) and the
// OpenAPI types and enums of kubernetes/kubernetes api/openapi-spec/swagger.json.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import { CATALOGS, pseudoCatalog, renderWith, textOf } from '../../../../lib/i18n/messages';
import { yaml } from './helpers';

const pod = (...container: string[]) =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - name: a', '    image: nginx', ...container);

/** The one diagnostic of `text` with `code`, rendered in both languages. */
function words(text: string, code: string): { en: string; es: string; message: string } {
  const found = parseManifests(text).diagnostics.filter((d) => d.code === code);
  expect(found, code).toHaveLength(1);
  return { en: textOf('en', found[0]), es: textOf('es', found[0]), message: found[0].message };
}

describe('parse messages in Spanish (rioplatense), English unchanged', () => {
  it.each([
    {
      name: 'YAML syntax: indentation with the misaligned keys named',
      text: 'spec:\n  containers:\n  - name: a\n   image: b\n',
      code: 'yaml-indentation',
      en: 'Indentation is off here: `image` starts at column 4, but `name` on line 3 starts at column 5. Keys of the same mapping must start at the same column, and nested content goes further right (use spaces).',
      es: 'La indentación no cuadra acá: `image` empieza en la columna 4, pero `name` (línea 3) empieza en la columna 5. Las claves de un mismo mapa empiezan en la misma columna y lo anidado va más a la derecha (con espacios).',
    },
    {
      name: 'YAML syntax: duplicate key',
      text: 'a: 1\na: 2\n',
      code: 'yaml-duplicate-key',
      en: 'Duplicate key `a`: a key may appear only once in the same mapping (kubectl rejects the file).',
      es: 'Clave duplicada `a`: una clave puede aparecer una sola vez en el mismo mapa (kubectl rechaza el archivo).',
    },
    {
      name: 'YAML syntax: a backtick gets its own words',
      text: 'a: `x`\n',
      code: 'yaml-reserved-character',
      en: 'A plain value cannot start with a backtick (`) in YAML: put the value in quotes.',
      es: 'En YAML un valor sin comillas no puede empezar con un acento grave (`): ponelo entre comillas.',
    },
    {
      name: 'unknown field with a did-you-mean',
      text: pod('    imagePulicy: Always'),
      code: 'schema-unknown-field',
      en: 'Unknown field `spec.containers[0].imagePulicy`. Did you mean `imagePullPolicy`?',
      es: 'Campo desconocido `spec.containers[0].imagePulicy`. ¿Quisiste decir `imagePullPolicy`?',
    },
    {
      name: 'unknown field that is a container setting at the pod level',
      text: yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  securityContext:',
        '    allowPrivilegeEscalation: false',
        '  containers: [{name: a, image: b}]',
      ),
      code: 'schema-unknown-field',
      en: "Unknown field `spec.securityContext.allowPrivilegeEscalation`. `allowPrivilegeEscalation` is a container setting: put it in each container's `securityContext` (`containers[].securityContext`).",
      es: 'Campo desconocido `spec.securityContext.allowPrivilegeEscalation`. `allowPrivilegeEscalation` es un ajuste de contenedor: ponelo en el `securityContext` de cada contenedor (`containers[].securityContext`).',
    },
    {
      name: 'wrong type, with the value described and a hint',
      text: pod('    ports:', '    - containerPort: "8080"'),
      code: 'schema-wrong-type',
      en: '`spec.containers[0].ports[0].containerPort` must be an integer, not the string "8080". Remove the quotes.',
      es: '`spec.containers[0].ports[0].containerPort` tiene que ser un número entero, no el texto "8080". Sacale las comillas.',
    },
    {
      name: 'wrong type of an IntOrString field given a list',
      text: yaml('apiVersion: v1', 'kind: Service', 'metadata: {name: s}', 'spec:', '  ports:', '  - port: 80', '    targetPort: [8080]'),
      code: 'schema-wrong-type',
      en: '`spec.ports[0].targetPort` must be a number or a name, not a list.',
      es: '`spec.ports[0].targetPort` tiene que ser un número o un nombre, no una lista.',
    },
    {
      name: 'enum value with a did-you-mean',
      text: yaml('apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules:', '- level: metadata'),
      code: 'schema-invalid-value',
      en: '`rules[0].level` must be one of `None`, `Metadata`, `Request`, `RequestResponse`, not `metadata`. Did you mean `Metadata`?',
      es: '`rules[0].level` tiene que ser uno de `None`, `Metadata`, `Request`, `RequestResponse`, no `metadata`. ¿Quisiste decir `Metadata`?',
    },
    {
      name: 'missing required field',
      text: yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '  - image: nginx'),
      code: 'schema-missing-field',
      en: '`spec.containers[0]` is missing the required field `name`.',
      es: 'A `spec.containers[0]` le falta el campo obligatorio `name`.',
    },
    {
      name: 'unknown kind with a did-you-mean',
      text: yaml('apiVersion: apps/v1', 'kind: Deploymnet', 'metadata: {name: d}'),
      code: 'unknown-kind',
      en: 'Unknown kind `Deploymnet` in `apps/v1`. Did you mean `Deployment`?',
      es: 'Tipo desconocido `Deploymnet` en `apps/v1`. ¿Quisiste decir `Deployment`?',
    },
    {
      name: 'kind in another API version',
      text: yaml('apiVersion: v1', 'kind: Deployment', 'metadata: {name: d}'),
      code: 'kind-not-in-api-version',
      en: 'There is no kind `Deployment` in `v1`: Deployment is in `apps/v1`.',
      es: 'No existe el tipo `Deployment` en `v1`: Deployment está en `apps/v1`.',
    },
    {
      name: 'YAML 1.1 boolean word in a string field',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  labels: {enabled: yes}'),
      code: 'yaml-boolean-word-string',
      en: 'kubectl (YAML 1.1) reads the unquoted `yes` as the boolean true, and the API rejects it because `metadata.labels.enabled` must be a string: quote it ("yes").',
      es: 'kubectl (YAML 1.1) lee `yes` sin comillas como el booleano true, y la API lo rechaza porque `metadata.labels.enabled` tiene que ser texto: ponelo entre comillas ("yes").',
    },
    {
      name: 'a document that is a scalar',
      text: 'hello\n',
      code: 'document-not-object',
      en: 'This document is the value "hello", not an object: a manifest is `key: value` lines (apiVersion, kind, metadata, ...).',
      es: 'Este documento es el valor "hello", no un objeto: un manifiesto son líneas `clave: valor` (apiVersion, kind, metadata, ...).',
    },
  ])('$name', ({ text, code, en, es }) => {
    const rendered = words(text, code);
    expect(rendered.en).toBe(en);
    expect(rendered.message).toBe(en);
    expect(rendered.es).toBe(es);
  });
});

/** Broken manifests that reach every part of the reader: YAML, input, kind, schema. */
const BROKEN = [
  'metadata\n  name: x\n',
  'a:\n\tb: 1\n',
  'a: [1, 2\n',
  'a: "x\n',
  'a: *nope\n',
  'a: {{ .Values.x }}\n',
  'a: !!binary x\n',
  '---\nnull\n---\n- a\n',
  yaml('kind: Pod', 'metadata: {name: p}'),
  yaml('apiVersion: extensions/v1beta1', 'kind: Deployment', 'metadata: {name: d}'),
  pod('    imagePulicy: Always', '    -name: x', '    resources: []', '    stdin: "yes"', '    imagePullPolicy: always'),
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: p}',
    'spec:',
    '  containers:',
    '  - name: a',
    '    image: b',
    '    securityContext: null',
    '  volumes: {a: b}',
  ),
  yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', `  labels: {enabled: on, big: 123456789012345678901}`),
  yaml('apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules:', '- level: metadata', '- {}'),
  yaml('apiVersion: apps/v1', 'kind: Deploymnet', 'metadata: {name: d}'),
  yaml('apiVersion: v1', 'kind: Deployment', 'metadata: {name: d}'),
  'a: 1\na: 2\n',
];

describe('every parse diagnostic is a message worded by the catalogs', () => {
  const xx = pseudoCatalog();
  const diagnostics = BROKEN.flatMap((text) => parseManifests(text).diagnostics);

  it('covers many codes', () => {
    expect(new Set(diagnostics.map((d) => d.code)).size).toBeGreaterThanOrEqual(19);
  });

  it.each(diagnostics.map((d) => [d.code, d] as const))('%s: text renders in every language, bracketed in xx, no messageEs', (_code, d) => {
    expect(d).not.toHaveProperty('messageEs');
    expect(d.text).toBeDefined();
    expect(renderWith(CATALOGS.en, d.text!)).toBe(d.message);
    expect(renderWith(CATALOGS.es, d.text!)).not.toBe(d.message);
    const pseudo = renderWith(xx, d.text!);
    expect(pseudo.startsWith('[') && pseudo.endsWith(']'), pseudo).toBe(true);
  });
});
