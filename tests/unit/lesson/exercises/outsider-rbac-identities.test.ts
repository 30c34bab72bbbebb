// ServiceAccounts and audit policies tried from outside: near-misses (each must fail the goal that
// names it) and equivalent answers written differently (each must pass every goal).
// Semantics: a pod's automountServiceAccountToken wins over its ServiceAccount's, a projected
// serviceAccountToken volume or a service-account-token Secret mounts a credential whatever
// automount says (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/);
// a ServiceAccount subject may be written as the User system:serviceaccount:ns:name
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects); audit rules
// match by verbs, userGroups, namespaces and resources, the first match wins
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy).
import { chain, outsiderTable, replace } from './harness';

const table = outsiderTable;

const appendDoc = (doc: string) => (text: string) => `${text}---\n${doc}`;
const projectedToken = (indent: string) =>
  `${indent}volumes:\n${indent}  - name: tok\n${indent}    projected:\n${indent}      sources:\n${indent}        - serviceAccountToken: { path: token, expirationSeconds: 3600 }\n`;
const SA = '01-rbac/03-service-accounts/exercises';

const D = 'deployments.yaml';
table(`${SA}/borrowed-identity`, [
  [
    'the camera template sets automountServiceAccountToken: true',
    { [D]: replace('      serviceAccountName: camara\n', '      serviceAccountName: camara\n      automountServiceAccountToken: true\n') },
    'camera-no-token',
  ],
  [
    'the camera SA bound to the refill role too',
    {
      [D]: appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: camara, namespace: depto-a}\nsubjects: [{kind: ServiceAccount, name: camara, namespace: depto-a}]\nroleRef: {kind: Role, name: rellenar-bebedero, apiGroup: rbac.authorization.k8s.io}\n',
      ),
    },
    'camera-pods-cannot-refill',
  ],
  [
    'a projected token volume written by hand into the camera',
    {
      [D]: replace(
        '          image: registry.example.com/casa/camara:2.0\n',
        `          image: registry.example.com/casa/camara:2.0\n          volumeMounts: [{ name: tok, mountPath: /var/run/secrets/tokens }]\n${projectedToken('      ')}`,
      ),
    },
    'camera-no-token',
  ],
  [
    'the camera on default with automount off',
    { [D]: replace('      serviceAccountName: camara\n', '      automountServiceAccountToken: false\n') },
    'camera-own-identity',
  ],
  [
    'the camera on the deprecated serviceAccount: comedero',
    { [D]: replace('      serviceAccountName: camara\n', '      serviceAccount: comedero\n') },
    'camera-pods-cannot-refill',
  ],
  [
    'a privileged init container in the camera',
    {
      [D]: replace(
        '      serviceAccountName: camara\n',
        '      serviceAccountName: camara\n      initContainers:\n        - name: init\n          image: busybox:1.37\n          securityContext: { privileged: true }\n',
      ),
    },
    'camera-admitted',
  ],
  [
    'automount off on the pod instead of the ServiceAccount',
    {
      [D]: chain(
        replace('automountServiceAccountToken: false\n', ''),
        replace('      serviceAccountName: camara\n', '      serviceAccountName: camara\n      automountServiceAccountToken: false\n'),
      ),
    },
    null,
  ],
  [
    'the camera ServiceAccount named pet-cam',
    {
      [D]: (t) =>
        t
          .replace('name: camara\n  namespace: depto-a\nautomount', 'name: pet-cam\n  namespace: depto-a\nautomount')
          .replace('serviceAccountName: camara', 'serviceAccountName: pet-cam'),
    },
    null,
  ],
  [
    'a matchExpressions selector',
    {
      [D]: replace('  selector:\n    matchLabels:\n      app: camara\n', '  selector:\n    matchExpressions: [{ key: app, operator: In, values: [camara] }]\n'),
    },
    null,
  ],
]);

const BIND = 'binding.yaml';
const builder = '  - kind: ServiceAccount\n    name: builder\n    namespace: ci\n';
table(`${SA}/builder-cross-namespace`, [
  [
    'the Group system:serviceaccounts:ci',
    { [BIND]: replace(builder, '  - kind: Group\n    name: system:serviceaccounts:ci\n    apiGroup: rbac.authorization.k8s.io\n') },
    'runner-does-not',
  ],
  [
    'a ClusterRoleBinding',
    {
      [BIND]: replace(
        'kind: RoleBinding\nmetadata:\n  name: builder-reads-pods\n  namespace: shop',
        'kind: ClusterRoleBinding\nmetadata:\n  name: builder-reads-pods',
      ),
    },
    'builder-only-in-shop',
  ],
  ['the RoleBinding in ci, where builder lives', { [BIND]: replace('  namespace: shop\nsubjects', '  namespace: ci\nsubjects') }, 'builder-reads-shop'],
  ['the view ClusterRole', { [BIND]: replace('name: pod-reader', 'name: view') }, 'builder-reads-nothing-else-in-shop'],
  [
    'also the Group system:serviceaccounts:shop',
    { [BIND]: replace('roleRef:', '  - kind: Group\n    name: system:serviceaccounts:shop\n    apiGroup: rbac.authorization.k8s.io\nroleRef:') },
    'frontend-does-not',
  ],
  [
    'the subject as User system:serviceaccount:ci:builder',
    { [BIND]: replace(builder, '  - kind: User\n    name: system:serviceaccount:ci:builder\n    apiGroup: rbac.authorization.k8s.io\n') },
    null,
  ],
  [
    'a local Role in shop instead of the ClusterRole',
    {
      [BIND]: (t) =>
        `${t.replace('kind: ClusterRole\n  name: pod-reader', 'kind: Role\n  name: read-pods')}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: read-pods, namespace: shop}\nrules: [{apiGroups: [""], resources: [pods], verbs: [list, get, watch]}]\n`,
    },
    null,
  ],
]);

const C = 'comedero.yaml';
const RB = 'rbac.yaml';
const saDoc = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: comedero\n  namespace: depto-a\n---\n';
table(`${SA}/one-sa-per-app`, [
  [
    'default kept as a second subject',
    { [RB]: replace('roleRef:', '  - kind: ServiceAccount\n    name: default\n    namespace: depto-a\nroleRef:') },
    'default-has-nothing',
  ],
  [
    'the Group system:serviceaccounts:depto-a',
    {
      [RB]: replace(
        '  - kind: ServiceAccount\n    name: comedero\n    namespace: depto-a\n',
        '  - kind: Group\n    name: system:serviceaccounts:depto-a\n    apiGroup: rbac.authorization.k8s.io\n',
      ),
    },
    'camera-pod-cannot',
  ],
  ['the edit ClusterRole', { [RB]: replace('  kind: Role\n  name: rellenar-bebedero', '  kind: ClusterRole\n  name: edit') }, 'feeder-only-refills'],
  [
    'a hostPath cache under another name',
    {
      [C]: replace(
        '      image: registry.example.com/casa/comedero:1.4\n',
        '      image: registry.example.com/casa/comedero:1.4\n      volumeMounts: [{ name: cache, mountPath: /cache }]\n  volumes: [{ name: cache, hostPath: { path: /var/lib/kubelet } }]\n',
      ),
    },
    'feeder-admitted',
  ],
  [
    'the ServiceAccount named feeder',
    {
      [C]: replace('serviceAccountName: comedero', 'serviceAccountName: feeder'),
      [RB]: (t) => t.replace(/name: comedero\n {2}namespace/, 'name: feeder\n  namespace').replace('    name: comedero\n', '    name: feeder\n'),
    },
    null,
  ],
  [
    'the ServiceAccount moved next to the pod',
    { [RB]: replace(saDoc, ''), [C]: (t) => `apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: comedero, namespace: depto-a}\n---\n${t}` },
    null,
  ],
]);

const RR = 'role.yaml';
table(`${SA}/reporter-from-audit`, [
  ['every ConfigMap (no resourceNames)', { [RR]: replace('    resourceNames: ["report-config"]\n', '') }, 'no-other-configmaps'],
  ['get pods too', { [RR]: replace('verbs: ["list", "watch"]', 'verbs: ["get", "list", "watch"]') }, 'exactly-what-it-did'],
  ['pods/log too', { [RR]: replace('resources: ["pods"]', 'resources: ["pods", "pods/log"]') }, 'exactly-what-it-did'],
  [
    'the view ClusterRole added for reading',
    {
      [RR]: appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: view, namespace: shop}\nsubjects: [{kind: ServiceAccount, name: reporter, namespace: shop}]\nroleRef: {kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io}\n',
      ),
    },
    'no-other-configmaps',
  ],
  [
    'Events only in events.k8s.io',
    { [RR]: replace('  - apiGroups: [""]\n    resources: ["events"]', '  - apiGroups: ["events.k8s.io"]\n    resources: ["events"]') },
    'posts-events',
  ],
  [
    'a ClusterRole bound by the RoleBinding',
    {
      [RR]: (t) =>
        t
          .replace('kind: Role\nmetadata:\n  name: reporter\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: reporter')
          .replace('  kind: Role\n  name: reporter', '  kind: ClusterRole\n  name: reporter'),
    },
    null,
  ],
  [
    'the rules in flow style and another order',
    {
      [RR]: (t) =>
        t.replace(
          /rules:[\s\S]*?---/,
          'rules: [{apiGroups: [""], resources: [events], verbs: [create]}, {apiGroups: [""], resources: [pods], verbs: [watch, list]}, {apiGroups: [""], resources: [configmaps], verbs: [get], resourceNames: [report-config]}]\n---',
        ),
    },
    null,
  ],
]);

const A = 'app.yaml';
const frontendEnd = '        - containerPort: 8080\n---';
table(`${SA}/tokens-you-dont-need`, [
  [
    'automount off on the shared ServiceAccount',
    {
      [A]: replace(
        '  namespace: shop\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: frontend',
        '  namespace: shop\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: frontend',
      ),
    },
    'api-keeps-its-token',
  ],
  [
    'a projected token volume written by hand into the frontend',
    {
      [A]: replace(
        frontendEnd,
        `        - containerPort: 8080\n      volumeMounts: [{ name: tok, mountPath: /var/run/secrets/kubernetes.io/serviceaccount }]\n${projectedToken('  ')}---`,
      ),
    },
    'frontend-holds-no-credential',
  ],
  [
    'a service-account-token Secret mounted into the frontend',
    {
      [A]: (t) =>
        `${replace(frontendEnd, '        - containerPort: 8080\n      volumeMounts: [{ name: tok, mountPath: /var/run/secrets/kubernetes.io/serviceaccount }]\n  volumes: [{ name: tok, secret: { secretName: shop-app-token } }]\n---')(t)}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-app-token\n  namespace: shop\n  annotations: { kubernetes.io/service-account.name: shop-app }\ntype: kubernetes.io/service-account-token\n`,
    },
    'frontend-holds-no-credential',
  ],
  [
    'the frontend on the host network',
    { [A]: replace('  automountServiceAccountToken: false\n', '  automountServiceAccountToken: false\n  hostNetwork: true\n') },
    'frontend-admitted',
  ],
  [
    'the frontend on its own ServiceAccount without token',
    {
      [A]: (t) =>
        `${t.replace('  serviceAccountName: shop-app\n  automountServiceAccountToken: false\n', '  serviceAccountName: web\n')}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop}\nautomountServiceAccountToken: false\n`,
    },
    null,
  ],
  [
    'automount off on the ServiceAccount, on again in the api',
    {
      [A]: (t) =>
        t
          .replace(
            '  namespace: shop\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: frontend',
            '  namespace: shop\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: frontend',
          )
          .replace(
            'spec:\n  serviceAccountName: shop-app\n  containers:\n    - name: api',
            'spec:\n  serviceAccountName: shop-app\n  automountServiceAccountToken: true\n  containers:\n    - name: api',
          ),
    },
    null,
  ],
]);

const AUDIT = '01-rbac/04-audit-logs/exercises';
const P = 'audit-policy.yaml';
table(`${AUDIT}/no-secret-bodies`, [
  [
    'the Secrets rule limited to get, list, watch and create',
    { [P]: replace('  - level: Metadata\n    resources:\n', '  - level: Metadata\n    verbs: ["get", "list", "watch", "create"]\n    resources:\n') },
    'update-secret-metadata',
  ],
  [
    'the Secrets rule limited to authenticated users',
    { [P]: replace('  - level: Metadata\n    resources:\n', '  - level: Metadata\n    userGroups: ["system:authenticated"]\n    resources:\n') },
    'anonymous-secret-metadata',
  ],
  [
    'the Secrets rule only in payments',
    { [P]: replace('  - level: Metadata\n    resources:\n', '  - level: Metadata\n    namespaces: ["payments"]\n    resources:\n') },
    'a-serviceaccount-reading-a-secret',
  ],
  ['all of serviceaccounts instead of serviceaccounts/token', { [P]: replace('"serviceaccounts/token"', '"serviceaccounts"') }, 'serviceaccounts-full-detail'],
  ['omitStages RequestReceived', { [P]: replace('rules:\n', 'omitStages: ["RequestReceived"]\nrules:\n') }, null],
  [
    'one rule per sensitive resource, in flow style',
    {
      [P]: replace(
        '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets", "configmaps", "serviceaccounts/token"]\n      - group: "authentication.k8s.io"\n        resources: ["tokenreviews"]\n',
        '  - level: Metadata\n    resources: [{group: "", resources: ["secrets"]}]\n  - level: Metadata\n    resources: [{group: "authentication.k8s.io", resources: ["tokenreviews"]}]\n  - level: Metadata\n    resources: [{group: "", resources: ["configmaps", "serviceaccounts/token"]}]\n',
      ),
    },
    null,
  ],
]);

table(`${AUDIT}/quiet-the-noise`, [
  [
    'every anonymous request silenced',
    {
      [P]: replace(
        '  - level: None\n    nonResourceURLs:',
        '  - level: None\n    userGroups: ["system:unauthenticated"]\n  - level: None\n    nonResourceURLs:',
      ),
    },
    'anonymous-secrets-are-recorded',
  ],
  ['/* silenced with the probes', { [P]: replace('      - "/healthz"\n', '      - "/*"\n      - "/healthz"\n') }, 'metrics-are-recorded'],
  [
    "kube-proxy's watches on the whole core group",
    { [P]: replace('        resources: ["endpoints", "services"]\n', '') },
    'kube-proxy-watching-secrets-is-recorded',
  ],
  [
    'every authenticated watch on Services and endpoints',
    { [P]: replace('    users: ["system:kube-proxy"]\n', '    userGroups: ["system:authenticated"]\n') },
    'others-watching-services-are-recorded',
  ],
  [
    'prefix wildcards /healthz*, /livez*, /readyz*',
    {
      [P]: replace(
        '      - "/healthz"\n      - "/healthz/*"\n      - "/livez"\n      - "/livez/*"\n      - "/readyz"\n      - "/readyz/*"\n',
        '      - "/healthz*"\n      - "/livez*"\n      - "/readyz*"\n',
      ),
    },
    null,
  ],
]);

table(`${AUDIT}/talk-policy`, [
  ['pods/* at RequestResponse with pods', { [P]: replace('resources: ["pods"]', 'resources: ["pods", "pods/*"]') }, 'pod-logs-metadata'],
  ['the leader rule for every ConfigMap', { [P]: replace('        resourceNames: ["controller-leader"]\n', '') }, 'only-the-leader-is-silent'],
  [
    'the leader rule narrowed to the controller manager in kube-system',
    {
      [P]: replace(
        '  - level: None\n    resources:',
        '  - level: None\n    users: ["system:kube-controller-manager"]\n    namespaces: ["kube-system"]\n    resources:',
      ),
    },
    null,
  ],
]);
