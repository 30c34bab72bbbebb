// Second outsider pass on ServiceAccounts and audit policies.
// Semantics: a ServiceAccount subject without namespace means the binding's namespace
// (pkg/registry/rbac/validation/rule.go appliesToUser); `serviceAccount` is the deprecated alias
// that fills `serviceAccountName` (pkg/apis/core/v1/defaults.go); YAML 1.1 `no` is false for
// kubectl (sigs.k8s.io/yaml); audit rules: first match wins, an empty field matches everything,
// `resources: [{group: ""}]` is every core resource, `*` at the end of a non-resource URL is a
// prefix, resources are matched by exact (lowercase plural) name
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy,
// staging/src/k8s.io/apiserver/pkg/audit/policy/checker.go).
import { chain, outsiderTable, replace } from './harness';

const SA = '01-rbac/03-service-accounts/exercises';
const AU = '01-rbac/04-audit-logs/exercises';
const GL = '01-rbac/02-global-and-local-roles/exercises';
const appendDoc = (doc: string) => (text: string) => `${text}---\n${doc}`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

outsiderTable(`${GL}/wildcards-grow`, [
  [
    'bind and escalate on roles for the pipeline',
    {
      'rbac.yaml': replace(
        '  - apiGroups: [""]\n',
        '  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["roles", "rolebindings"]\n    verbs: ["create", "bind", "escalate"]\n  - apiGroups: [""]\n',
      ),
    },
    'no-rbac',
  ],
  [
    'impersonate serviceaccounts for the pipeline',
    {
      'rbac.yaml': replace(
        '  - apiGroups: [""]\n',
        '  - apiGroups: [""]\n    resources: ["serviceaccounts"]\n    verbs: ["impersonate"]\n  - apiGroups: [""]\n',
      ),
    },
    'exactly-what-it-needs',
  ],
  [
    'the RoleBinding to the ci-all ClusterRole of the world',
    { 'rbac.yaml': replace('  kind: Role\n  name: ci-deployer', '  kind: ClusterRole\n  name: ci-all') },
    'no-secrets',
  ],
  [
    'nonResourceURLs in a namespaced Role',
    { 'rbac.yaml': replace('  - apiGroups: [""]\n', '  - nonResourceURLs: ["/healthz"]\n    verbs: ["get"]\n  - apiGroups: [""]\n') },
    'errors',
  ],
  [
    'a Group system:serviceaccounts:shop subject',
    { 'rbac.yaml': replace('roleRef:', '  - kind: Group\n    name: system:serviceaccounts:shop\n    apiGroup: rbac.authorization.k8s.io\nroleRef:') },
    'not-for-the-default-account',
  ],
  [
    'the verbs through one anchor',
    {
      'rbac.yaml': chain(
        replace(
          '    resources: ["deployments"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]',
          '    resources: ["deployments"]\n    verbs: &rw ["get", "list", "watch", "create", "update", "patch"]',
        ),
        replace(
          '    resources: ["services", "configmaps"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]',
          '    resources: ["services", "configmaps"]\n    verbs: *rw',
        ),
      ),
    },
    null,
  ],
  [
    'one rule per resource, CRLF',
    {
      'rbac.yaml': chain(
        replace(
          '    resources: ["services", "configmaps"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]',
          '    resources: ["services"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]',
        ),
        crlf,
      ),
    },
    null,
  ],
]);

const D = 'deployments.yaml';
outsiderTable(`${SA}/borrowed-identity`, [
  [
    'the camera names its ServiceAccount twice, comedero last (duplicate key)',
    { [D]: replace('      serviceAccountName: camara\n', '      serviceAccountName: camara\n      serviceAccountName: comedero\n') },
    'errors',
  ],
  [
    'automount written as the string "false" on the camera ServiceAccount',
    { [D]: replace('automountServiceAccountToken: false', 'automountServiceAccountToken: "false"') },
    'errors',
  ],
  [
    'the camera pods on a ServiceAccount named camera (none exists)',
    { [D]: replace('      serviceAccountName: camara\n', '      serviceAccountName: camera\n') },
    'camera-pods-cannot-refill',
  ],
  [
    'the camera ServiceAccount in another namespace',
    { [D]: replace('  name: camara\n  namespace: depto-a\nautomount', '  name: camara\n  namespace: default\nautomount') },
    'camera-pods-cannot-refill',
  ],
  [
    'labels through anchors, automount as YAML 1.1 no',
    {
      [D]: chain(
        replace('    matchLabels:\n      app: camara\n', '    matchLabels: &cam\n      app: camara\n'),
        replace('      labels:\n        app: camara\n', '      labels: *cam\n'),
        replace('automountServiceAccountToken: false', 'automountServiceAccountToken: no'),
      ),
    },
    null,
  ],
  [
    'the camera Deployment as a JSON document',
    {
      [D]: (s) =>
        s.replace(
          /apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n  name: camara[\s\S]*$/,
          '{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "camara", "namespace": "depto-a"}, "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "camara"}}, "template": {"metadata": {"labels": {"app": "camara"}}, "spec": {"serviceAccountName": "camara", "containers": [{"name": "camara", "image": "registry.example.com/casa/camara:2.0"}]}}}}\n',
        ),
    },
    null,
  ],
]);

const B = 'binding.yaml';
outsiderTable(`${SA}/builder-cross-namespace`, [
  ['the subject without namespace (it means shop, the binding’s)', { [B]: replace('    namespace: ci\n', '') }, 'builder-reads-shop'],
  [
    'the subject named by its username',
    { [B]: replace('    name: builder\n    namespace: ci\n', '    name: system:serviceaccount:ci:builder\n    namespace: ci\n') },
    'builder-reads-shop',
  ],
  ['the namespace written CI', { [B]: replace('    namespace: ci\n', '    namespace: CI\n') }, 'builder-reads-shop'],
  [
    'a Group system:serviceaccounts subject instead',
    {
      [B]: replace(
        '  - kind: ServiceAccount\n    name: builder\n    namespace: ci\n',
        '  - kind: Group\n    name: system:serviceaccounts\n    apiGroup: rbac.authorization.k8s.io\n',
      ),
    },
    'runner-does-not',
  ],
  [
    'the subject apiGroup "" written out, roleRef apiGroup left to the default',
    {
      [B]: chain(
        replace('    namespace: ci\n', '    namespace: ci\n    apiGroup: ""\n'),
        replace('  name: pod-reader\n  apiGroup: rbac.authorization.k8s.io\n', '  name: pod-reader\n'),
      ),
    },
    null,
  ],
  [
    'JSON with CRLF',
    {
      [B]: () =>
        '{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"b","namespace":"shop"},"subjects":[{"kind":"ServiceAccount","name":"builder","namespace":"ci"}],"roleRef":{"kind":"ClusterRole","name":"pod-reader","apiGroup":"rbac.authorization.k8s.io"}}\r\n',
    },
    null,
  ],
]);

outsiderTable(`${SA}/one-sa-per-app`, [
  [
    'the feeder RoleBinding in default',
    { 'rbac.yaml': replace('  name: comedero-rellena-bebedero\n  namespace: depto-a', '  name: comedero-rellena-bebedero\n  namespace: default') },
    'feeder-pod-refills',
  ],
  [
    'the feeder subject without namespace, binding in default',
    {
      'rbac.yaml': chain(
        replace('  name: comedero-rellena-bebedero\n  namespace: depto-a', '  name: comedero-rellena-bebedero\n  namespace: default'),
        replace('    name: comedero\n    namespace: depto-a\n', '    name: comedero\n'),
      ),
    },
    'feeder-pod-refills',
  ],
  [
    'the pod names its ServiceAccount twice, default last',
    { 'comedero.yaml': replace('  serviceAccountName: comedero\n', '  serviceAccountName: comedero\n  serviceAccountName: default\n') },
    'errors',
  ],
  [
    'a ClusterRoleBinding to the edit ClusterRole for the feeder',
    {
      'rbac.yaml': appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: comedero-edit}\nsubjects: [{kind: ServiceAccount, name: comedero, namespace: depto-a}]\nroleRef: {kind: ClusterRole, name: edit, apiGroup: rbac.authorization.k8s.io}\n',
      ),
    },
    'feeder-only-refills',
  ],
  [
    'the deprecated serviceAccount field (it fills serviceAccountName)',
    { 'comedero.yaml': replace('  serviceAccountName: comedero\n', '  serviceAccount: comedero\n') },
    null,
  ],
  [
    'the subject without namespace in a depto-a binding',
    { 'rbac.yaml': replace('    name: comedero\n    namespace: depto-a\n', '    name: comedero\n') },
    null,
  ],
]);

const RR = 'role.yaml';
outsiderTable(`${SA}/reporter-from-audit`, [
  [
    'list and watch on report-config by name too',
    { [RR]: replace('    resourceNames: ["report-config"]\n    verbs: ["get"]', '    resourceNames: ["report-config"]\n    verbs: ["get", "list", "watch"]') },
    'exactly-what-it-did',
  ],
  [
    'events in every API group',
    { [RR]: replace('  - apiGroups: [""]\n    resources: ["events"]', '  - apiGroups: ["*"]\n    resources: ["events"]') },
    'exactly-what-it-did',
  ],
  [
    'the same rules again as a ClusterRole with a ClusterRoleBinding',
    {
      [RR]: appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: reporter}\nrules: [{apiGroups: [""], resources: [pods], verbs: [list, watch]}]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: reporter}\nsubjects: [{kind: ServiceAccount, name: reporter, namespace: shop}]\nroleRef: {kind: ClusterRole, name: reporter, apiGroup: rbac.authorization.k8s.io}\n',
      ),
    },
    'nothing-cluster-wide',
  ],
  [
    'a Group system:serviceaccounts:shop subject',
    {
      [RR]: replace(
        '  - kind: ServiceAccount\n    name: reporter\n    namespace: shop\n',
        '  - kind: Group\n    name: system:serviceaccounts:shop\n    apiGroup: rbac.authorization.k8s.io\n',
      ),
    },
    'not-for-the-default-account',
  ],
  [
    'the subject without namespace, the rules as flow maps',
    {
      [RR]: chain(
        replace('    name: reporter\n    namespace: shop\n', '    name: reporter\n'),
        replace(
          '  - apiGroups: [""]\n    resources: ["pods"]\n    verbs: ["list", "watch"]\n',
          '  - {apiGroups: [""], resources: [pods], verbs: [watch]}\n  - {apiGroups: [""], resources: [pods], verbs: [list]}\n',
        ),
      ),
    },
    null,
  ],
  ['a comment-only document first, document ends, CRLF', { [RR]: (s) => crlf(`# reporter\n---\n${s.replace('---\n', '...\n---\n')}...\n`) }, null],
]);

const APP = 'app.yaml';
outsiderTable(`${SA}/tokens-you-dont-need`, [
  [
    'automount false, then true again (duplicate key)',
    { [APP]: replace('  automountServiceAccountToken: false\n', '  automountServiceAccountToken: false\n  automountServiceAccountToken: true\n') },
    'errors',
  ],
  ['automount as the string "false"', { [APP]: replace('  automountServiceAccountToken: false\n', '  automountServiceAccountToken: "false"\n') }, 'errors'],
  [
    'automount off on the shared ServiceAccount, the pod line removed',
    {
      [APP]: chain(
        replace('  automountServiceAccountToken: false\n', ''),
        replace('  name: shop-app\n  namespace: shop\n', '  name: shop-app\n  namespace: shop\nautomountServiceAccountToken: false\n'),
      ),
    },
    'api-keeps-its-token',
  ],
  [
    'automount false on the api instead of the frontend',
    {
      [APP]: chain(
        replace('  automountServiceAccountToken: false\n', ''),
        replace(
          '  serviceAccountName: shop-app\n  containers:\n    - name: api',
          '  serviceAccountName: shop-app\n  automountServiceAccountToken: false\n  containers:\n    - name: api',
        ),
      ),
    },
    'frontend-has-no-token',
  ],
  ['automount as YAML 1.1 no', { [APP]: replace('  automountServiceAccountToken: false\n', '  automountServiceAccountToken: no\n') }, null],
  [
    'a frontend ServiceAccount without token and without bindings',
    {
      [APP]: chain(
        replace('  serviceAccountName: shop-app\n  automountServiceAccountToken: false\n', '  serviceAccountName: frontend\n'),
        appendDoc('apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: frontend, namespace: shop}\nautomountServiceAccountToken: false\n'),
      ),
    },
    null,
  ],
]);

const P = 'audit-policy.yaml';
outsiderTable(`${AU}/no-secret-bodies`, [
  ['Secrets capitalized', { [P]: replace('resources: ["secrets", "configmaps"', 'resources: ["Secrets", "configmaps"') }, 'get-secret-metadata'],
  [
    'the core group written as v1',
    { [P]: replace('      - group: ""\n        resources: ["secrets"', '      - group: "v1"\n        resources: ["secrets"') },
    'get-secret-metadata',
  ],
  [
    'the sensitive rule only for get, list and watch',
    { [P]: replace('  - level: Metadata\n    resources:\n', '  - level: Metadata\n    verbs: ["get", "list", "watch"]\n    resources:\n') },
    'create-secret-metadata',
  ],
  [
    'the sensitive rule only in namespace shop',
    { [P]: replace('  - level: Metadata\n    resources:\n', '  - level: Metadata\n    namespaces: ["shop"]\n    resources:\n') },
    'get-secret-metadata',
  ],
  [
    'omitStages RequestReceived on the policy, the tokenreviews in their own rule',
    {
      [P]: chain(
        replace('rules:\n', 'omitStages: ["RequestReceived"]\nrules:\n'),
        replace('      - group: "authentication.k8s.io"\n        resources: ["tokenreviews"]\n', ''),
        replace(
          '  - level: RequestResponse\n',
          '  - level: Metadata\n    resources: [{group: authentication.k8s.io, resources: [tokenreviews]}]\n  - level: RequestResponse\n',
        ),
      ),
    },
    null,
  ],
  ['CRLF and a BOM', { [P]: (s) => `\uFEFF${crlf(s)}` }, null],
]);

outsiderTable(`${AU}/quiet-the-noise`, [
  ['kube-proxy named without the system: prefix', { [P]: replace('users: ["system:kube-proxy"]', 'users: ["kube-proxy"]') }, 'kube-proxy-endpointslices'],
  [
    'every core resource silenced for kube-proxy watches',
    { [P]: replace('      - group: ""\n        resources: ["endpoints", "services"]\n', '      - group: ""\n') },
    'kube-proxy-watching-secrets-is-recorded',
  ],
  ['one non-resource rule for /*', { [P]: replace(/    nonResourceURLs:\n(      - "[^"]+"\n)+/, '    nonResourceURLs: ["/*"]\n') }, 'metrics-are-recorded'],
  [
    'the catch-all moved first',
    { [P]: (s) => s.replace('rules:\n', 'rules:\n  - level: Metadata\n').replace(/  - level: Metadata\n?$/, '') },
    'kube-proxy-endpointslices',
  ],
  [
    'prefix patterns /healthz*, /livez*, /readyz*',
    { [P]: replace(/    nonResourceURLs:\n(      - "[^"]+"\n)+/, '    nonResourceURLs: ["/healthz*", "/livez*", "/readyz*"]\n') },
    null,
  ],
  [
    'the probes rule first, omitStages on both None rules',
    {
      [P]: (s) => {
        const [head, rest] = s.split('rules:\n');
        const rules = rest.split(/(?=^  - level:)/m);
        return `${head}rules:\n${rules[1]}${rules[0]}${rules.slice(2).join('')}`.replace(
          /  - level: None\n/g,
          '  - level: None\n    omitStages: ["RequestReceived"]\n',
        );
      },
    },
    null,
  ],
]);

outsiderTable(`${AU}/talk-policy`, [
  ['the None rule for every ConfigMap', { [P]: replace('        resourceNames: ["controller-leader"]\n', '') }, 'only-the-leader-is-silent'],
  ['every core resource with bodies first', { [P]: replace('      - group: ""\n        resources: ["pods"]\n', '      - group: ""\n') }, 'secret-get-no-body'],
  ['pods/* with bodies too', { [P]: replace('        resources: ["pods"]\n', '        resources: ["pods", "pods/*"]\n') }, 'pod-logs-metadata'],
  [
    'the controller-manager silenced whole (it writes the leader ConfigMap)',
    { [P]: replace('rules:\n', 'rules:\n  - level: None\n    users: ["system:kube-controller-manager"]\n') },
    'only-the-leader-is-silent',
  ],
  [
    'the leader rule moved first',
    {
      [P]: (s) => {
        const [head, rest] = s.split('rules:\n');
        const rules = rest.split(/(?=^  - level:)/m);
        return `${head}rules:\n${rules[2]}${rules[0]}${rules[1]}${rules.slice(3).join('')}`;
      },
    },
    null,
  ],
  [
    'flow style with omitStages',
    {
      [P]: () =>
        'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules: [{level: RequestResponse, resources: [{group: "", resources: [pods]}]}, {level: Metadata, resources: [{group: "", resources: [secrets]}]}, {level: None, resources: [{group: "", resources: [configmaps], resourceNames: [controller-leader]}]}, {level: Metadata}]\n',
    },
    null,
  ],
]);
