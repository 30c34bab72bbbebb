// The RBAC track tried from outside: near-misses a learner writes (each must fail the goal that
// names it) and equivalent answers written differently (each must pass every goal).
// Semantics: a subject Group system:authenticated / system:serviceaccounts[:ns] /
// system:unauthenticated reaches everyone of that group; a RoleBinding grants only in its
// namespace, a ClusterRoleBinding everywhere; `*/sub` matches that subresource of every resource
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/); a pod's
// automountServiceAccountToken wins over its ServiceAccount's, and a projected serviceAccountToken
// volume mounts a token whatever automount says
// (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/); audit rules
// match by verbs, userGroups and resources, first match wins
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace } from './harness';

type Case = [title: string, file: string, edit: (s: string) => string, goal: string | null];

const group = (name: string) => `  - kind: Group\n    name: ${name}\n    apiGroup: rbac.authorization.k8s.io\n`;
/** Add a subject to every binding of the file. */
const addSubject = (subject: string) => (text: string) => {
  if (!text.includes('roleRef:')) throw new Error('no binding in the file');
  return text.replace(/roleRef:/g, `${subject}roleRef:`);
};
const appendDoc = (doc: string) => (text: string) => `${text}---\n${doc}`;
const reverseDocs = (text: string) =>
  text
    .split(/^---\n/m)
    .reverse()
    .map((d) => (d.endsWith('\n') ? d : `${d}\n`))
    .join('---\n');

function table(dir: string, cases: Case[]) {
  const exercise = loadExercise(dir);
  describe(exercise.id, () => {
    for (const [title, file, edit, goal] of cases) {
      if (goal) it(`wrong: ${title} fails ${goal}`, () => expect(failingGoals(exercise, { [file]: edit })).toContain(goal));
      else it(`right: ${title}`, () => expect(failingGoals(exercise, { [file]: edit })).toEqual([]));
    }
  });
}

const groups = (file: string, sameNamespaceGoal: string, everyoneGoal: string): Case[] => [
  ['a Group system:authenticated subject', file, addSubject(group('system:authenticated')), everyoneGoal],
  ['a Group system:serviceaccounts subject', file, addSubject(group('system:serviceaccounts')), sameNamespaceGoal],
  ['a Group system:serviceaccounts:depto-a subject', file, addSubject(group('system:serviceaccounts:depto-a')), sameNamespaceGoal],
  ['a Group system:unauthenticated subject', file, addSubject(group('system:unauthenticated')), 'not-for-strangers'],
];
const SVO = '01-rbac/01-subject-verb-object/exercises';
const R = 'role.yaml';

table(`${SVO}/pochoclo-couch`, [
  ...groups(R, 'not-for-the-default-account', 'not-for-manteca'),
  ['escalate, bind and impersonate next to dormir', R, replace('verbs: ["dormir"]', 'verbs: ["dormir", "escalate", "bind", "impersonate"]'), 'only-sleeping'],
  ['an extra rule for */exec', R, replace('rules:\n', 'rules:\n  - apiGroups: [""]\n    resources: ["*/exec"]\n    verbs: ["create"]\n'), 'only-sleeping'],
  ['the subject as a Group pochoclo', R, replace('kind: User\n    name: pochoclo', 'kind: Group\n    name: pochoclo'), 'pochoclo-sleeps-in-depto-a'],
  ['bindings first, role last, with comments', R, (s) => `# binding first\n${reverseDocs(s)}`, null],
  [
    'flow style with other names',
    R,
    () =>
      '{apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: x, namespace: depto-a}, rules: [{apiGroups: [""], resources: [sillones], verbs: [dormir]}]}\n---\n{apiVersion: rbac.authorization.k8s.io/v1, kind: RoleBinding, metadata: {name: y, namespace: depto-a}, subjects: [{kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io}], roleRef: {kind: Role, name: x, apiGroup: rbac.authorization.k8s.io}}\n',
    null,
  ],
  ['a ClusterRole bound by the RoleBinding', R, replace('kind: Role\n', 'kind: ClusterRole\n'), null],
  ['a harmless extra ConfigMap document', R, appendDoc('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: nota, namespace: depto-a}\ndata: {a: b}\n'), null],
]);

table(`${SVO}/couch-is-a-configmap`, [
  ...groups(R, 'not-for-the-default-account', 'not-for-manteca'),
  [
    'create and deletecollection next to the couch verbs',
    R,
    replace('verbs: ["update", "patch"]', 'verbs: ["update", "patch", "create", "deletecollection"]'),
    'only-the-couch',
  ],
  [
    'a second rule that lists every ConfigMap',
    R,
    replace('verbs: ["update", "patch"]', 'verbs: ["update", "patch"]\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["list", "watch"]'),
    'only-the-couch',
  ],
  ['the water bowl in resourceNames too', R, replace('resourceNames: ["sillon"]', 'resourceNames: ["sillon", "bebedero"]'), 'only-the-couch'],
  [
    'ClusterRoleBinding to a ClusterRole',
    R,
    chain(replace('kind: Role\n', 'kind: ClusterRole\n'), replace('kind: RoleBinding', 'kind: ClusterRoleBinding')),
    'not-the-neighbours-couch',
  ],
  ['get as well (client-side apply reads first)', R, replace('verbs: ["update", "patch"]', 'verbs: ["get", "update", "patch"]'), null],
  ['verbs unquoted and in another order', R, replace('verbs: ["update", "patch"]', 'verbs: [patch, update]'), null],
]);

table(`${SVO}/fight-is-a-subresource`, [
  ...groups(R, 'not-for-the-default-account', 'not-for-manteca'),
  [
    '*/eviction without resourceNames',
    R,
    chain(replace('resources: ["pods/eviction"]', 'resources: ["*/eviction"]'), replace('    resourceNames: ["aceituna"]\n', '')),
    'leave-michi-alone',
  ],
  [
    'an extra rule to get and list pods',
    R,
    replace('verbs: ["create"]', 'verbs: ["create"]\n  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["get", "list"]'),
    'only-fighting',
  ],
  ['pods/attach next to pods/eviction', R, replace('resources: ["pods/eviction"]', 'resources: ["pods/eviction", "pods/attach"]'), 'only-fighting'],
  ['an extra rule for */exec', R, replace('rules:\n', 'rules:\n  - apiGroups: [""]\n    resources: ["*/exec"]\n    verbs: ["create"]\n'), 'no-exec'],
  ['bindings first, role last', R, reverseDocs, null],
  [
    'pods/* next to pods/eviction (not a wildcard in RBAC: it grants nothing)',
    R,
    replace('resources: ["pods/eviction"]', 'resources: ["pods/eviction", "pods/*"]'),
    null,
  ],
]);

const GL = '01-rbac/02-global-and-local-roles/exercises';
const B = 'bindings.yaml';
table(`${GL}/malcriada-assumed-locally`, [
  [
    'a ClusterRoleBinding for each pet',
    B,
    (t) => t.replace(/kind: RoleBinding\nmetadata:\n  name: ([\w-]+)\n  namespace: [\w-]+/g, 'kind: ClusterRoleBinding\nmetadata:\n  name: $1'),
    'pochoclo-not-at-the-neighbours',
  ],
  [
    'both pets in both bindings',
    B,
    (t) =>
      t.replace(
        /subjects:\n/g,
        `subjects:\n  - kind: User\n    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io\n  - kind: User\n    name: manteca\n    apiGroup: rbac.authorization.k8s.io\n`,
      ),
    'manteca-not-at-the-neighbours',
  ],
  ['the edit ClusterRole instead of the building role', B, (t) => t.replace(/name: mascota-malcriada/g, 'name: edit'), 'pochoclo-only-sleeps'],
  ['a Group system:serviceaccounts subject', B, addSubject(group('system:serviceaccounts')), 'not-for-the-default-account'],
  [
    'a local copy of the role in each apartment',
    B,
    (t) =>
      t.replace(/kind: ClusterRole\n  name: mascota-malcriada/g, 'kind: Role\n  name: mi-sillon') +
      ['depto-a', 'depto-b']
        .map(
          (n) =>
            `---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: mi-sillon, namespace: ${n}}\nrules: [{apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: [patch, update]}]\n`,
        )
        .join(''),
    null,
  ],
  ['subjects without apiGroup (it defaults)', B, (t) => t.replace(/ {4}apiGroup: rbac.authorization.k8s.io\n/g, ''), null],
  ['bindings in the other order', B, reverseDocs, null],
]);

const T = 'rbac.yaml';
table(`${GL}/three-pets`, [
  [
    'Mascota Malcriada bound cluster-wide',
    T,
    replace(
      'kind: RoleBinding\nmetadata:\n  name: pochoclo-malcriado\n  namespace: depto-a',
      'kind: ClusterRoleBinding\nmetadata:\n  name: pochoclo-malcriado',
    ),
    'no-sleeping-in-depto-b',
  ],
  ['Confianzuda without resourceNames', T, replace('    resourceNames: ["bebedero"]\n', ''), 'no-raiding-the-pantry'],
  [
    'Confianzuda with list and watch',
    T,
    replace('resourceNames: ["bebedero"]\n    verbs: ["get"]', 'resourceNames: ["bebedero"]\n    verbs: ["get", "list", "watch"]'),
    'card-cluster-wide',
  ],
  [
    'the couch added to the global role',
    T,
    replace(
      'resourceNames: ["bebedero"]\n    verbs: ["get"]',
      'resourceNames: ["bebedero"]\n    verbs: ["get"]\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    resourceNames: ["sillon"]\n    verbs: ["patch", "update"]',
    ),
    'no-sleeping-in-depto-b',
  ],
  ['a Group system:serviceaccounts:depto-a subject', T, addSubject(group('system:serviceaccounts:depto-a')), 'a-not-for-the-default-account'],
  [
    'Peleadora as a ClusterRole bound by a RoleBinding',
    T,
    chain(
      replace('kind: Role\nmetadata:\n  name: mascota-peleadora\n  namespace: depto-a', 'kind: ClusterRole\nmetadata:\n  name: mascota-peleadora'),
      replace('  kind: Role\n  name: mascota-peleadora', '  kind: ClusterRole\n  name: mascota-peleadora'),
    ),
    null,
  ],
  ['documents in reverse order', T, reverseDocs, null],
]);

const W = 'rbac.yaml';
table(`${GL}/wildcards-grow`, [
  [
    'ci-all still bound by an extra RoleBinding',
    W,
    appendDoc(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: old, namespace: shop}\nsubjects: [{kind: User, name: ci-bot, apiGroup: rbac.authorization.k8s.io}]\nroleRef: {kind: ClusterRole, name: ci-all, apiGroup: rbac.authorization.k8s.io}\n',
    ),
    'no-secrets',
  ],
  ['apiGroups ["*"] on the listed resources', W, (t) => t.replace(/apiGroups: \["(apps)?"\]/g, 'apiGroups: ["*"]'), 'exactly-what-it-needs'],
  ['delete for pruning', W, (t) => t.replace(/"patch"\]/g, '"patch", "delete"]'), 'exactly-what-it-needs'],
  [
    'pods and pods/log to follow the rollout',
    W,
    replace('resources: ["services", "configmaps"]', 'resources: ["services", "configmaps", "pods", "pods/log"]'),
    'exactly-what-it-needs',
  ],
  ['the edit ClusterRole', W, replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: edit'), 'no-secrets'],
  ['a Group system:serviceaccounts:shop subject', W, addSubject(group('system:serviceaccounts:shop')), 'not-for-the-default-account'],
  [
    'a ClusterRole bound by a RoleBinding',
    W,
    chain(
      replace('kind: Role\nmetadata:\n  name: ci-deployer\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: ci-deployer'),
      replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: ci-deployer'),
    ),
    null,
  ],
  [
    'one rule with apiGroups ["", "apps"] for the three resources',
    W,
    replace(
      '  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["services", "configmaps"]',
      '  - apiGroups: ["", "apps"]\n    resources: ["deployments", "services", "configmaps"]',
    ),
    null,
  ],
  [
    'one rule per core resource',
    W,
    replace(
      '  - apiGroups: [""]\n    resources: ["services", "configmaps"]',
      '  - apiGroups: [""]\n    resources: ["services"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["configmaps"]',
    ),
    null,
  ],
]);
