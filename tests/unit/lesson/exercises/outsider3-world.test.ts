// Third outsider pass: answers that touch the world instead of the task. A learner's file is applied
// after the world, so re-declaring a world Namespace replaces its labels, and Pod Security reads only
// the namespace's `enforce` label to reject (warn and audit never reject)
// (https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces).
// Every subject of a binding gets its role, and a ClusterRoleBinding reaches every namespace
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding).
// Ephemeral containers cannot be set on create nor in a template (pkg/apis/core/validation/validation.go,
// ValidatePodCreate and ValidatePodTemplateSpec). A pod's automountServiceAccountToken wins over its
// ServiceAccount's (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting).
import { chain, outsiderTable, replace } from './harness';

const appendDoc = (doc: string) => (text: string) => `${text.trimEnd()}\n---\n${doc}`;
const namespace = (name: string, labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${labels ? `  labels:\n${labels}` : ''}`;

const W = 'static-web.yaml';
const privilegedWeb = chain(
  replace('spec:\n  containers:\n', 'spec:\n  hostPID: true\n  containers:\n'),
  replace('      image: nginx\n', '      image: nginx\n      securityContext: {privileged: true}\n'),
);
outsiderTable('00-introduction/01-kubernetes-basics/exercises/static-web-in-lab', [
  [
    'lab re-declared without its label, and a privileged hostPID static-web',
    { [W]: chain(privilegedWeb, appendDoc(namespace('lab', ''))) },
    'static-web-meets-baseline',
  ],
  [
    'lab re-declared to enforce privileged (static-web itself unchanged)',
    { [W]: appendDoc(namespace('lab', '    pod-security.kubernetes.io/enforce: privileged\n')) },
    'lab-still-refuses-privileged',
  ],
  [
    'lab re-declared with warn and audit baseline only',
    { [W]: appendDoc(namespace('lab', '    pod-security.kubernetes.io/warn: baseline\n    pod-security.kubernetes.io/audit: baseline\n')) },
    'lab-still-refuses-privileged',
  ],
  [
    'a debug container in ephemeralContainers',
    { [W]: (s) => `${s.trimEnd()}\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.37\n` },
    'errors',
  ],
  [
    'lab re-declared with the same enforce label and a pinned enforce-version',
    { [W]: appendDoc(namespace('lab', '    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.35\n')) },
    null,
  ],
  [
    'static-web without privilege escalation',
    { [W]: replace('      image: nginx\n', '      image: nginx\n      securityContext: {allowPrivilegeEscalation: false}\n') },
    null,
  ],
]);

const A = 'app.yaml';
const clusterBinding = (role: string, subject: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: extra}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role}}\nsubjects: [${subject}]\n`;
outsiderTable('01-rbac/03-service-accounts/exercises/tokens-you-dont-need', [
  [
    'cluster-admin for every ServiceAccount',
    { [A]: appendDoc(clusterBinding('cluster-admin', '{kind: Group, name: system:serviceaccounts, apiGroup: rbac.authorization.k8s.io}')) },
    'api-nothing-cluster-wide',
  ],
  [
    'view everywhere for shop-app',
    { [A]: appendDoc(clusterBinding('view', '{kind: ServiceAccount, name: shop-app, namespace: shop}')) },
    'api-nothing-cluster-wide',
  ],
  [
    'edit in shop for shop-app',
    {
      [A]: appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: extra, namespace: shop}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}\nsubjects: [{kind: ServiceAccount, name: shop-app, namespace: shop}]\n',
      ),
    },
    'api-nothing-more',
  ],
  [
    'automounting off on the ServiceAccount, on again on the api Pod',
    {
      [A]: chain(
        replace(
          'kind: ServiceAccount\nmetadata:\n  name: shop-app\n  namespace: shop\n',
          'kind: ServiceAccount\nmetadata:\n  name: shop-app\n  namespace: shop\nautomountServiceAccountToken: false\n',
        ),
        replace(
          '  serviceAccountName: shop-app\n  containers:\n    - name: api\n',
          '  serviceAccountName: shop-app\n  automountServiceAccountToken: true\n  containers:\n    - name: api\n',
        ),
      ),
    },
    null,
  ],
  [
    'the api Pod names its ServiceAccount through the deprecated serviceAccount field too',
    {
      [A]: replace(
        '  serviceAccountName: shop-app\n  containers:\n    - name: api\n',
        '  serviceAccountName: shop-app\n  serviceAccount: shop-app\n  containers:\n    - name: api\n',
      ),
    },
    null,
  ],
]);

const H = '02-hardening/02-containers/exercises';
outsiderTable(`${H}/drop-all`, [
  [
    'a harmless debug container in ephemeralContainers',
    { 'pod.yaml': replace('  volumes:\n', '  ephemeralContainers:\n    - name: debug\n      image: busybox:1.37\n  volumes:\n') },
    'errors',
  ],
  ['an empty ephemeralContainers list', { 'pod.yaml': replace('  volumes:\n', '  ephemeralContainers: []\n  volumes:\n') }, null],
]);
outsiderTable(`${H}/three-steps`, [
  [
    "a debug container in the template's ephemeralContainers",
    { 'deployment.yaml': (s) => `${s.trimEnd()}\n      ephemeralContainers:\n        - name: debug\n          image: busybox:1.37\n` },
    'errors',
  ],
]);
