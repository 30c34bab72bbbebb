// Second outsider pass on the RBAC track: new angles on the answer's shape and on RBAC itself.
// Semantics: an aggregated ClusterRole takes the rules of every ClusterRole its selectors match,
// and a ClusterRole labelled aggregate-to-<x> adds its rules to <x>
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#aggregated-clusterroles);
// `bind`, `escalate` and `impersonate` are verbs that hand out more than they name
// (https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks);
// a ServiceAccount subject without namespace means the binding's namespace, and a ServiceAccount
// subject's apiGroup must be "" (pkg/apis/rbac/validation/validation.go, ValidateRoleBindingSubject);
// duplicate keys are rejected by strict decoding (apimachinery pkg/util/yaml strict errors,
// https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation).
import { asList, chain, outsiderTable, replace, type OutsiderCase } from './harness';

const R = 'role.yaml';
const rbac = 'rbac.yaml';
const json = (doc: string) => (text: string) => `${text}---\n${doc}`;
const aggregateInto = (target: string) =>
  json(
    `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: extra\n  labels: {rbac.authorization.k8s.io/aggregate-to-${target}: "true"}\nrules: [{apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"]}]\n`,
  );
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const bom = (text: string) => `\uFEFF# comment only\n---\n${text}...\n`;

const SVO = '01-rbac/01-subject-verb-object/exercises';
const GL = '01-rbac/02-global-and-local-roles/exercises';

const pochoclo: OutsiderCase[] = [
  [
    'the role as an aggregated ClusterRole that takes view',
    {
      [R]: chain(
        replace(
          'kind: Role\nmetadata:\n  name: mascota-malcriada\n  namespace: depto-a\nrules:',
          'kind: ClusterRole\nmetadata:\n  name: mascota-malcriada\naggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: {rbac.authorization.k8s.io/aggregate-to-view: "true"}\nrules:',
        ),
        replace('roleRef:\n  kind: Role', 'roleRef:\n  kind: ClusterRole'),
      ),
    },
    'pochoclo-sleeps-in-depto-a',
  ],
  ['a duplicate verbs key that widens to "*"', { [R]: replace('    verbs: ["dormir"]', '    verbs: ["dormir"]\n    verbs: ["*"]') }, 'errors'],
  [
    'the subject a ServiceAccount with the rbac apiGroup',
    {
      [R]: replace(
        'kind: User\n    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io',
        'kind: ServiceAccount\n    name: pochoclo\n    namespace: depto-a\n    apiGroup: rbac.authorization.k8s.io',
      ),
    },
    'errors',
  ],
  [
    'impersonate users next to dormir',
    { [R]: replace('verbs: ["dormir"]', 'verbs: ["dormir"]\n  - apiGroups: [""]\n    resources: ["users", "groups"]\n    verbs: ["impersonate"]') },
    'only-sleeping',
  ],
  [
    'the binding in depto-b',
    { [R]: replace('name: pochoclo-malcriado\n  namespace: depto-a', 'name: pochoclo-malcriado\n  namespace: depto-b') },
    'pochoclo-sleeps-in-depto-a',
  ],
  ['CRLF line endings, a BOM, a comment-only document and document ends', { [R]: chain(crlf, bom) }, null],
  [
    'the rule through an anchor, repeated by its alias',
    {
      [R]: replace(
        '  - apiGroups: [""]\n    resources: ["sillones"]\n    verbs: ["dormir"]\n',
        '  - &sleep {apiGroups: [""], resources: ["sillones"], verbs: ["dormir"]}\n  - *sleep\n',
      ),
    },
    null,
  ],
  [
    'an anchor from the Role used in the binding (anchors do not cross documents)',
    {
      [R]: chain(
        replace('  name: mascota-malcriada\n  namespace', '  name: &role mascota-malcriada\n  namespace'),
        replace('  name: mascota-malcriada\n  apiGroup', '  name: *role\n  apiGroup'),
      ),
    },
    'errors',
  ],
  [
    'a merge key that takes the rule and overrides its verbs with "*"',
    {
      [R]: replace(
        '  - apiGroups: [""]\n    resources: ["sillones"]\n    verbs: ["dormir"]\n',
        '  - &sleep {apiGroups: [""], resources: ["sillones"], verbs: ["dormir"]}\n  - <<: *sleep\n    verbs: ["*"]\n',
      ),
    },
    'no-biting',
  ],
  [
    'one kind: List holding both objects',
    {
      [R]: asList(),
    },
    null,
  ],
];
outsiderTable(`${SVO}/pochoclo-couch`, pochoclo);

outsiderTable(`${SVO}/couch-is-a-configmap`, [
  [
    'list and watch on the named couch (a list names no object: the rule reads through a field selector)',
    { [R]: replace('verbs: ["update", "patch"]', 'verbs: ["update", "patch", "list", "watch"]') },
    'only-the-couch',
  ],
  [
    'a ClusterRole labelled to aggregate into view, and view bound in depto-a',
    {
      [R]: chain(
        aggregateInto('view'),
        json(
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: mira, namespace: depto-a}\nsubjects: [{kind: User, name: pochoclo}]\nroleRef: {kind: ClusterRole, name: view}\n',
        ),
      ),
    },
    'no-secrets',
  ],
  ['apiGroups "*" on the couch (every configmaps-named resource of any group)', { [R]: replace('apiGroups: [""]', 'apiGroups: ["*"]') }, 'only-the-couch'],
  [
    'escalate and bind on roles next to the couch',
    {
      [R]: replace(
        'verbs: ["update", "patch"]',
        'verbs: ["update", "patch"]\n  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["roles"]\n    verbs: ["escalate", "bind"]',
      ),
    },
    'only-the-couch',
  ],
  ['resourceNames with the couch quoted and verbs in flow order reversed', { [R]: replace('verbs: ["update", "patch"]', "verbs: ['patch', 'update']") }, null],
  [
    'the same rule twice',
    {
      [R]: replace(
        '    verbs: ["update", "patch"]\n',
        '    verbs: ["update", "patch"]\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    resourceNames: ["sillon"]\n    verbs: ["patch"]\n',
      ),
    },
    null,
  ],
]);

outsiderTable(`${SVO}/fight-is-a-subresource`, [
  ['pods/* on aceituna', { [R]: replace('resources: ["pods/eviction"]', 'resources: ["pods/*"]') }, 'fight-aceituna'],
  [
    'pods/eviction without resourceNames but create, list',
    { [R]: chain(replace('    resourceNames: ["aceituna"]\n', ''), replace('verbs: ["create"]', 'verbs: ["create", "list"]')) },
    'leave-michi-alone',
  ],
  ['pods/eviction and pods/exec on aceituna', { [R]: replace('resources: ["pods/eviction"]', 'resources: ["pods/eviction", "pods/exec"]') }, 'no-exec'],
  [
    'a Group system:serviceaccounts subject',
    { [R]: replace('roleRef:', '  - kind: Group\n    name: system:serviceaccounts\n    apiGroup: rbac.authorization.k8s.io\nroleRef:') },
    'not-for-the-default-account',
  ],
  [
    'two rules, one per verb spelling, JSON documents',
    {
      [R]: () =>
        '{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "pelea", "namespace": "depto-a"}, "rules": [{"apiGroups": [""], "resources": ["pods/eviction"], "resourceNames": ["aceituna"], "verbs": ["create"]}]}\n---\n{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "pelea", "namespace": "depto-a"}, "subjects": [{"kind": "User", "name": "pochoclo"}], "roleRef": {"kind": "Role", "name": "pelea", "apiGroup": "rbac.authorization.k8s.io"}}\n',
    },
    null,
  ],
  ['CRLF and document ends', { [R]: chain(crlf, bom) }, null],
]);

outsiderTable(`${GL}/malcriada-assumed-locally`, [
  [
    "manteca's RoleBinding in depto-a",
    { 'bindings.yaml': replace('name: manteca-malcriada\n  namespace: depto-b', 'name: manteca-malcriada\n  namespace: depto-a') },
    'manteca-sleeps-at-home',
  ],
  [
    'one ClusterRoleBinding for both',
    {
      'bindings.yaml': (s) =>
        s
          .split('---\n')[0]
          .replace('kind: RoleBinding', 'kind: ClusterRoleBinding')
          .replace('  namespace: depto-a\n', '')
          .replace('roleRef:', '  - kind: User\n    name: manteca\n    apiGroup: rbac.authorization.k8s.io\nroleRef:'),
    },
    'pochoclo-not-at-the-neighbours',
  ],
  [
    'both users in both RoleBindings',
    {
      'bindings.yaml': replace(
        'roleRef:',
        '  - kind: User\n    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io\n  - kind: User\n    name: manteca\n    apiGroup: rbac.authorization.k8s.io\nroleRef:',
      ),
    },
    'pochoclo-not-at-the-neighbours',
  ],
  ['roleRef to the built-in edit ClusterRole', { 'bindings.yaml': replace('name: mascota-malcriada', 'name: edit') }, 'pochoclo-only-sleeps'],
  [
    'the subjects as JSON flow maps, the roleRef through an anchor',
    {
      'bindings.yaml': chain(
        replace(
          /  - kind: User\n    name: (\w+)\n    apiGroup: rbac.authorization.k8s.io\n/,
          '  - {"kind": "User", "name": "$1", "apiGroup": "rbac.authorization.k8s.io"}\n',
        ),
      ),
    },
    null,
  ],
  ['CRLF, BOM and document ends', { 'bindings.yaml': chain(crlf, bom) }, null],
]);

outsiderTable(`${GL}/three-pets`, [
  [
    'nonResourceURLs "*" in the card ClusterRole',
    {
      [rbac]: replace(
        '    resourceNames: ["bebedero"]\n    verbs: ["get"]',
        '    resourceNames: ["bebedero"]\n    verbs: ["get"]\n  - nonResourceURLs: ["*"]\n    verbs: ["get"]',
      ),
    },
    'card-cluster-wide',
  ],
  [
    'the couch ClusterRole aggregating edit',
    {
      [rbac]: replace(
        'kind: ClusterRole\nmetadata:\n  name: mascota-malcriada\nrules:',
        'kind: ClusterRole\nmetadata:\n  name: mascota-malcriada\naggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: {rbac.authorization.k8s.io/aggregate-to-edit: "true"}\nrules:',
      ),
    },
    'card-in-depto-a',
  ],
  [
    'the card ClusterRole also aggregated into view',
    {
      [rbac]: replace(
        '  name: mascota-confianzuda\nrules:',
        '  name: mascota-confianzuda\n  labels: {rbac.authorization.k8s.io/aggregate-to-view: "true"}\nrules:',
      ),
    },
    null,
  ],
  [
    'the couch RoleBinding made a ClusterRoleBinding',
    {
      [rbac]: replace(
        'kind: RoleBinding\nmetadata:\n  name: pochoclo-malcriado\n  namespace: depto-a',
        'kind: ClusterRoleBinding\nmetadata:\n  name: pochoclo-malcriado',
      ),
    },
    'no-sleeping-in-depto-b',
  ],
  [
    'the fight Role with list on the named pod',
    {
      [rbac]: replace(
        '    resourceNames: ["aceituna"]\n    verbs: ["create"]',
        '    resourceNames: ["aceituna"]\n    verbs: ["create"]\n  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["list"]',
      ),
    },
    'card-in-depto-a',
  ],
  ['CRLF, BOM and document ends', { [rbac]: chain(crlf, bom) }, null],
  [
    'the roleRef apiGroup left out (the API server defaults it)',
    { [rbac]: (s) => s.replace(/(roleRef:\n  kind: \w+\n  name: [\w-]+\n)  apiGroup: rbac.authorization.k8s.io\n/g, '$1') },
    null,
  ],
]);
