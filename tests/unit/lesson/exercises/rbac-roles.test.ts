// RBAC exercises of lessons/01-rbac/01-subject-verb-object and 02-global-and-local-roles:
// insecure answers a learner may type must fail the goal that names the problem; unusual but
// correct answers must pass every goal. Semantics: RBAC only adds (no deny rules); a RoleBinding
// grants only in its namespace, a ClusterRoleBinding everywhere, including namespaces created
// later; `resourceNames` never matches a request without a name; a rule on `pods` covers no
// subresource (https://kubernetes.io/docs/reference/access-authn-authz/rbac/,
// plugin/pkg/auth/authorizer/rbac/rbac.go, pkg/apis/rbac/v1/evaluation_helpers.go).
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

const USER = (name: string) => `  - kind: User\n    name: ${name}\n    apiGroup: rbac.authorization.k8s.io\n`;
const addSubject = (after: string, subject: string) => replace(after, `${after}${subject}`);
const GROUP_AUTH = '  - kind: Group\n    name: system:authenticated\n    apiGroup: rbac.authorization.k8s.io\n';
const DEFAULT_SA = (ns: string) => `  - kind: ServiceAccount\n    name: default\n    namespace: ${ns}\n`;
const ANONYMOUS = USER('system:anonymous');
/** RoleBinding → ClusterRoleBinding (roleRef must then be a ClusterRole). */
const clusterWide = (ns: string) =>
  chain(
    replace('kind: RoleBinding', 'kind: ClusterRoleBinding'),
    replace(/kind: Role\n/g, 'kind: ClusterRole\n'),
    replace(new RegExp(`^  namespace: ${ns}\n`, 'gm'), ''),
  );

check(
  '01-rbac/01-subject-verb-object/exercises/pochoclo-couch',
  [
    ['"*" as resource', { 'role.yaml': replace('resources: ["sillones"]', 'resources: ["*"]') }, 'only-sleeping'],
    ['"*" as verb', { 'role.yaml': replace('verbs: ["dormir"]', 'verbs: ["*"]') }, 'no-biting'],
    ['"*" as API group', { 'role.yaml': replace('apiGroups: [""]', 'apiGroups: ["*"]') }, 'only-sleeping'],
    ['every authenticated user bound too', { 'role.yaml': addSubject(USER('pochoclo'), GROUP_AUTH) }, 'not-for-manteca'],
    ['the anonymous user bound too', { 'role.yaml': addSubject(USER('pochoclo'), ANONYMOUS) }, 'not-for-strangers'],
    ['the default ServiceAccount bound too', { 'role.yaml': addSubject(USER('pochoclo'), DEFAULT_SA('depto-a')) }, 'not-for-the-default-account'],
    ['ClusterRole + ClusterRoleBinding', { 'role.yaml': clusterWide('depto-a') }, 'not-in-depto-b'],
    ["the slide's capital P kept", { 'role.yaml': replace('name: pochoclo', 'name: Pochoclo') }, 'pochoclo-sleeps-in-depto-a'],
  ],
  [
    [
      'a ClusterRole bound by a RoleBinding in depto-a',
      {
        'role.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: mascota-malcriada\n  namespace: depto-a', 'kind: ClusterRole\nmetadata:\n  name: mascota-malcriada'),
          replace('  kind: Role\n', '  kind: ClusterRole\n'),
        ),
      },
    ],
    [
      'other names for the Role and the RoleBinding',
      { 'role.yaml': chain(replace('mascota-malcriada', 'duerme-sillon'), replace('pochoclo-malcriado', 'pochoclo-duerme')) },
    ],
    [
      'binding first, flow style',
      {
        'role.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: b, namespace: depto-a }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
subjects: [{ kind: User, name: pochoclo }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: r, namespace: depto-a }
rules: [{ apiGroups: [""], resources: [sillones], verbs: [dormir] }]
`,
      },
    ],
  ],
);

check(
  '01-rbac/01-subject-verb-object/exercises/couch-is-a-configmap',
  [
    ['every ConfigMap (no resourceNames)', { 'role.yaml': replace('    resourceNames: ["sillon"]\n', '') }, 'pantry-is-off-limits'],
    ['delete kept', { 'role.yaml': replace('verbs: ["update", "patch"]', 'verbs: ["update", "patch", "delete"]') }, 'no-throwing-the-couch-out'],
    ['"*" verbs on the couch', { 'role.yaml': replace('verbs: ["update", "patch"]', 'verbs: ["*"]') }, 'no-throwing-the-couch-out'],
    [
      'a second rule reading Secrets',
      {
        'role.yaml': replace(
          '    verbs: ["update", "patch"]\n',
          '    verbs: ["update", "patch"]\n  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["get"]\n',
        ),
      },
      'no-secrets',
    ],
    ['"*" resources named sillon', { 'role.yaml': replace('resources: ["configmaps"]', 'resources: ["*"]') }, 'only-the-couch'],
    [
      'create on configmaps, to "fix" no-new-furniture the other way round',
      {
        'role.yaml': replace(
          '    verbs: ["update", "patch"]\n',
          '    verbs: ["update", "patch"]\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["create"]\n',
        ),
      },
      'no-new-furniture',
    ],
    ['every authenticated user bound too', { 'role.yaml': addSubject(USER('pochoclo'), GROUP_AUTH) }, 'not-for-manteca'],
    ['ClusterRole + ClusterRoleBinding', { 'role.yaml': clusterWide('depto-a') }, 'not-the-neighbours-couch'],
    [
      'bound to the built-in ClusterRole edit',
      { 'role.yaml': replace('  kind: Role\n  name: mascota-malcriada', '  kind: ClusterRole\n  name: edit') },
      'no-secrets',
    ],
  ],
  [
    [
      'update and patch in two rules',
      {
        'role.yaml': replace(
          '    verbs: ["update", "patch"]\n',
          '    verbs: ["update"]\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    resourceNames: ["sillon"]\n    verbs: ["patch"]\n',
        ),
      },
    ],
    [
      'get added, as client-side kubectl apply reads the object first',
      { 'role.yaml': replace('verbs: ["update", "patch"]', 'verbs: ["get", "update", "patch"]') },
    ],
    [
      'a ClusterRole bound in depto-a only',
      {
        'role.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: mascota-malcriada\n  namespace: depto-a', 'kind: ClusterRole\nmetadata:\n  name: mascota-malcriada'),
          replace('  kind: Role\n', '  kind: ClusterRole\n'),
        ),
      },
    ],
    ['renamed', { 'role.yaml': chain(replace('mascota-malcriada', 'duerme-en-el-sillon'), replace('pochoclo-malcriado', 'pochoclo-duerme')) }],
  ],
);

check(
  '01-rbac/01-subject-verb-object/exercises/fight-is-a-subresource',
  [
    ['every Pod can be evicted (no resourceNames)', { 'role.yaml': replace('    resourceNames: ["aceituna"]\n', '') }, 'leave-michi-alone'],
    ['exec added', { 'role.yaml': replace('resources: ["pods/eviction"]', 'resources: ["pods/eviction", "pods/exec"]') }, 'no-exec'],
    [
      'delete on pods kept',
      {
        'role.yaml': replace(
          '    verbs: ["create"]\n',
          '    verbs: ["create"]\n  - apiGroups: [""]\n    resources: ["pods"]\n    resourceNames: ["aceituna"]\n    verbs: ["delete"]\n',
        ),
      },
      'fighting-is-not-killing',
    ],
    [
      'create on pods kept',
      { 'role.yaml': replace('resources: ["pods/eviction"]\n    resourceNames: ["aceituna"]', 'resources: ["pods/eviction", "pods"]') },
      'no-new-pets',
    ],
    ['ClusterRole + ClusterRoleBinding', { 'role.yaml': clusterWide('depto-a') }, 'not-the-neighbours-aceituna'],
    [
      'every ServiceAccount of depto-a bound too',
      { 'role.yaml': addSubject(USER('pochoclo'), '  - kind: Group\n    name: system:serviceaccounts:depto-a\n    apiGroup: rbac.authorization.k8s.io\n') },
      'not-for-the-default-account',
    ],
    ['"*" verbs', { 'role.yaml': replace('verbs: ["create"]', 'verbs: ["*"]') }, 'only-fighting'],
  ],
  [
    [
      'a ClusterRole bound in depto-a',
      {
        'role.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: mascota-peleadora\n  namespace: depto-a', 'kind: ClusterRole\nmetadata:\n  name: mascota-peleadora'),
          replace('  kind: Role\n', '  kind: ClusterRole\n'),
        ),
      },
    ],
    ['renamed', { 'role.yaml': chain(replace('mascota-peleadora', 'pelea'), replace('pochoclo-peleador', 'pochoclo-pelea')) }],
    [
      'flow style, binding first',
      {
        'role.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: p, namespace: depto-a }
subjects: [{ kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }]
roleRef: { kind: Role, name: p, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: p, namespace: depto-a }
rules: [{ apiGroups: [""], resources: [pods/eviction], resourceNames: [aceituna], verbs: [create] }]
`,
      },
    ],
  ],
);

const LOCAL = (name: string, ns: string, user: string, role = 'mascota-malcriada', kind = 'ClusterRole') => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ${name}, namespace: ${ns} }
subjects: [{ kind: User, name: ${user}, apiGroup: rbac.authorization.k8s.io }]
roleRef: { kind: ${kind}, name: ${role}, apiGroup: rbac.authorization.k8s.io }
`;
const STAR_ROLE = (ns: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: todo, namespace: ${ns} }
rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }]
`;
const SLEEP_ROLE = (ns: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: dormir, namespace: ${ns} }
rules: [{ apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: [update, patch] }]
`;

check(
  '01-rbac/02-global-and-local-roles/exercises/malcriada-assumed-locally',
  [
    [
      'the start: a ClusterRoleBinding',
      {
        'bindings.yaml': `${LOCAL('m', 'depto-b', 'manteca')}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: p }\nsubjects: [{ kind: User, name: pochoclo, apiGroup: rbac.authorization.k8s.io }]\nroleRef: { kind: ClusterRole, name: mascota-malcriada, apiGroup: rbac.authorization.k8s.io }\n`,
      },
      'pochoclo-not-at-the-neighbours',
    ],
    [
      'new Roles with "*" on everything, bound locally',
      {
        'bindings.yaml': [
          STAR_ROLE('depto-a'),
          LOCAL('p', 'depto-a', 'pochoclo', 'todo', 'Role'),
          STAR_ROLE('depto-b'),
          LOCAL('m', 'depto-b', 'manteca', 'todo', 'Role'),
        ].join('---\n'),
      },
      'pochoclo-only-sleeps',
    ],
    [
      'the same "*" Roles also fail for Manteca',
      {
        'bindings.yaml': [
          STAR_ROLE('depto-a'),
          LOCAL('p', 'depto-a', 'pochoclo', 'todo', 'Role'),
          STAR_ROLE('depto-b'),
          LOCAL('m', 'depto-b', 'manteca', 'todo', 'Role'),
        ].join('---\n'),
      },
      'manteca-only-sleeps',
    ],
    [
      'both pets in both bindings',
      {
        'bindings.yaml': replace(
          '    name: manteca\n    apiGroup: rbac.authorization.k8s.io\n',
          `    name: manteca\n    apiGroup: rbac.authorization.k8s.io\n${USER('pochoclo')}`,
        ),
      },
      'pochoclo-not-at-the-neighbours',
    ],
    [
      'the role redefined with "*" verbs ("leave the role alone")',
      {
        'bindings.yaml': (s) =>
          `${s}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: mascota-malcriada }\nrules: [{ apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: ["*"] }]\n`,
      },
      'pochoclo-only-sleeps',
    ],
    [
      'every authenticated user bound in depto-a',
      {
        'bindings.yaml': replace(
          '    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io\n',
          `    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io\n${GROUP_AUTH}`,
        ),
      },
      'not-for-aceituna',
    ],
    [
      'Manteca global, Pochoclo local',
      {
        'bindings.yaml': `${LOCAL('p', 'depto-a', 'pochoclo')}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: { name: m }\nsubjects: [{ kind: User, name: manteca, apiGroup: rbac.authorization.k8s.io }]\nroleRef: { kind: ClusterRole, name: mascota-malcriada, apiGroup: rbac.authorization.k8s.io }\n`,
      },
      'manteca-not-at-the-neighbours',
    ],
  ],
  [
    [
      'local copies of the role instead of the ClusterRole',
      {
        'bindings.yaml': [
          SLEEP_ROLE('depto-a'),
          LOCAL('p', 'depto-a', 'pochoclo', 'dormir', 'Role'),
          SLEEP_ROLE('depto-b'),
          LOCAL('m', 'depto-b', 'manteca', 'dormir', 'Role'),
        ].join('---\n'),
      },
    ],
    [
      'flow style, Manteca first, other names',
      { 'bindings.yaml': `${LOCAL('manteca-duerme', 'depto-b', 'manteca')}---\n${LOCAL('pochoclo-duerme', 'depto-a', 'pochoclo')}` },
    ],
    ['the ClusterRoleBinding deleted, a comment left', { 'bindings.yaml': (s) => `# the ClusterRoleBinding is gone\n${s}` }],
  ],
);

const PETS = '01-rbac/02-global-and-local-roles/exercises/three-pets';
const CONFIANZUDA_CRB = /---\napiVersion: rbac.authorization.k8s.io\/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: pochoclo-confianzudo\n[\s\S]*$/;
check(
  PETS,
  [
    [
      'Confianzuda as one RoleBinding per existing apartment',
      {
        'rbac.yaml': replace(
          CONFIANZUDA_CRB,
          `---\n${['depto-a', 'depto-b', 'depto-c'].map((ns) => LOCAL(`agua-${ns}`, ns, 'pochoclo', 'mascota-confianzuda')).join('---\n')}`,
        ),
      },
      'drink-in-any-new-apartment',
    ],
    ['Confianzuda without resourceNames', { 'rbac.yaml': replace('    resourceNames: ["bebedero"]\n', '') }, 'no-raiding-the-pantry'],
    [
      'Confianzuda may list too',
      { 'rbac.yaml': replace('    resourceNames: ["bebedero"]\n    verbs: ["get"]', '    verbs: ["get", "list"]') },
      'no-listing-everything',
    ],
    [
      'Malcriada bound cluster-wide',
      {
        'rbac.yaml': replace(
          'kind: RoleBinding\nmetadata:\n  name: pochoclo-malcriado\n  namespace: depto-a',
          'kind: ClusterRoleBinding\nmetadata:\n  name: pochoclo-malcriado',
        ),
      },
      'no-sleeping-in-depto-b',
    ],
    [
      'Peleadora made global',
      {
        'rbac.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: mascota-peleadora\n  namespace: depto-a', 'kind: ClusterRole\nmetadata:\n  name: mascota-peleadora'),
          replace(
            'kind: RoleBinding\nmetadata:\n  name: pochoclo-peleador\n  namespace: depto-a',
            'kind: ClusterRoleBinding\nmetadata:\n  name: pochoclo-peleador',
          ),
          replace('  kind: Role\n  name: mascota-peleadora', '  kind: ClusterRole\n  name: mascota-peleadora'),
        ),
      },
      'no-fighting-in-depto-b',
    ],
    [
      'water for every authenticated user',
      { 'rbac.yaml': replace('  name: pochoclo-confianzudo\nsubjects:\n', `  name: pochoclo-confianzudo\nsubjects:\n${GROUP_AUTH}`) },
      'not-for-manteca',
    ],
    [
      'drinking with "*" verbs',
      { 'rbac.yaml': replace('    resourceNames: ["bebedero"]\n    verbs: ["get"]', '    resourceNames: ["bebedero"]\n    verbs: ["*"]') },
      'card-cluster-wide',
    ],
  ],
  [
    [
      'Peleadora as a ClusterRole bound in depto-a',
      {
        'rbac.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: mascota-peleadora\n  namespace: depto-a', 'kind: ClusterRole\nmetadata:\n  name: mascota-peleadora'),
          replace('  kind: Role\n  name: mascota-peleadora', '  kind: ClusterRole\n  name: mascota-peleadora'),
        ),
      },
    ],
    [
      'every name changed',
      {
        'rbac.yaml': chain(
          replace('mascota-malcriada', 'malcriada'),
          replace('mascota-peleadora', 'peleadora'),
          replace('mascota-confianzuda', 'confianzuda'),
          replace('pochoclo-', 'ficha-'),
        ),
      },
    ],
    ['documents in the reverse order', { 'rbac.yaml': (s) => s.split('\n---\n').reverse().join('\n---\n') }],
  ],
);

const CI_ROLE = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ci, namespace: shop }
rules:
${rules}---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ci-bot, namespace: shop }
subjects: [{ kind: User, name: ci-bot, apiGroup: rbac.authorization.k8s.io }]
roleRef: { kind: Role, name: ci, apiGroup: rbac.authorization.k8s.io }
`;
const SIX = '[get, list, watch, create, update, patch]';
check(
  '01-rbac/02-global-and-local-roles/exercises/wildcards-grow',
  [
    ['the start: ci-all', { 'rbac.yaml': replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: ci-all') }, 'no-secrets'],
    ['the built-in ClusterRole edit', { 'rbac.yaml': replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: edit') }, 'no-secrets'],
    [
      '"*" verbs on the three resources',
      { 'rbac.yaml': replace(/verbs: \["get", "list", "watch", "create", "update", "patch"\]/g, 'verbs: ["*"]') },
      'exactly-what-it-needs',
    ],
    [
      'delete added',
      {
        'rbac.yaml': replace(
          'resources: ["services", "configmaps"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]',
          'resources: ["services", "configmaps"]\n    verbs: ["get", "list", "watch", "create", "update", "patch", "delete"]',
        ),
      },
      'exactly-what-it-needs',
    ],
    [
      'secrets added to the core rule',
      { 'rbac.yaml': replace('resources: ["services", "configmaps"]', 'resources: ["services", "configmaps", "secrets"]') },
      'no-secrets',
    ],
    [
      'bound with a ClusterRoleBinding',
      {
        'rbac.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: ci-deployer\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: ci-deployer'),
          replace('kind: RoleBinding\nmetadata:\n  name: ci-bot\n  namespace: shop', 'kind: ClusterRoleBinding\nmetadata:\n  name: ci-bot'),
          replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: ci-deployer'),
        ),
      },
      'only-in-shop',
    ],
    [
      'every authenticated user bound too',
      {
        'rbac.yaml': replace(
          '    name: ci-bot\n    apiGroup: rbac.authorization.k8s.io\n',
          `    name: ci-bot\n    apiGroup: rbac.authorization.k8s.io\n${GROUP_AUTH}`,
        ),
      },
      'not-for-dev',
    ],
    ['"*" resources in apps', { 'rbac.yaml': replace('resources: ["deployments"]', 'resources: ["*"]') }, 'exactly-what-it-needs'],
  ],
  [
    [
      'one rule per resource',
      {
        'rbac.yaml': CI_ROLE(
          `  - { apiGroups: [apps], resources: [deployments], verbs: ${SIX} }\n  - { apiGroups: [""], resources: [services], verbs: ${SIX} }\n  - { apiGroups: [""], resources: [configmaps], verbs: ${SIX} }\n`,
        ),
      },
    ],
    [
      'a ClusterRole bound in shop',
      {
        'rbac.yaml': chain(
          replace('kind: Role\nmetadata:\n  name: ci-deployer\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: ci-deployer'),
          replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: ci-deployer'),
        ),
      },
    ],
    [
      'verbs in another order, read and write rules apart',
      {
        'rbac.yaml': CI_ROLE(
          `  - { apiGroups: [apps], resources: [deployments], verbs: [watch, list, get] }\n  - { apiGroups: [apps], resources: [deployments], verbs: [patch, update, create] }\n  - { apiGroups: [""], resources: [configmaps, services], verbs: ${SIX} }\n`,
        ),
      },
    ],
  ],
);
