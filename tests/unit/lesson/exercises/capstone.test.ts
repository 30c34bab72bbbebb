// Capstone exercises (lessons/04-capstone): insecure answers a learner might type must fail the goal
// that names the problem; unusual but correct answers must pass every goal. Semantics behind the
// goals: RBAC resourceNames (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources),
// NetworkPolicy peers (https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors),
// audit policy order (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace, type Edit } from './harness';

const shop = loadExercise('04-capstone/01-secure-the-shop/exercises/secure-the-shop');
const attack = loadExercise('04-capstone/01-secure-the-shop/exercises/attack-path');

const NO_RESOURCE_NAMES = chain(replace('    resourceNames: ["api-config"]\n', ''), replace('    resourceNames: ["db-credentials"]\n', ''));
const FRONTEND_EGRESS_PORT_ONLY = replace(
  `  egress:
    - to:
        - podSelector:
            matchLabels:
              app: api
      ports:
        - port: http`,
  `  egress:
    - ports:
        - port: 8080`,
);
const DNS_SPLIT_PEERS = replace(
  `        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:`,
  `        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
        - podSelector:`,
);
const RENAME_SAS = {
  'rbac.yaml': chain(
    replace(/kind: ServiceAccount\nmetadata:\n  name: (\w+)/, 'kind: ServiceAccount\nmetadata:\n  name: shop-$1'),
    replace(/- kind: ServiceAccount\n    name: (\w+)/, '- kind: ServiceAccount\n    name: shop-$1'),
  ),
  'workloads.yaml': replace(/serviceAccountName: (\w+)/, 'serviceAccountName: shop-$1'),
};

// [what the learner did, edits of the solution, a goal that must fail]
const wrong: [string, Record<string, Edit>, string][] = [
  ['api Role: get on all configmaps and secrets (no resourceNames)', { 'rbac.yaml': NO_RESOURCE_NAMES }, 'api-least-privilege'],
  ['api Role without resourceNames reads the other Secret', { 'rbac.yaml': NO_RESOURCE_NAMES }, 'api-not-other-secret'],
  ['api Role without resourceNames reads the frontend ConfigMap', { 'rbac.yaml': NO_RESOURCE_NAMES }, 'api-not-other-configmap'],
  [
    'api Role also lists secrets',
    { 'rbac.yaml': replace('    resourceNames: ["db-credentials"]\n    verbs: ["get"]', '    verbs: ["get", "list"]') },
    'api-cannot-list-secrets',
  ],
  ['frontend egress: ports 8080 with no `to`', { 'netpol.yaml': FRONTEND_EGRESS_PORT_ONLY }, 'frontend-only-api'],
  ['frontend egress: ports 8080 with no `to` reaches the internet', { 'netpol.yaml': FRONTEND_EGRESS_PORT_ONLY }, 'frontend-no-internet'],
  ['DNS peer split into namespaceSelector OR podSelector', { 'netpol.yaml': DNS_SPLIT_PEERS }, 'dns-only-coredns'],
  [
    'DNS rule without `to`',
    {
      'netpol.yaml': replace(
        `    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:`,
        '    - ports:',
      ),
    },
    'no-internet-dns',
  ],
  ['API server egress widened to the node network', { 'netpol.yaml': replace('cidr: 192.168.49.2/32', 'cidr: 192.168.49.0/24') }, 'api-only-apiserver'],
  [
    'api egress to the API server without `to`',
    {
      'netpol.yaml': replace(
        `    - to:
        - ipBlock:
            cidr: 192.168.49.2/32
      ports:`,
        '    - ports:',
      ),
    },
    'api-only-apiserver',
  ],
  [
    'db ingress from anywhere on 5432 (no `from`)',
    {
      'netpol.yaml': replace(
        `  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: api
      ports:
        - port: 5432`,
        `  ingress:
    - ports:
        - port: 5432`,
      ),
    },
    'other-namespace-not-db',
  ],
  [
    'api ingress from anywhere on 8080',
    {
      'netpol.yaml': replace(
        `  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: frontend
      ports:`,
        `  ingress:
    - ports:`,
      ),
    },
    'internet-not-api',
  ],
  [
    'the Role also bound to the default ServiceAccount',
    {
      'rbac.yaml': replace(
        '  - kind: ServiceAccount\n    name: api\n    namespace: shop\n',
        '  - kind: ServiceAccount\n    name: api\n    namespace: shop\n  - kind: ServiceAccount\n    name: default\n    namespace: shop\n',
      ),
    },
    'default-sa-powerless',
  ],
  [
    'the Role bound to every ServiceAccount of shop',
    {
      'rbac.yaml': replace(
        '  - kind: ServiceAccount\n    name: api\n    namespace: shop\n',
        '  - kind: Group\n    name: system:serviceaccounts:shop\n    apiGroup: rbac.authorization.k8s.io\n',
      ),
    },
    'frontend-powerless',
  ],
  [
    'a ClusterRole and ClusterRoleBinding: db-credentials everywhere',
    {
      'rbac.yaml': chain(
        replace('kind: Role\nmetadata:\n  name: api\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: api'),
        replace('kind: RoleBinding\nmetadata:\n  name: api\n  namespace: shop', 'kind: ClusterRoleBinding\nmetadata:\n  name: api'),
        replace('  kind: Role\n  name: api', '  kind: ClusterRole\n  name: api'),
      ),
    },
    'api-only-in-shop',
  ],
  [
    'the api keeps running as default',
    { 'workloads.yaml': replace('      serviceAccountName: api               # its token is what reads api-config and db-credentials\n', '') },
    'api-own-identity',
  ],
  [
    'frontend gets its token back',
    {
      'workloads.yaml': replace('      automountServiceAccountToken: false   # it never calls the Kubernetes API\n', ''),
      'rbac.yaml': replace('  name: frontend\n  namespace: shop\nautomountServiceAccountToken: false', '  name: frontend\n  namespace: shop'),
    },
    'frontend-no-token',
  ],
  ['namespace enforces only baseline', { 'namespace.yaml': replace('enforce: restricted', 'enforce: baseline') }, 'baseline-pod-rejected'],
  ['namespace only warns', { 'namespace.yaml': replace('    pod-security.kubernetes.io/enforce: restricted\n', '') }, 'root-pod-rejected'],
  ['db runs as root', { 'workloads.yaml': replace('runAsUser: 999            # the postgres user of the official image', 'runAsUser: 0') }, 'db-restricted'],
  [
    'the api pods name a ServiceAccount that does not exist (the API server rejects them)',
    { 'workloads.yaml': replace('serviceAccountName: api ', 'serviceAccountName: api-sa ') },
    'api-reads-db-secret',
  ],
  [
    'the ServiceAccounts forgotten in rbac.yaml',
    { 'rbac.yaml': replace(/# One ServiceAccount per app[\s\S]*?---\n# Exactly/, '# Exactly') },
    'api-reads-config',
  ],
  [
    'audit: shop ServiceAccounts at None first',
    { 'audit-policy.yaml': replace('rules:\n', 'rules:\n  - level: None\n    userGroups: ["system:serviceaccounts:shop"]\n') },
    'audit-sa-reads-secret',
  ],
  [
    'audit: secrets at RequestResponse',
    { 'audit-policy.yaml': replace('rules:\n', 'rules:\n  - level: RequestResponse\n    resources:\n      - group: ""\n        resources: ["secrets"]\n') },
    'audit-no-secret-bodies',
  ],
  ['audit: catch-all at None', { 'audit-policy.yaml': replace(/  - level: Metadata\n$/, '  - level: None\n') }, 'audit-everything-else'],
];

describe('secure-the-shop: wrong answers fail the goal that names the problem', () => {
  it.each(wrong)('%s', (_what, edits, goal) => {
    expect(failingGoals(shop, edits)).toContain(goal);
  });
});

// [what the learner did, edits of the solution]
const right: [string, Record<string, Edit>][] = [
  ['ServiceAccounts named shop-api, shop-frontend, shop-db', RENAME_SAS],
  [
    'one Role and one RoleBinding per object',
    {
      'rbac.yaml': replace(
        `  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["db-credentials"]
    verbs: ["get"]
---`,
        `---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: api-secret
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["db-credentials"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: api-secret
  namespace: shop
subjects:
  - kind: ServiceAccount
    name: api
    namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: api-secret
---`,
      ),
    },
  ],
  [
    'DNS namespace chosen with matchExpressions',
    {
      'netpol.yaml': replace(
        `        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system`,
        `        - namespaceSelector:
            matchExpressions:
              - key: kubernetes.io/metadata.name
                operator: In
                values: [kube-system]`,
      ),
    },
  ],
  ['numbered ports instead of named ones', { 'netpol.yaml': replace('        - port: http', '        - port: 8080') }],
  [
    'token switched off on the ServiceAccounts only',
    {
      'workloads.yaml': chain(
        replace('      automountServiceAccountToken: false   # it never calls the Kubernetes API\n', ''),
        replace('      serviceAccountName: db\n      automountServiceAccountToken: false\n', '      serviceAccountName: db\n'),
      ),
    },
  ],
  [
    'audit: ServiceAccounts reading secrets get their own rule first',
    {
      'audit-policy.yaml': replace(
        'rules:\n',
        'rules:\n  - level: Metadata\n    userGroups: ["system:serviceaccounts"]\n    resources:\n      - group: ""\n        resources: ["secrets"]\n',
      ),
    },
  ],
  [
    'a ClusterRole with resourceNames, bound only in shop by a RoleBinding',
    {
      'rbac.yaml': chain(
        replace('kind: Role\nmetadata:\n  name: api\n  namespace: shop', 'kind: ClusterRole\nmetadata:\n  name: shop-api-reader'),
        replace('  kind: Role\n  name: api', '  kind: ClusterRole\n  name: shop-api-reader'),
      ),
    },
  ],
  ['the namespace also pins enforce-version to a release', { 'namespace.yaml': replace('enforce-version: latest', 'enforce-version: v1.33') }],
];

describe('secure-the-shop: unusual right answers pass every goal', () => {
  it('the solution itself passes', () => {
    expect(failingGoals(shop, {})).toEqual([]);
  });
  it.each(right)('%s', (_what, edits) => {
    expect(failingGoals(shop, edits)).toEqual([]);
  });
});

const DB_PEER = '        - podSelector:\n            matchLabels:\n              app: payments-api\n';

const attackWrong: [string, Record<string, Edit>, string][] = [
  [
    'the frontend keeps its token',
    {
      'frontend.yaml': replace('      automountServiceAccountToken: false   # a shell here finds no token to steal\n', ''),
      'rbac.yaml': replace('automountServiceAccountToken: false', 'automountServiceAccountToken: true'),
    },
    'no-token-in-frontend',
  ],
  [
    'the debug Role moved to the new ServiceAccount',
    {
      'rbac.yaml': (t) =>
        `${t}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: debug\n  namespace: shop\nrules:\n  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["get", "list"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: debug\n  namespace: shop\nsubjects:\n  - kind: ServiceAccount\n    name: frontend\n    namespace: shop\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: debug\n`,
    },
    'frontend-pods-no-secrets',
  ],
  ['the db open to every pod of payments', { 'payments-netpol.yaml': replace(DB_PEER, '        - podSelector: {}\n') }, 'payments-neighbour-not-db'],
  ['the db open on every port to payments-api', { 'payments-netpol.yaml': replace('      ports:\n        - port: 5432\n', '') }, 'payments-db-only-postgres'],
  ['the db open to every namespace', { 'payments-netpol.yaml': replace(DB_PEER, '        - namespaceSelector: {}\n') }, 'frontend-not-payments-db'],
  [
    'the frontend names a ServiceAccount that was never created',
    { 'rbac.yaml': replace(/apiVersion: v1\nkind: ServiceAccount\n[\s\S]*?automountServiceAccountToken: false\n/, '') },
    'frontend-pods-no-secrets',
  ],
  [
    'the frontend root filesystem writable',
    { 'frontend.yaml': replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') },
    'foothold-read-only-root',
  ],
];

const attackRight: [string, Record<string, Edit>][] = [
  [
    'the frontend ServiceAccount named shop-frontend',
    {
      'rbac.yaml': replace('  name: frontend\n', '  name: shop-frontend\n'),
      'frontend.yaml': replace('serviceAccountName: frontend', 'serviceAccountName: shop-frontend'),
    },
  ],
  [
    'the db peer with a namespaceSelector for payments too',
    {
      'payments-netpol.yaml': replace(
        DB_PEER,
        '        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: payments\n          podSelector:\n            matchLabels:\n              app: payments-api\n',
      ),
    },
  ],
];

describe('attack-path', () => {
  it('the solution passes every goal', () => {
    expect(failingGoals(attack, {})).toEqual([]);
  });
  it.each(attackWrong)('wrong: %s', (_what, edits, goal) => {
    expect(failingGoals(attack, edits)).toContain(goal);
  });
  it.each(attackRight)('right: %s', (_what, edits) => {
    expect(failingGoals(attack, edits)).toEqual([]);
  });
});
