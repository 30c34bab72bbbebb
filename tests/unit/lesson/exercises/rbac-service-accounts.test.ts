// ServiceAccount exercises of lessons/01-rbac/03-service-accounts: insecure answers must fail
// the goal that names the problem; unusual but correct answers (other ServiceAccount names,
// documents moved between files, the token switched off on the Pod or on the ServiceAccount)
// must pass every goal. Semantics: a Pod runs as spec.serviceAccountName (else `default`) and
// is rejected when that account does not exist (plugin/pkg/admission/serviceaccount/admission.go);
// the Pod's automountServiceAccountToken wins over the ServiceAccount's
// (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace, type Edit } from './harness';

type Wrong = [string, Record<string, Edit>, string];
type Right = [string, Record<string, Edit>];

function check(dir: string, wrong: Wrong[], right: Right[]): void {
  const exercise = loadExercise(dir);
  describe(exercise.id, () => {
    it('the solution passes every goal', () => expect(failingGoals(exercise, {})).toEqual([]));
    for (const [title, edits, goal] of wrong) it(`wrong: ${title} fails ${goal}`, () => expect(failingGoals(exercise, edits)).toContain(goal));
    for (const [title, edits] of right) it(`right: ${title}`, () => expect(failingGoals(exercise, edits)).toEqual([]));
  });
}

const BIND_CAMERA = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: camara-tambien, namespace: depto-a }
subjects: [{ kind: ServiceAccount, name: camara, namespace: depto-a }]
roleRef: { kind: Role, name: rellenar-bebedero, apiGroup: rbac.authorization.k8s.io }
`;
const FEEDER_SA = '      # the identity that holds the refill role / la identidad que tiene el rol de rellenar\n      serviceAccountName: comedero\n';
const CAMERA_SPEC = '      serviceAccountName: camara\n      containers:\n        - name: camara';

check(
  '01-rbac/03-service-accounts/exercises/borrowed-identity',
  [
    [
      "the start: the camera wears the feeder's identity",
      { 'deployments.yaml': chain(replace(FEEDER_SA, ''), replace('serviceAccountName: camara', 'serviceAccountName: comedero')) },
      'camera-pods-cannot-refill',
    ],
    ['the feeder left on default', { 'deployments.yaml': replace(FEEDER_SA, '') }, 'feeder-pods-refill'],
    [
      'the camera left on default, token off on the pod',
      { 'deployments.yaml': replace(CAMERA_SPEC, '      automountServiceAccountToken: false\n      containers:\n        - name: camara') },
      'camera-own-identity',
    ],
    ["the camera's ServiceAccount keeps its token", { 'deployments.yaml': replace('automountServiceAccountToken: false\n', '') }, 'camera-no-token'],
    ["the camera's ServiceAccount bound to the refill role", { 'deployments.yaml': (s) => s + BIND_CAMERA }, 'camera-has-no-permissions'],
    [
      "a typo in the feeder's ServiceAccount: its pods are never created",
      { 'deployments.yaml': replace('serviceAccountName: comedero', 'serviceAccountName: comederos') },
      'feeder-pods-refill',
    ],
    [
      'the refill role widened to "*" from the learner\'s file',
      {
        'deployments.yaml': (s) =>
          `${s}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: rellenar-bebedero, namespace: depto-a }\nrules: [{ apiGroups: [""], resources: [configmaps], verbs: ["*"] }]\n`,
      },
      'feeder-only-refills',
    ],
    [
      'a privileged camera',
      {
        'deployments.yaml': replace(
          '          image: registry.example.com/casa/camara:2.0',
          '          image: registry.example.com/casa/camara:2.0\n          securityContext: { privileged: true }',
        ),
      },
      'camera-admitted',
    ],
    ['the feeder on the host network', { 'deployments.yaml': replace(FEEDER_SA, `${FEEDER_SA}      hostNetwork: true\n`) }, 'feeder-admitted'],
  ],
  [
    [
      "the camera's ServiceAccount called pet-cam",
      {
        'deployments.yaml': chain(
          replace('  name: camara\n  namespace: depto-a\nautomountServiceAccountToken', '  name: pet-cam\n  namespace: depto-a\nautomountServiceAccountToken'),
          replace('serviceAccountName: camara', 'serviceAccountName: pet-cam'),
        ),
      },
    ],
    [
      "the token switched off on the camera's pod template instead",
      {
        'deployments.yaml': chain(
          replace('automountServiceAccountToken: false\n', ''),
          replace(CAMERA_SPEC, `      automountServiceAccountToken: false\n${CAMERA_SPEC}`),
        ),
      },
    ],
    [
      'the ServiceAccount last, flow style',
      {
        'deployments.yaml': (s) =>
          `${s.replace(/---\n# The camera gets[\s\S]*?automountServiceAccountToken: false\n/, '')}---\n{ apiVersion: v1, kind: ServiceAccount, metadata: { name: camara, namespace: depto-a }, automountServiceAccountToken: false }\n`,
      },
    ],
  ],
);

check(
  '01-rbac/03-service-accounts/exercises/builder-cross-namespace',
  [
    [
      'the start: every ServiceAccount of the cluster',
      {
        'binding.yaml': replace(
          '  - kind: ServiceAccount\n    name: builder\n    namespace: ci\n',
          '  - kind: Group\n    name: system:serviceaccounts\n    apiGroup: rbac.authorization.k8s.io\n',
        ),
      },
      'runner-does-not',
    ],
    [
      'every ServiceAccount of ci',
      {
        'binding.yaml': replace(
          '  - kind: ServiceAccount\n    name: builder\n    namespace: ci\n',
          '  - kind: Group\n    name: system:serviceaccounts:ci\n    apiGroup: rbac.authorization.k8s.io\n',
        ),
      },
      'runner-does-not',
    ],
    ['the subject without namespace (means shop/builder)', { 'binding.yaml': replace('    namespace: ci\n', '') }, 'builder-reads-shop'],
    [
      'a ClusterRoleBinding',
      { 'binding.yaml': chain(replace('kind: RoleBinding', 'kind: ClusterRoleBinding'), replace('  namespace: shop\n', '')) },
      'builder-only-in-shop',
    ],
    ['bound to the built-in view', { 'binding.yaml': replace('  name: pod-reader', '  name: view') }, 'builder-reads-nothing-else-in-shop'],
    [
      'ci/default added',
      { 'binding.yaml': replace('    namespace: ci\n', '    namespace: ci\n  - kind: ServiceAccount\n    name: default\n    namespace: ci\n') },
      'ci-default-does-not',
    ],
    [
      'every authenticated user added',
      {
        'binding.yaml': replace(
          '    namespace: ci\n',
          '    namespace: ci\n  - kind: Group\n    name: system:authenticated\n    apiGroup: rbac.authorization.k8s.io\n',
        ),
      },
      'people-do-not',
    ],
  ],
  [
    [
      'an own Role in shop',
      {
        'binding.yaml': chain(
          replace('  kind: ClusterRole\n  name: pod-reader', '  kind: Role\n  name: leer-pods'),
          (s) =>
            `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: leer-pods, namespace: shop }\nrules: [{ apiGroups: [""], resources: [pods], verbs: [list, watch] }]\n---\n${s}`,
        ),
      },
    ],
    [
      'renamed, flow style',
      {
        'binding.yaml':
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: ci-builder-waits, namespace: shop }\nsubjects: [{ kind: ServiceAccount, name: builder, namespace: ci }]\nroleRef: { kind: ClusterRole, name: pod-reader, apiGroup: rbac.authorization.k8s.io }\n',
      },
    ],
    ['the subject with an explicit empty apiGroup', { 'binding.yaml': replace('    namespace: ci\n', '    namespace: ci\n    apiGroup: ""\n') }],
  ],
);

const SA = (name: string) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: depto-a\n`;
check(
  '01-rbac/03-service-accounts/exercises/one-sa-per-app',
  [
    [
      'the start: the role on default',
      {
        'rbac.yaml': replace('    name: comedero\n    namespace: depto-a', '    name: default\n    namespace: depto-a'),
        'comedero.yaml': replace('  serviceAccountName: comedero\n', ''),
      },
      'camera-pod-cannot',
    ],
    [
      'the new ServiceAccount and default both bound',
      {
        'rbac.yaml': replace(
          '    name: comedero\n    namespace: depto-a\n',
          '    name: comedero\n    namespace: depto-a\n  - kind: ServiceAccount\n    name: default\n    namespace: depto-a\n',
        ),
      },
      'default-keeps-nothing',
    ],
    [
      'the Pod names a ServiceAccount nobody created',
      { 'rbac.yaml': replace(/^apiVersion: v1\nkind: ServiceAccount\n[\s\S]*?---\n/, '') },
      'feeder-pod-refills',
    ],
    ['the role moved to the new account, the Pod left on default', { 'comedero.yaml': replace('  serviceAccountName: comedero\n', '') }, 'feeder-pod-refills'],
    [
      'every ServiceAccount of depto-a bound',
      {
        'rbac.yaml': replace(
          '  - kind: ServiceAccount\n    name: comedero\n    namespace: depto-a\n',
          '  - kind: Group\n    name: system:serviceaccounts:depto-a\n    apiGroup: rbac.authorization.k8s.io\n',
        ),
      },
      'camera-pod-cannot',
    ],
    [
      'the feeder also made cluster-admin',
      {
        'rbac.yaml': (s) =>
          `${s}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: comedero-admin }\nsubjects: [{ kind: ServiceAccount, name: comedero, namespace: depto-a }]\nroleRef: { kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io }\n`,
      },
      'feeder-nothing-cluster-wide',
    ],
    [
      'the anonymous user bound too',
      {
        'rbac.yaml': replace(
          '    namespace: depto-a\nroleRef',
          '    namespace: depto-a\n  - kind: User\n    name: system:anonymous\n    apiGroup: rbac.authorization.k8s.io\nroleRef',
        ),
      },
      'strangers-cannot',
    ],
    [
      'a privileged feeder',
      {
        'comedero.yaml': replace(
          '      image: registry.example.com/casa/comedero:1.4',
          '      image: registry.example.com/casa/comedero:1.4\n      securityContext: { privileged: true }',
        ),
      },
      'feeder-admitted',
    ],
  ],
  [
    [
      'the ServiceAccount called feeder',
      {
        'rbac.yaml': chain(
          replace('  name: comedero\n  namespace: depto-a\n---', '  name: feeder\n  namespace: depto-a\n---'),
          replace('    name: comedero\n    namespace: depto-a', '    name: feeder\n    namespace: depto-a'),
        ),
        'comedero.yaml': replace('serviceAccountName: comedero', 'serviceAccountName: feeder'),
      },
    ],
    [
      'the ServiceAccount moved into comedero.yaml',
      { 'rbac.yaml': replace(/^apiVersion: v1\nkind: ServiceAccount\n[\s\S]*?---\n/, ''), 'comedero.yaml': (s) => `${SA('comedero')}---\n${s}` },
    ],
    [
      'an own copy of the role',
      {
        'rbac.yaml': (s) =>
          `${s.replace('  name: rellenar-bebedero\n', '  name: rellenar\n')}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: rellenar, namespace: depto-a }\nrules: [{ apiGroups: [""], resources: [configmaps], resourceNames: [bebedero], verbs: [get, update, patch] }]\n`,
      },
    ],
  ],
);

check(
  '01-rbac/03-service-accounts/exercises/reporter-from-audit',
  [
    [
      'the start: read everything',
      {
        'role.yaml': replace(
          /rules:\n[\s\S]*?---/,
          'rules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["get", "list", "watch"]\n  - apiGroups: [""]\n    resources: ["events"]\n    verbs: ["create"]\n---',
        ),
      },
      'no-secrets',
    ],
    ['every ConfigMap readable', { 'role.yaml': replace('    resourceNames: ["report-config"]\n', '') }, 'no-other-configmaps'],
    [
      'get on events too',
      { 'role.yaml': replace('resources: ["events"]\n    verbs: ["create"]', 'resources: ["events"]\n    verbs: ["create", "get"]') },
      'exactly-what-it-did',
    ],
    [
      'bound to the built-in view as well',
      {
        'role.yaml': (s) =>
          `${s}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: reporter-view, namespace: shop }\nsubjects: [{ kind: ServiceAccount, name: reporter, namespace: shop }]\nroleRef: { kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io }\n`,
      },
      'exactly-what-it-did',
    ],
    [
      'a ClusterRole and ClusterRoleBinding',
      {
        'role.yaml': chain(
          replace('kind: Role\n', 'kind: ClusterRole\n'),
          replace('kind: RoleBinding', 'kind: ClusterRoleBinding'),
          replace(/^  namespace: shop\n/gm, ''),
        ),
      },
      'only-in-shop',
    ],
    [
      'every ServiceAccount of shop bound',
      {
        'role.yaml': replace(
          '  - kind: ServiceAccount\n    name: reporter\n    namespace: shop\n',
          '  - kind: Group\n    name: system:serviceaccounts:shop\n    apiGroup: rbac.authorization.k8s.io\n',
        ),
      },
      'not-for-the-frontend',
    ],
    [
      'shop/default bound too',
      {
        'role.yaml': replace('    namespace: shop\nroleRef', '    namespace: shop\n  - kind: ServiceAccount\n    name: default\n    namespace: shop\nroleRef'),
      },
      'not-for-the-default-account',
    ],
  ],
  [
    [
      'rules in another order, flow style',
      {
        'role.yaml': replace(
          /rules:\n[\s\S]*?---/,
          'rules:\n  - { apiGroups: [""], resources: [events], verbs: [create] }\n  - { apiGroups: [""], resources: [pods], verbs: [watch, list] }\n  - { apiGroups: [""], resources: [configmaps], resourceNames: [report-config], verbs: [get] }\n---',
        ),
      },
    ],
    [
      'a ClusterRole bound in shop',
      {
        'role.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: reporter\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: reporter'),
          replace('  kind: Role\n', '  kind: ClusterRole\n'),
        ),
      },
    ],
    [
      'renamed role and binding',
      {
        'role.yaml': chain(
          replace('  name: reporter\n  namespace: shop\nrules', '  name: reporte-diario\n  namespace: shop\nrules'),
          replace('  name: reporter\n  apiGroup', '  name: reporte-diario\n  apiGroup'),
          replace('kind: RoleBinding\nmetadata:\n  name: reporter', 'kind: RoleBinding\nmetadata:\n  name: reporte-diario'),
        ),
      },
    ],
  ],
);

const FRONTEND_SPEC = '  serviceAccountName: shop-app\n  automountServiceAccountToken: false\n';
check(
  '01-rbac/03-service-accounts/exercises/tokens-you-dont-need',
  [
    ['the start: both get a token', { 'app.yaml': replace('  automountServiceAccountToken: false\n', '') }, 'frontend-has-no-token'],
    [
      'the token switched off on the shared ServiceAccount',
      {
        'app.yaml': chain(
          replace('  automountServiceAccountToken: false\n', ''),
          replace('  namespace: shop\n---', '  namespace: shop\nautomountServiceAccountToken: false\n---'),
        ),
      },
      'api-keeps-its-token',
    ],
    [
      'a new ServiceAccount for the frontend, token still on',
      {
        'app.yaml': chain(
          replace(FRONTEND_SPEC, '  serviceAccountName: web\n'),
          (s) => `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: web, namespace: shop }\n---\n${s}`,
        ),
      },
      'frontend-has-no-token',
    ],
    [
      'the api moved to default',
      { 'app.yaml': replace('  serviceAccountName: shop-app\n  containers:\n    - name: api', '  containers:\n    - name: api') },
      'api-still-works',
    ],
    [
      'a privileged frontend',
      {
        'app.yaml': replace(
          '      image: registry.example.com/shop/frontend:3.2',
          '      image: registry.example.com/shop/frontend:3.2\n      securityContext: { privileged: true }',
        ),
      },
      'frontend-admitted',
    ],
    [
      "the api sharing the host's process namespace",
      {
        'app.yaml': replace(
          '  serviceAccountName: shop-app\n  containers:\n    - name: api',
          '  serviceAccountName: shop-app\n  hostPID: true\n  containers:\n    - name: api',
        ),
      },
      'api-admitted',
    ],
  ],
  [
    [
      'off on the ServiceAccount, back on for the api',
      {
        'app.yaml': chain(
          replace('  automountServiceAccountToken: false\n', ''),
          replace('  namespace: shop\n---', '  namespace: shop\nautomountServiceAccountToken: false\n---'),
          replace(
            '  serviceAccountName: shop-app\n  containers:\n    - name: api',
            '  serviceAccountName: shop-app\n  automountServiceAccountToken: true\n  containers:\n    - name: api',
          ),
        ),
      },
    ],
    [
      'the frontend with its own ServiceAccount, token off there',
      {
        'app.yaml': chain(
          replace(FRONTEND_SPEC, '  serviceAccountName: web\n'),
          (s) => `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: web, namespace: shop }\nautomountServiceAccountToken: false\n---\n${s}`,
        ),
      },
    ],
    ['the frontend on default (no permissions), token off', { 'app.yaml': replace(FRONTEND_SPEC, '  automountServiceAccountToken: false\n') }],
  ],
);
