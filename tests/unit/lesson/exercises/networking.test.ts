// Networking exercises (lessons/03-networking): insecure answers must fail the goal that names the
// problem, unusual right answers must pass every goal. Semantics: peers in one `from`/`to` entry
// are ANDed, separate entries ORed; a rule without `to`/`from` matches everyone; policies only add
// (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace, type Edit } from './harness';

const dns = loadExercise('03-networking/03-network-policies/exercises/egress-and-dns');
const deny = loadExercise('03-networking/03-network-policies/exercises/default-deny');
const flat = loadExercise('03-networking/01-networking-model/exercises/flat-network');
const sidecar = loadExercise('03-networking/01-networking-model/exercises/sidecar-localhost');
const andOr = loadExercise('03-networking/03-network-policies/exercises/and-or');
const noDeny = loadExercise('03-networking/03-network-policies/exercises/no-deny-rules');
const targetPort = loadExercise('03-networking/02-services/exercises/target-port');
const selector = loadExercise('03-networking/02-services/exercises/service-selector');

const DNS_PEER = `        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns`;

type Row = [string, Record<string, Edit>, string];
type Right = [string, Record<string, Edit>];

const dnsWrong: Row[] = [
  [
    'DNS peer split: namespaceSelector OR podSelector',
    { 'api-egress.yaml': replace(DNS_PEER, DNS_PEER.replace('          podSelector:', '        - podSelector:')) },
    'dns-not-other-kube-system-pod',
  ],
  [
    'DNS peer split also lets a look-alike in shop answer',
    { 'api-egress.yaml': replace(DNS_PEER, DNS_PEER.replace('          podSelector:', '        - podSelector:')) },
    'dns-not-lookalike-in-shop',
  ],
  [
    'DNS to any namespace with the kube-dns label',
    { 'api-egress.yaml': replace('            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n', '            {}\n') },
    'dns-not-lookalike-elsewhere',
  ],
  [
    'DNS to the whole kube-system namespace',
    { 'api-egress.yaml': replace('          podSelector:\n            matchLabels:\n              k8s-app: kube-dns\n', '') },
    'dns-not-other-kube-system-pod',
  ],
  [
    'DNS to 0.0.0.0/0 except 8.8.8.8',
    { 'api-egress.yaml': replace(DNS_PEER, '        - ipBlock:\n            cidr: 0.0.0.0/0\n            except: [8.8.8.8/32]') },
    'no-other-internet-dns',
  ],
  [
    'DNS to the whole pod network (ipBlock 10.244.0.0/16)',
    { 'api-egress.yaml': replace(DNS_PEER, '        - ipBlock:\n            cidr: 10.244.0.0/16') },
    'dns-not-other-kube-system-pod',
  ],
  [
    'DNS to the kube-dns Service IP (policies see the pod, not the ClusterIP)',
    { 'api-egress.yaml': replace(DNS_PEER, '        - ipBlock:\n            cidr: 10.96.0.10/32') },
    'dns-udp',
  ],
  ['DNS rule without `to` (the start)', { 'api-egress.yaml': replace(`    - to:\n${DNS_PEER}\n      ports:`, '    - ports:') }, 'no-outside-dns-udp'],
  ['policyTypes left out: ingress isolated too', { 'api-egress.yaml': replace('  policyTypes: [Egress]\n', '') }, 'frontend-still-reaches-api'],
  ['DNS over UDP only', { 'api-egress.yaml': replace('        - port: 53\n          protocol: TCP\n', '') }, 'dns-tcp'],
  ['db rule without a port', { 'api-egress.yaml': replace('      ports:\n        - port: 5432\n', '') }, 'db-only-postgres'],
  [
    'db rule to every pod of shop',
    { 'api-egress.yaml': replace('        - podSelector:\n            matchLabels:\n              app: db', '        - podSelector: {}') },
    'api-not-frontend',
  ],
  [
    'db rule without `to`',
    { 'api-egress.yaml': replace('    - to:\n        - podSelector:\n            matchLabels:\n              app: db\n      ports:', '    - ports:') },
    'no-internet-postgres',
  ],
];

const dnsRight: Right[] = [
  [
    'DNS peer with matchExpressions',
    {
      'api-egress.yaml': replace(
        DNS_PEER,
        `        - namespaceSelector:
            matchExpressions:
              - { key: kubernetes.io/metadata.name, operator: In, values: [kube-system] }
          podSelector:
            matchExpressions:
              - { key: k8s-app, operator: In, values: [kube-dns] }`,
      ),
    },
  ],
  [
    'DNS in a policy of its own',
    {
      'api-egress.yaml': replace(
        `    # DNS: only the cluster DNS pods, on UDP and TCP 53.
    - to:`,
        `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-dns
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes: [Egress]
  egress:
    - to:`,
      ),
    },
  ],
  [
    'one rule per protocol',
    {
      'api-egress.yaml': replace(
        '        - port: 53\n          protocol: UDP\n        - port: 53\n          protocol: TCP',
        `        - port: 53\n          protocol: UDP\n    - to:\n${DNS_PEER}\n      ports:\n        - port: 53\n          protocol: TCP`,
      ),
    },
  ],
  [
    'the db peer with a namespaceSelector for shop too',
    {
      'api-egress.yaml': replace(
        '        - podSelector:\n            matchLabels:\n              app: db',
        '        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: shop\n          podSelector:\n            matchLabels:\n              app: db',
      ),
    },
  ],
];

const denyWrong: Row[] = [
  ['default-deny deleted instead of fixed', { 'shop-policies.yaml': replace(/^[\s\S]*?---\n/, '') }, 'frontend-gets-nothing'],
  ['default-deny deleted: the cache is open', { 'shop-policies.yaml': replace(/^[\s\S]*?---\n/, '') }, 'cache-gets-nothing'],
  [
    'default-deny kept as `ingress: [{}]`',
    { 'shop-policies.yaml': replace('  policyTypes: [Ingress]\n---', '  policyTypes: [Ingress]\n  ingress:\n    - {}\n---') },
    'frontend-not-db',
  ],
  [
    'api open to every pod of shop',
    { 'shop-policies.yaml': replace('        - podSelector:\n            matchLabels:\n              app: frontend', '        - podSelector: {}') },
    'only-frontend-to-api',
  ],
  [
    'db open to every pod of shop',
    {
      'shop-policies.yaml': replace(
        '        - podSelector:\n            matchLabels:\n              app: api\n      ports:\n        - port: 5432',
        '        - podSelector: {}\n      ports:\n        - port: 5432',
      ),
    },
    'only-api-to-db',
  ],
  ['api rule without ports', { 'shop-policies.yaml': replace('      ports:\n        - port: 8080\n', '') }, 'admin-port-closed'],
  [
    'api open to every namespace',
    { 'shop-policies.yaml': replace('        - podSelector:\n            matchLabels:\n              app: frontend', '        - namespaceSelector: {}') },
    'other-namespace-blocked',
  ],
];

const denyRight: Right[] = [
  ['default-deny written as `ingress: []`', { 'shop-policies.yaml': replace('  policyTypes: [Ingress]\n---', '  policyTypes: [Ingress]\n  ingress: []\n---') }],
  ['the port by name', { 'shop-policies.yaml': replace('        - port: 8080', '        - port: http') }],
  [
    'default-deny with matchExpressions selecting every shop pod',
    { 'shop-policies.yaml': replace('spec:\n  podSelector: {}', 'spec:\n  podSelector:\n    matchExpressions:\n      - { key: app, operator: Exists }') },
  ],
  [
    'policies renamed',
    { 'shop-policies.yaml': chain(replace('name: api-from-frontend', 'name: allow-frontend-to-api'), replace('name: db-from-api', 'name: allow-api-to-db')) },
  ],
];

const FLAT_PEER = `        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: shop
          podSelector:`;

const flatWrong: Row[] = [
  [
    'all of shop allowed',
    { 'cache-store-policy.yaml': replace('          podSelector:\n            matchLabels:\n              app: api\n', '') },
    'shop-neighbour-blocked',
  ],
  [
    'shop OR app=api (two peers)',
    { 'cache-store-policy.yaml': replace(FLAT_PEER, FLAT_PEER.replace('          podSelector:', '        - podSelector:')) },
    'shop-neighbour-blocked',
  ],
  [
    'app=api in any namespace',
    { 'cache-store-policy.yaml': replace('            matchLabels:\n              kubernetes.io/metadata.name: shop\n', '            {}\n') },
    'other-api-blocked',
  ],
  [
    'podSelector alone (looks in secure-middleware)',
    {
      'cache-store-policy.yaml': replace(
        '        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: shop\n          podSelector:',
        '        - podSelector:',
      ),
    },
    'api-reaches-cache',
  ],
  ['no ports', { 'cache-store-policy.yaml': replace('      ports:\n        - port: 6379\n', '') }, 'only-redis-port'],
  ['no from (the start)', { 'cache-store-policy.yaml': replace(/    - from:[\s\S]*?app: api\n/, '    -\n') }, 'hacker-blocked'],
];

const flatRight: Right[] = [
  [
    'matchExpressions instead of matchLabels',
    {
      'cache-store-policy.yaml': replace(
        '            matchLabels:\n              kubernetes.io/metadata.name: shop',
        '            matchExpressions:\n              - { key: kubernetes.io/metadata.name, operator: In, values: [shop] }',
      ),
    },
  ],
  ['the port by name', { 'cache-store-policy.yaml': replace('        - port: 6379', '        - port: redis') }],
  [
    'a separate default-deny plus the allow',
    {
      'cache-store-policy.yaml': (s) =>
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\n  namespace: secure-middleware\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n---\n${s}`,
    },
  ],
];

const PROM_PEER = `        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: monitoring
          podSelector:`;

const sidecarWrong: Row[] = [
  [
    'the whole monitoring namespace',
    { 'allow-metrics.yaml': replace('          podSelector:\n            matchLabels:\n              app: prometheus\n', '') },
    'grafana-not-allowed',
  ],
  [
    'app=prometheus in any namespace',
    { 'allow-metrics.yaml': replace('            matchLabels:\n              kubernetes.io/metadata.name: monitoring\n', '            {}\n') },
    'other-prometheus-not-allowed',
  ],
  [
    'the status page opened too',
    { 'allow-metrics.yaml': replace('        - port: metrics', '        - port: metrics\n        - port: 8081') },
    'status-not-on-network',
  ],
  [
    'monitoring OR app=prometheus (two peers)',
    { 'allow-metrics.yaml': replace(PROM_PEER, PROM_PEER.replace('          podSelector:', '        - podSelector:')) },
    'grafana-not-allowed',
  ],
];

const sidecarRight: Right[] = [
  ['the port by number', { 'allow-metrics.yaml': replace('        - port: metrics', '        - port: 9113') }],
  [
    'a rule for the sidecar (useless but harmless: localhost never crosses the policy)',
    {
      'allow-metrics.yaml': replace(
        '  ingress:\n',
        '  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: web\n            matchExpressions:\n              - { key: never, operator: In, values: [matches] }\n      ports:\n        - port: 8081\n',
      ),
    },
  ],
];

const AND_PEER = `        - namespaceSelector:
            matchLabels:
              team: ops
          podSelector:`;

const andOrWrong: Row[] = [
  [
    'namespace OR label (two peers)',
    { 'db-metrics.yaml': replace(AND_PEER, AND_PEER.replace('          podSelector:', '        - podSelector:')) },
    'grafana-denied',
  ],
  [
    'label in every namespace',
    { 'db-metrics.yaml': replace('            matchLabels:\n              team: ops\n', '            {}\n') },
    'dev-prometheus-denied',
  ],
  ['no ports', { 'db-metrics.yaml': replace('      ports:\n        - port: 9187\n', '') }, 'prometheus-only-exporter-port'],
];

const andOrRight: Right[] = [
  ['namespace by name instead of team=ops', { 'db-metrics.yaml': replace('              team: ops', '              kubernetes.io/metadata.name: monitoring') }],
  [
    'matchExpressions',
    {
      'db-metrics.yaml': replace(
        '            matchLabels:\n              app: prometheus',
        '            matchExpressions:\n              - { key: app, operator: In, values: [prometheus] }',
      ),
    },
  ],
];

const noDenyWrong: Row[] = [
  [
    'every namespace, sandbox included',
    { 'api-policies.yaml': replace(/            matchExpressions:\n[\s\S]*?values: \["sandbox"\]\n/, '            {}\n') },
    'sandbox-denied',
  ],
  ['no ports', { 'api-policies.yaml': replace('      ports:\n        - port: 8080\n', '') }, 'only-8080'],
  [
    'ipBlock 0.0.0.0/0 for "the whole cluster"',
    { 'api-policies.yaml': replace(/        - namespaceSelector:\n[\s\S]*?values: \["sandbox"\]\n/, '        - ipBlock:\n            cidr: 0.0.0.0/0\n') },
    'outside-denied',
  ],
];

const noDenyRight: Right[] = [
  [
    'NotIn with the label the team gave sandbox',
    {
      'api-policies.yaml': replace(
        '              - key: kubernetes.io/metadata.name\n                operator: NotIn\n                values: ["sandbox"]',
        '              - key: kubernetes.io/metadata.name\n                operator: NotIn\n                values: [sandbox, sandbox-2]',
      ),
    },
  ],
];

const targetWrong: Row[] = [
  ['the Service port (80) in the policy', { 'api-ingress.yaml': replace('        - port: http', '        - port: 80') }, 'frontend-through-service'],
  [
    'no from',
    { 'api-ingress.yaml': replace('    - from:\n        - podSelector:\n            matchLabels:\n              app: frontend\n      ports:', '    - ports:') },
    'batch-blocked',
  ],
  [
    'no ports',
    {
      'api-ingress.yaml': replace(
        '      ports:\n        # The port the pod sees after the Service\'s translation: 8080, named "http".\n        - port: http\n',
        '',
      ),
    },
    'metrics-closed',
  ],
];

const targetRight: Right[] = [['the container port by number', { 'api-ingress.yaml': replace('        - port: http', '        - port: 8080') }]];

const selectorWrong: Row[] = [
  [
    'api selects every app=api pod (the admin pod refuses the frontend)',
    { 'services.yaml': replace('    app: api\n    tier: public\n', '    app: api\n') },
    'frontend-reaches-api',
  ],
];

const selectorRight: Right[] = [['targetPort by number', { 'services.yaml': replace(/targetPort: http/, 'targetPort: 8080') }]];

describe.each([
  ['egress-and-dns', dns, dnsWrong, dnsRight],
  ['default-deny', deny, denyWrong, denyRight],
  ['flat-network', flat, flatWrong, flatRight],
  ['sidecar-localhost', sidecar, sidecarWrong, sidecarRight],
  ['and-or', andOr, andOrWrong, andOrRight],
  ['no-deny-rules', noDeny, noDenyWrong, noDenyRight],
  ['target-port', targetPort, targetWrong, targetRight],
  ['service-selector', selector, selectorWrong, selectorRight],
] as const)('%s', (_id, exercise, wrong, right) => {
  it('the solution passes every goal', () => {
    expect(failingGoals(exercise, {})).toEqual([]);
  });
  it.each(wrong)('wrong: %s', (_what, edits, goal) => {
    expect(failingGoals(exercise, edits)).toContain(goal);
  });
  it.each(right)('right: %s', (_what, edits) => {
    expect(failingGoals(exercise, edits)).toEqual([]);
  });
});
