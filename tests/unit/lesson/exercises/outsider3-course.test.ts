// Third outsider pass, course-wide: answers copied from an old tutorial, and the same answer written
// differently. Removed API versions are refused by the API server, so the objects never exist:
// rbac.authorization.k8s.io/v1beta1 (removed in 1.22), apps/v1beta2 and extensions/v1beta1
// (removed in 1.16), policy/v1beta1 PodSecurityPolicy (removed in 1.25)
// (https://kubernetes.io/docs/reference/using-api/deprecation-guide/); a kind the cluster does not
// serve (a CRD that is not installed) is "no matches for kind" and is not created either
// (https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/). Order of
// documents and line endings do not change what kubectl applies
// (https://kubernetes.io/docs/concepts/cluster-administration/manage-deployment/#organizing-resource-configurations).
import { courseExerciseDirs, loadExercise, outsiderTable, type OutsiderCase } from './harness';

const appendDoc = (doc: string) => (text: string) => `${text.trimEnd()}\n---\n${doc}`;
const PSP =
  'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: permissive}\nspec: {privileged: true, seLinux: {rule: RunAsAny}, runAsUser: {rule: RunAsAny}, supplementalGroups: {rule: RunAsAny}, fsGroup: {rule: RunAsAny}}\n';
const UNKNOWN_KIND = 'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: allow-everything}\nspec: {rules: []}\n';
const reverse = (text: string) =>
  `${text
    .split(/^---\s*$/m)
    .map((d) => d.trim())
    .filter(Boolean)
    .reverse()
    .join('\n---\n')}\n`;
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
/** Old API versions a tutorial may still show, for the group a solution uses. */
const OLD_VERSIONS: [string, string, string][] = [
  ['rbac.authorization.k8s.io/v1\n', 'rbac.authorization.k8s.io/v1beta1\n', 'RBAC at rbac.authorization.k8s.io/v1beta1'],
  ['apps/v1\n', 'apps/v1beta2\n', 'workloads at apps/v1beta2'],
  ['networking.k8s.io/v1\n', 'extensions/v1beta1\n', 'NetworkPolicies at extensions/v1beta1'],
];

function courseCases(dir: string): OutsiderCase[] {
  const exercise = loadExercise(dir);
  const last = exercise.files[exercise.files.length - 1];
  const every = (edit: (text: string) => string) => Object.fromEntries(exercise.files.map((f) => [f, edit]));
  const cases: OutsiderCase[] = [
    ['a policy/v1beta1 PodSecurityPolicy appended', { [last]: appendDoc(PSP) }, 'errors'],
    ['a custom resource whose CRD is not installed appended', { [last]: appendDoc(UNKNOWN_KIND) }, 'errors'],
  ];
  for (const [from, to, title] of OLD_VERSIONS) {
    const files = exercise.files.filter((f) => exercise.solution[f].includes(from));
    if (files.length) cases.push([title, Object.fromEntries(files.map((f) => [f, (t: string) => t.split(from).join(to)])), 'errors']);
  }
  cases.push(['every file with its documents in reverse order', every(reverse), null], ['every file with CRLF line endings', every(crlf), null]);
  return cases;
}

for (const dir of courseExerciseDirs()) outsiderTable(dir, courseCases(dir));
