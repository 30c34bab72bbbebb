// The introduction, networking and capstone exercises tried from outside: near-misses (each must
// fail the goal that names it) and equivalent answers written differently (each must pass every
// goal). Semantics: a peer with only a podSelector means the policy's namespace, one with
// `namespaceSelector: {}` every namespace; namespaceSelector and podSelector in one item are AND,
// in two items OR; endPort opens a range; ports are the pod's, after a Service's translation
// (https://kubernetes.io/docs/concepts/services-networking/network-policies/); Pod Security baseline
// refuses privileged, host namespaces, hostPath and hostPort in every container list
// (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
import { chain, outsiderTable, replace } from './harness';

const table = outsiderTable;

const appendDoc = (doc: string) => (text: string) => `${text}---\n${doc}`;
/** Insert `namespaceSelector: {}` into the peer that starts with `podSelector` and matches `app`. */
const anyNamespace = (app: string, indent = '        ') =>
  replace(
    `${indent}- podSelector:\n${indent}    matchLabels:\n${indent}      app: ${app}\n`,
    `${indent}- namespaceSelector: {}\n${indent}  podSelector:\n${indent}    matchLabels:\n${indent}      app: ${app}\n`,
  );

const SW = 'static-web.yaml';
table('00-introduction/01-kubernetes-basics/exercises/static-web-in-lab', [
  [
    'a privileged init container',
    {
      [SW]: replace(
        '  containers:\n',
        '  initContainers:\n    - name: init\n      image: busybox:1.37\n      securityContext: { privileged: true }\n  containers:\n',
      ),
    },
    'admitted-in-lab',
  ],
  [
    'the Docker socket as a hostPath named cache',
    {
      [SW]: chain(
        replace('  containers:\n', '  volumes: [{ name: cache, hostPath: { path: /var/run/docker.sock } }]\n  containers:\n'),
        replace('          protocol: TCP\n', '          protocol: TCP\n      volumeMounts: [{ name: cache, mountPath: /cache }]\n'),
      ),
    },
    'admitted-in-lab',
  ],
  ['hostPID', { [SW]: replace('spec:\n', 'spec:\n  hostPID: true\n') }, 'admitted-in-lab'],
  ['a hostPort', { [SW]: replace('          protocol: TCP\n', '          protocol: TCP\n          hostPort: 80\n') }, 'admitted-in-lab'],
  ['an extra label', { [SW]: replace('    app: static-web\n', '    app: static-web\n    role: client\n') }, null],
  [
    'kind first, namespace first, flow ports',
    {
      [SW]: () =>
        '# static-web, in lab\nkind: Pod\napiVersion: v1\nmetadata:\n  namespace: lab\n  name: static-web\n  labels: {app: static-web}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    ports: [{name: web, containerPort: 80}]\n',
    },
    null,
  ],
]);

const NM = '03-networking/01-networking-model/exercises';
const F = 'cache-store-policy.yaml';
const shopApi =
  '        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: shop\n          podSelector:\n            matchLabels:\n              app: api\n';
table(`${NM}/flat-network`, [
  ['the whole pod network as an ipBlock', { [F]: replace(shopApi, '        - ipBlock: { cidr: 10.244.0.0/16 }\n') }, 'neighbour-blocked'],
  ["the api node's pod range as an ipBlock", { [F]: replace(shopApi, '        - ipBlock: { cidr: 10.244.0.0/24 }\n') }, 'hacker-blocked'],
  ['a port range from 6379', { [F]: replace('        - port: 6379\n', '        - port: 6379\n          endPort: 16379\n') }, 'only-redis-port'],
  [
    'podSelector app: api alone (that is secure-middleware)',
    { [F]: replace(shopApi, '        - podSelector:\n            matchLabels:\n              app: api\n') },
    'api-reaches-cache',
  ],
  [
    'an extra policy that opens the namespace',
    {
      [F]: appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: debug, namespace: secure-middleware}\nspec:\n  podSelector: {}\n  ingress: [{from: [{podSelector: {}}]}]\n',
      ),
    },
    'neighbour-blocked',
  ],
  ['the api pod IP as a /32 ipBlock', { [F]: replace(shopApi, '        - ipBlock: { cidr: 10.244.0.7/32 }\n') }, null],
  [
    'matchExpressions, the named port and a default deny',
    {
      [F]: (t) =>
        `${replace(shopApi, '        - namespaceSelector:\n            matchExpressions: [{ key: kubernetes.io/metadata.name, operator: In, values: [shop] }]\n          podSelector:\n            matchExpressions: [{ key: app, operator: In, values: [api] }]\n')(t).replace('- port: 6379', '- port: redis\n          protocol: TCP')}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: default-deny, namespace: secure-middleware}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n`,
    },
    null,
  ],
]);

const S = 'allow-metrics.yaml';
table(`${NM}/sidecar-localhost`, [
  [
    'the status port for Prometheus too',
    { [S]: replace('        - port: metrics\n', '        - port: metrics\n        - port: status\n') },
    'status-not-on-network',
  ],
  ['every pod of monitoring', { [S]: replace('          podSelector:\n            matchLabels:\n              app: prometheus\n', '') }, 'grafana-not-allowed'],
  [
    'Prometheus of any namespace',
    {
      [S]: replace(
        '        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: monitoring\n          podSelector:',
        '        - namespaceSelector: {}\n          podSelector:',
      ),
    },
    'other-prometheus-not-allowed',
  ],
  [
    'a rule "for the sidecar" from the web pod on 8081',
    { [S]: (t) => `${t}    - from: [{ podSelector: { matchLabels: { app: web } } }]\n      ports: [{ port: 8081 }]\n` },
    null,
  ],
  [
    'flow style with the port number',
    {
      [S]: () =>
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: allow-metrics, namespace: shop}\nspec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress], ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}, podSelector: {matchLabels: {app: prometheus}}}], ports: [{port: 9113, protocol: TCP}]}]}\n',
    },
    null,
  ],
]);

const SV = '03-networking/02-services/exercises';
table(`${SV}/service-selector`, [
  ['app: api alone (the admin pod too)', { 'services.yaml': replace('    app: api\n    tier: public\n', '    app: api\n') }, 'frontend-reaches-api'],
  [
    'a policy letting the frontend into every pod',
    {
      'services.yaml': appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: frontend-in, namespace: shop}\nspec: {podSelector: {}, ingress: [{from: [{podSelector: {matchLabels: {app: frontend}}}]}]}\n',
      ),
    },
    'frontend-not-admin',
  ],
  ['tier: public alone', { 'services.yaml': replace('    app: api\n    tier: public\n', '    tier: public\n') }, null],
  ['targetPort as the number 8080', { 'services.yaml': (t) => t.replace(/targetPort: http/g, 'targetPort: 8080') }, null],
]);

const A = 'api-ingress.yaml';
table(`${SV}/target-port`, [
  [
    'no ports',
    { [A]: replace('      ports:\n        # The port the pod sees after the Service\'s translation: 8080, named "http".\n        - port: http\n', '') },
    'metrics-closed',
  ],
  ['every pod of shop', { [A]: replace('            matchLabels:\n              app: frontend\n', '            {}\n') }, 'batch-blocked'],
  ['the range 8080-9090', { [A]: replace('        - port: http\n', '        - port: 8080\n          endPort: 9090\n') }, 'metrics-closed'],
  ['80 and 8080', { [A]: replace('        - port: http\n', '        - port: 80\n        - port: 8080\n') }, null],
  [
    'the frontend named with its namespace too',
    {
      [A]: replace('        - podSelector:\n', '        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: shop } }\n          podSelector:\n'),
    },
    null,
  ],
]);

const NP = '03-networking/03-network-policies/exercises';
const DD = 'shop-policies.yaml';
table(`${NP}/default-deny`, [
  ['the frontend peer from any namespace', { [DD]: anyNamespace('frontend') }, 'other-frontend-not-api'],
  ['the api peer from any namespace', { [DD]: anyNamespace('api') }, 'other-api-not-db'],
  [
    "the frontend node's pod range into the api",
    { [DD]: replace('        - podSelector:\n            matchLabels:\n              app: frontend\n', '        - ipBlock: { cidr: 10.244.0.0/24 }\n') },
    'only-frontend-to-api',
  ],
  [
    'ingress: [{}] in the default deny',
    { [DD]: replace('  podSelector: {}\n  policyTypes: [Ingress]\n', '  podSelector: {}\n  policyTypes: [Ingress]\n  ingress: [{}]\n') },
    'cache-gets-nothing',
  ],
  [
    'the default deny as ingress: [] without policyTypes',
    { [DD]: replace('  podSelector: {}\n  policyTypes: [Ingress]\n', '  podSelector: {}\n  ingress: []\n') },
    null,
  ],
  [
    'matchExpressions everywhere',
    { [DD]: (t) => t.replace(/matchLabels:\n {14}app: (\w+)/g, 'matchExpressions: [{key: app, operator: In, values: [$1]}]') },
    null,
  ],
]);

const E = 'api-egress.yaml';
const dnsPod = '          podSelector:\n            matchLabels:\n              k8s-app: kube-dns\n';
table(`${NP}/egress-and-dns`, [
  ['the db peer in any namespace', { [E]: anyNamespace('db') }, 'db-only-in-shop'],
  ['DNS to every pod of kube-system', { [E]: replace(dnsPod, '') }, 'dns-not-other-kube-system-pod'],
  [
    'the DNS peer split in two (OR)',
    { [E]: replace(dnsPod, '        - podSelector:\n            matchLabels:\n              k8s-app: kube-dns\n') },
    'dns-not-lookalike-in-shop',
  ],
  [
    'DNS to everything but 8.8.8.8',
    {
      [E]: replace(
        `        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n${dnsPod}`,
        '        - ipBlock: { cidr: 0.0.0.0/0, except: [8.8.8.8/32] }\n',
      ),
    },
    'no-other-internet-dns',
  ],
  [
    'Ingress declared too, with the frontend rule',
    {
      [E]: replace(
        'policyTypes: [Egress]',
        'policyTypes: [Egress, Ingress]\n  ingress:\n    - from: [{ podSelector: { matchLabels: { app: frontend } } }]\n      ports: [{ port: 8080 }]',
      ),
    },
    null,
  ],
  ['TCP 53 without protocol (TCP is the default)', { [E]: replace('        - port: 53\n          protocol: TCP\n', '        - port: 53\n') }, null],
]);

const CAP = '04-capstone/01-secure-the-shop/exercises';
/** A projected serviceAccountToken volume after every `tmp` emptyDir of the file (the frontend's first). */
const projectedTok = replace(
  '        - name: tmp\n          emptyDir: {}\n',
  '        - name: tmp\n          emptyDir: {}\n        - name: tok\n          projected: { sources: [{ serviceAccountToken: { path: token } }] }\n',
);
const N = 'netpol.yaml';
table(`${CAP}/secure-the-shop`, [
  [
    'the db admits app: api from any namespace',
    {
      [N]: replace(
        '  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: api\n      ports:\n        - port: 5432',
        '  ingress:\n    - from:\n        - namespaceSelector: {}\n          podSelector:\n            matchLabels:\n              app: api\n      ports:\n        - port: 5432',
      ),
    },
    'staging-api-not-db',
  ],
  [
    'the api admits app: frontend from any namespace',
    {
      [N]: replace(
        '  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: frontend\n',
        '  ingress:\n    - from:\n        - namespaceSelector: {}\n          podSelector:\n            matchLabels:\n              app: frontend\n',
      ),
    },
    'staging-frontend-not-api',
  ],
  [
    'the frontend calls app: api in any namespace',
    {
      [N]: replace(
        '  egress:\n    - to:\n        - podSelector:\n            matchLabels:\n              app: api\n',
        '  egress:\n    - to:\n        - namespaceSelector: {}\n          podSelector:\n            matchLabels:\n              app: api\n',
      ),
    },
    'frontend-not-staging-api',
  ],
  ['the api calls app: db in any namespace', { [N]: anyNamespace('db') }, 'api-not-staging-db'],
  ['a projected token volume written by hand into the frontend', { 'workloads.yaml': projectedTok }, 'frontend-no-token'],
  ['the API server as a /24', { [N]: replace('cidr: 192.168.49.2/32', 'cidr: 192.168.49.0/24') }, 'api-only-apiserver'],
  [
    'the api bound to view cluster-wide as well',
    {
      'rbac.yaml': appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: api-view}\nsubjects: [{kind: ServiceAccount, name: api, namespace: shop}]\nroleRef: {kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io}\n',
      ),
    },
    'api-least-privilege',
  ],
  ['pods/exec logged in full with pods', { 'audit-policy.yaml': replace('resources: ["pods"]', 'resources: ["pods", "pods/exec"]') }, null],
]);

const P = 'payments-netpol.yaml';
table(`${CAP}/attack-path`, [
  [
    'the db admits app: payments-api from any namespace',
    { [P]: replace('        - podSelector:\n', '        - namespaceSelector: {}\n          podSelector:\n') },
    'payments-lookalike-not-db',
  ],
  [
    'the db admits the whole payments namespace',
    {
      [P]: replace(
        '        - podSelector:\n            matchLabels:\n              app: payments-api\n',
        '        - namespaceSelector:\n            matchLabels:\n              team: payments\n',
      ),
    },
    'payments-neighbour-not-db',
  ],
  [
    'the debug Role moved to the frontend ServiceAccount',
    {
      'rbac.yaml': appendDoc(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: debug, namespace: shop}\nrules: [{apiGroups: [""], resources: [secrets], verbs: [list, get]}]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: debug, namespace: shop}\nsubjects: [{kind: ServiceAccount, name: frontend, namespace: shop}]\nroleRef: {kind: Role, name: debug, apiGroup: rbac.authorization.k8s.io}\n',
      ),
    },
    'frontend-pods-no-password',
  ],
  ['a projected token volume written by hand into the frontend', { 'frontend.yaml': projectedTok }, 'no-token-in-frontend'],
  ['the frontend on default, token off', { 'frontend.yaml': replace('      serviceAccountName: frontend\n', '') }, 'frontend-own-identity'],
  [
    'payments-api named with its namespace (AND)',
    {
      [P]: replace(
        '        - podSelector:\n',
        '        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: payments } }\n          podSelector:\n',
      ),
    },
    null,
  ],
  [
    'a second policy that isolates the db',
    {
      [P]: appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-all, namespace: payments}\nspec: {podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress]}\n',
      ),
    },
    null,
  ],
]);
