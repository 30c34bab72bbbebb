// Words at the edge (issue 15): the single-object checks return message codes; the catalogs
// word them in each language. English stays byte for byte what it was; these tests pin the
// Spanish of each family (metadata names, labels, selectors, RBAC, NetworkPolicy).
// Upstream rules the messages describe: k8s.io/apimachinery/pkg/util/validation (names,
// label keys and values), pkg/apis/rbac/validation/validation.go and
// pkg/apis/networking/validation/validation.go in kubernetes/kubernetes.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../../lib/sim/parse';
import { textOf } from '../../../../lib/i18n/messages';
import { show } from '../../../../lib/sim/validate/finding';
import { CATALOGS, pseudoCatalog, renderWith } from '../../../../lib/i18n/messages';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function rendered(text: string, code: string): { en: string; es: string } {
  const found = parseManifests(text, { crossObjectChecks: false }).diagnostics.filter((d) => d.code === code);
  expect(found, code).toHaveLength(1);
  expect(found[0]).not.toHaveProperty('messageEs');
  expect(textOf('en', found[0])).toBe(found[0].message);
  return { en: textOf('en', found[0]), es: textOf('es', found[0]) };
}

const role = (...rule: string[]) => yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: Role', 'metadata: {name: r, namespace: dev}', 'rules:', ...rule);
const policy = (...spec: string[]) =>
  yaml('apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata: {name: n}', 'spec:', '  podSelector: {}', ...spec);

describe('validate messages in Spanish, English unchanged', () => {
  it.each([
    {
      name: 'an invalid name: the problem is a nested clause, the suggestion optional',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: Web_App}'),
      code: 'invalid-name',
      en: '`Web_App` is not a valid ConfigMap name: it must consist of lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit. Try `web-app`.',
      es: '`Web_App` no es un nombre válido para un ConfigMap: tiene que tener minúsculas, dígitos, `-` y `.`, empezando y terminando con letra o dígito. Probá con `web-app`.',
    },
    {
      name: 'a very long name is cut, with its length counted in the language',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${'a'.repeat(300)}`),
      code: 'invalid-name',
      en: `\`${'a'.repeat(40)}… (300 characters)\` is not a valid ConfigMap name: it must be no more than 253 characters.`,
      es: `\`${'a'.repeat(40)}… (300 caracteres)\` no es un nombre válido para un ConfigMap: no puede tener más de 253 caracteres.`,
    },
    {
      name: 'an annotation key with a bad prefix',
      text: yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', '  annotations: {"Bad_Prefix/x": y}'),
      code: 'invalid-annotation-key',
      en: 'The annotation key `Bad_Prefix/x` has an invalid prefix (before `/` it must be a DNS subdomain such as `example.com`).',
      es: 'La clave de anotación `Bad_Prefix/x` tiene un prefijo inválido (antes de `/` va un subdominio DNS como `example.com`).',
    },
    {
      name: 'a selector operator that takes no values',
      text: policy('  ingress:', '  - from:', '    - podSelector:', '        matchExpressions: [{key: app, operator: Exists, values: [a]}]'),
      code: 'selector-values-forbidden',
      en: 'Operator `Exists` takes no `values`: remove them.',
      es: 'El operador `Exists` no lleva `values`: sacalos.',
    },
    {
      name: 'RBAC: a resource in two API groups, listed in the language',
      text: role('- apiGroups: [apps]', '  resources: [events]', '  verbs: [get]'),
      code: 'rbac-resource-wrong-group',
      en: '`events` are in the API group `""` or `"events.k8s.io"`, which this rule\'s `apiGroups` do not list: the rule never matches them.',
      es: '`events` están en el grupo de API `""` o `"events.k8s.io"`, que no figura en `apiGroups` de esta regla: nunca coincide con ellos.',
    },
    {
      name: 'RBAC: nameless verbs with resourceNames, as a list',
      text: role('- apiGroups: [""]', '  resources: [pods]', '  resourceNames: [web]', '  verbs: [get, list, watch]'),
      code: 'rbac-resource-names-nameless-verb',
      en: 'With `resourceNames`, `list`, `watch` requests carry no name and do not match (list/watch only with a `metadata.name` field selector).',
      es: 'Con `resourceNames`, los pedidos `list`, `watch` no llevan nombre y no coinciden (list/watch solo con un field selector `metadata.name`).',
    },
    {
      name: 'RBAC: a misspelt subject kind',
      text: yaml(
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: RoleBinding',
        'metadata: {name: b, namespace: dev}',
        'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}',
        'subjects: [{kind: Usr, name: alice}]',
      ),
      code: 'rbac-invalid-subject-kind',
      en: "A subject's kind is User, Group or ServiceAccount, not `Usr`. Did you mean `User`?",
      es: 'El kind de un sujeto es User, Group o ServiceAccount, no `Usr`. ¿Quisiste decir `User`?',
    },
    {
      name: 'NetworkPolicy: an except outside its CIDR',
      text: policy('  ingress:', '  - from:', '    - ipBlock: {cidr: 10.0.0.0/24, except: [10.1.0.0/16]}'),
      code: 'netpol-except-outside-cidr',
      en: '`10.1.0.0/16` must be strictly inside `10.0.0.0/24` (inside it, with a longer prefix).',
      es: '`10.1.0.0/16` tiene que estar estrictamente dentro de `10.0.0.0/24` (adentro y con un prefijo más largo).',
    },
    {
      name: 'NetworkPolicy: an endPort below its port',
      text: policy('  ingress:', '  - ports:', '    - {port: 8080, endPort: 80}'),
      code: 'netpol-end-port-before-port',
      en: '`endPort` (80) must be greater than or equal to `port` (8080).',
      es: '`endPort` (80) tiene que ser mayor o igual que `port` (8080).',
    },
  ])('$name', ({ text, code, en, es }) => {
    expect(rendered(text, code)).toEqual({ en, es });
  });
});

describe('show: a value quoted in a message', () => {
  it.each([
    ['a string', 'Always', '`Always`', '`Always`'],
    ['a long string, cut at 60', 'x'.repeat(70), `\`${'x'.repeat(57)}...\``, `\`${'x'.repeat(57)}...\``],
    ['a number', 8080, '`8080`', '`8080`'],
    ['null', null, 'null', 'null'],
    ['a list', [1], 'a list', 'una lista'],
    ['a mapping', { a: 1 }, 'a mapping', 'un mapa'],
  ])('%s', (_name, value, en, es) => {
    expect(renderWith(CATALOGS.en, show(value))).toBe(en);
    expect(renderWith(CATALOGS.es, show(value))).toBe(es);
  });
});

/** Objects that break each family of per-object checks (metadata, labels, selectors, ports, RBAC, NetworkPolicy). */
const BROKEN = [
  yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  generateName: c-', '  labels: {"a b": "c d", ok: "x y"}', '  annotations: {"/x": y}'),
  yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c, namespace: Bad_NS}'),
  yaml(
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRole',
    'metadata: {name: r, namespace: dev}',
    'aggregationRule: {clusterRoleSelectors: []}',
    'rules:',
    '- {apiGroups: [""], resources: [pods], verbs: []}',
  ),
  role(
    '- apiGroups: [core, apps/v1]',
    '  resources: [Pod, pods/*]',
    '  verbs: [Get]',
    '- nonResourceURLs: [/healthz]',
    '  resources: [pods]',
    '  verbs: [get]',
    '- verbs: [get]',
  ),
  yaml(
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRoleBinding',
    'metadata: {name: b}',
    'roleRef: {apiGroup: rbac, kind: Role, name: ""}',
    'subjects:',
    '- {kind: ServiceAccount, name: "system:serviceaccount:dev:x", apiGroup: rbac.authorization.k8s.io}',
    '- {kind: User, name: "system:serviceaccount:dev:y", apiGroup: wrong}',
    '- {kind: Group, name: ""}',
  ),
  yaml('apiVersion: rbac.authorization.k8s.io/v1', 'kind: RoleBinding', 'metadata: {name: b, namespace: dev}', 'roleRef: {kind: Rol, name: r}'),
  policy(
    '  policyTypes: [Egress, ingres]',
    '  ingress:',
    '  - from: [{}, {ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}, {ipBlock: {cidr: nope}}]',
    '    ports: [{endPort: 90}, {port: http, endPort: 90}, {port: 70000}, {port: 80, protocol: tcp}]',
    '  - from: [{podSelector: {matchExpressions: [{key: a, operator: In}, {key: a, operator: Equals}]}}]',
  ),
  yaml('apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata: {name: n}', 'spec:', '  egress: [{}]'),
];

describe('every validate diagnostic is a message worded by the catalogs', () => {
  const xx = pseudoCatalog();
  const diagnostics = BROKEN.flatMap((text) => parseManifests(text, { crossObjectChecks: false }).diagnostics).filter((d) =>
    d.text?.code.startsWith('validate.'),
  );

  it('covers most of the validate codes', () => {
    expect(new Set(diagnostics.map((d) => d.text?.code)).size).toBeGreaterThanOrEqual(43);
  });

  it.each(diagnostics.map((d) => [`${d.code} (${d.text?.code})`, d] as const))('%s: bracketed in xx, Spanish differs, no messageEs', (_name, d) => {
    expect(d).not.toHaveProperty('messageEs');
    expect(renderWith(CATALOGS.en, d.text!)).toBe(d.message);
    expect(renderWith(CATALOGS.es, d.text!)).not.toBe(d.message);
    const pseudo = renderWith(xx, d.text!);
    expect(pseudo.startsWith('[') && pseudo.endsWith(']'), pseudo).toBe(true);
  });
});
