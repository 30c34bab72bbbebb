// Third outsider pass on RBAC: the learner's binding names more subjects than the brief. Every
// subject of a binding gets everything its role grants
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding);
// a ServiceAccount subject is `system:serviceaccount:<ns>:<name>` and a Group matches by name only,
// so a Group called like a user is another subject
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects). Before the
// `exclusive` allow goals, each of these passed every goal of its exercise. Right rewrites: the same
// subject written twice, a ServiceAccount subject with `apiGroup: ""`, and a User subject without `apiGroup` (v1 defaults it to
// rbac.authorization.k8s.io: pkg/apis/rbac/v1/defaults.go SetDefaults_Subject).
import { outsiderTable, replace, type OutsiderCase } from './harness';

const R = '01-rbac';
const subject = (yaml: string) => replace(/^subjects:\n/m, `subjects:\n${yaml}`);
const SA_KUBE_SYSTEM = '  - kind: ServiceAccount\n    name: default\n    namespace: kube-system\n';
const NODES = '  - kind: Group\n    name: system:nodes\n    apiGroup: rbac.authorization.k8s.io\n';
const ANA = '  - kind: User\n    name: ana\n    apiGroup: rbac.authorization.k8s.io\n';
const GROUP_NAMED = (name: string) => `  - kind: Group\n    name: ${name}\n    apiGroup: rbac.authorization.k8s.io\n`;

/** Three extra subjects (each fails `goal`) and two rewrites of the solution's first subject. */
function extraSubjects(file: string, goal: string, firstSubject: string, userLike?: string): OutsiderCase[] {
  const cases: OutsiderCase[] = [
    ['the binding also names the default ServiceAccount of kube-system', { [file]: subject(SA_KUBE_SYSTEM) }, goal],
    ['the binding also names the group system:nodes', { [file]: subject(NODES) }, goal],
    ['the binding also names the user ana', { [file]: subject(ANA) }, goal],
    ['the same subject written twice', { [file]: replace(firstSubject, `${firstSubject}${firstSubject}`) }, null],
  ];
  if (userLike) cases.push(['a Group named like the user', { [file]: subject(GROUP_NAMED(userLike)) }, goal]);
  const bare = firstSubject.replace('    apiGroup: rbac.authorization.k8s.io\n', '');
  if (bare !== firstSubject) cases.push(['the User subject without apiGroup (defaulted)', { [file]: replace(firstSubject, bare) }, null]);
  else
    cases.push([
      'the ServiceAccount subject with its empty apiGroup written out',
      { [file]: replace(firstSubject, `${firstSubject}    apiGroup: ""\n`) },
      null,
    ]);
  return cases;
}

const POCHOCLO = '  - kind: User\n    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io\n';
outsiderTable(`${R}/01-subject-verb-object/exercises/couch-is-a-configmap`, extraSubjects('role.yaml', 'patch-the-couch', POCHOCLO, 'pochoclo'));
outsiderTable(`${R}/01-subject-verb-object/exercises/fight-is-a-subresource`, extraSubjects('role.yaml', 'fight-aceituna', POCHOCLO, 'pochoclo'));
outsiderTable(`${R}/01-subject-verb-object/exercises/pochoclo-couch`, extraSubjects('role.yaml', 'pochoclo-sleeps-in-depto-a', POCHOCLO, 'pochoclo'));
outsiderTable(
  `${R}/02-global-and-local-roles/exercises/malcriada-assumed-locally`,
  extraSubjects('bindings.yaml', 'pochoclo-sleeps-at-home', POCHOCLO, 'pochoclo'),
);
outsiderTable(`${R}/02-global-and-local-roles/exercises/three-pets`, extraSubjects('rbac.yaml', 'sleep-in-depto-a', POCHOCLO, 'pochoclo'));
outsiderTable(
  `${R}/02-global-and-local-roles/exercises/wildcards-grow`,
  extraSubjects('rbac.yaml', 'deploys', '  - kind: User\n    name: ci-bot\n    apiGroup: rbac.authorization.k8s.io\n', 'ci-bot'),
);
outsiderTable(
  `${R}/03-service-accounts/exercises/builder-cross-namespace`,
  extraSubjects('binding.yaml', 'builder-reads-shop', '  - kind: ServiceAccount\n    name: builder\n    namespace: ci\n'),
);
outsiderTable(
  `${R}/03-service-accounts/exercises/one-sa-per-app`,
  extraSubjects('rbac.yaml', 'feeder-pod-refills', '  - kind: ServiceAccount\n    name: comedero\n    namespace: depto-a\n'),
);
outsiderTable(
  `${R}/03-service-accounts/exercises/reporter-from-audit`,
  extraSubjects('role.yaml', 'reads-its-config', '  - kind: ServiceAccount\n    name: reporter\n    namespace: shop\n'),
);
