// Second outsider pass on networking and the introduction.
// Semantics (https://kubernetes.io/docs/concepts/services-networking/network-policies/): `from: []`
// or `to: []` is the same as leaving it out (every peer); without `policyTypes`, a policy with
// egress rules also isolates ingress; policies add up (their union is allowed); `endPort` needs a
// numeric `port`; a port's protocol defaults to TCP and must match. A numeric string is no port
// name (IANA_SVC_NAME needs a letter: pkg/apis/core/validation/validation.go). Container ports are
// informational, but a policy's named port only matches a port the pod declares by that name
// (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container).
import { asList, chain, outsiderTable, replace } from './harness';

const NM = '03-networking/01-networking-model/exercises';
const SV = '03-networking/02-services/exercises';
const NP = '03-networking/03-network-policies/exercises';
const appendDoc = (doc: string) => (text: string) => `${text}---\n${doc}`;
/** A second policy that lets every address outside the pod network (the internet) into the namespace's pods. */
const internet = (namespace: string) =>
  appendDoc(
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: from-outside, namespace: ${namespace}}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]}]\n`,
  );

const F = 'cache-store-policy.yaml';
outsiderTable(`${NM}/flat-network`, [
  ['from: [] (every source)', { [F]: replace(/    - from:\n(.*\n)*?      ports:/, '    - from: []\n      ports:') }, 'hacker-blocked'],
  ['the Redis port over UDP', { [F]: replace('        - port: 6379', '        - port: 6379\n          protocol: UDP') }, 'api-reaches-cache'],
  ['only endPort', { [F]: replace('        - port: 6379', '        - endPort: 6379') }, 'errors'],
  ['the port as the string "6379"', { [F]: replace('        - port: 6379', '        - port: "6379"') }, 'errors'],
  [
    'a second policy for everything outside 10.0.0.0/8',
    {
      [F]: appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: outside, namespace: secure-middleware}\nspec:\n  podSelector: {matchLabels: {app: cache-store}}\n  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]}]\n',
      ),
    },
    'cache-store-not-from-internet',
  ],
  ['the namespace matched by a name label nobody set', { [F]: replace('kubernetes.io/metadata.name: shop', 'name: shop') }, 'api-reaches-cache'],
  [
    'a one-port range, TCP written out, labels through anchors',
    {
      [F]: chain(
        replace('        - port: 6379', '        - port: 6379\n          endPort: 6379\n          protocol: TCP'),
        replace('  podSelector:\n    matchLabels:\n      app: cache-store\n', '  podSelector:\n    matchLabels: &cache\n      app: cache-store\n'),
      ),
    },
    null,
  ],
  [
    'JSON with CRLF',
    {
      [F]: () =>
        '{"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "c", "namespace": "secure-middleware"},\r\n "spec": {"podSelector": {"matchLabels": {"app": "cache-store"}}, "policyTypes": ["Ingress"], "ingress": [{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "shop"}}, "podSelector": {"matchLabels": {"app": "api"}}}], "ports": [{"port": 6379}]}]}}\r\n',
    },
    null,
  ],
]);

const M = 'allow-metrics.yaml';
outsiderTable(`${NM}/sidecar-localhost`, [
  ['from: []', { [M]: replace(/    - from:\n(.*\n)*?      ports:/, '    - from: []\n      ports:') }, 'grafana-not-allowed'],
  ['a second policy for everything outside 10.0.0.0/8', { [M]: internet('shop') }, 'metrics-not-from-internet'],
  ['the metrics port over UDP', { [M]: replace('        - port: metrics', '        - port: metrics\n          protocol: UDP') }, 'prometheus-scrapes'],
  [
    'the monitoring namespace by a name label nobody set',
    { [M]: replace('kubernetes.io/metadata.name: monitoring', 'name: monitoring') },
    'prometheus-scrapes',
  ],
  [
    'a second policy letting all of shop in',
    {
      [M]: appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: shop-in, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  ingress: [{from: [{podSelector: {}}]}]\n',
      ),
    },
    'intruder-not-allowed',
  ],
  ['an egress rule too, policyTypes left to the default', { [M]: chain(replace('  policyTypes: [Ingress]\n', ''), (s) => `${s}  egress:\n    - {}\n`) }, null],
  [
    'matchExpressions for both selectors',
    {
      [M]: chain(
        replace(
          '            matchLabels:\n              kubernetes.io/metadata.name: monitoring',
          '            matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [monitoring]}]',
        ),
        replace('            matchLabels:\n              app: prometheus', '            matchExpressions: [{key: app, operator: In, values: [prometheus]}]'),
      ),
    },
    null,
  ],
]);

const S = 'services.yaml';
outsiderTable(`${SV}/service-selector`, [
  [
    'a selector label the pods do not carry',
    { [S]: replace('    app: api\n    tier: public\n', '    app: api\n    tier: public\n    version: v2\n') },
    'frontend-reaches-api',
  ],
  ['targetPort as the string "8080"', { [S]: replace('      targetPort: http\n', '      targetPort: "8080"\n') }, 'errors'],
  [
    'tier written twice in one selector (duplicate key)',
    { [S]: replace('    app: api\n    tier: public\n', '    app: api\n    tier: public\n    tier: admin\n') },
    'errors',
  ],
  ['the admin Service selects tier: public', { [S]: replace('    tier: admin\n', '    tier: public\n') }, 'frontend-not-admin'],
  [
    'selectors in flow style, protocol TCP written out',
    {
      [S]: chain(
        replace('  selector:\n    app: api\n    tier: public\n', '  selector: {app: api, tier: public}\n'),
        replace(/      targetPort: http\n/, '      targetPort: http\n      protocol: TCP\n'),
      ),
    },
    null,
  ],
  [
    'one kind: List with both Services',
    {
      [S]: asList('  '),
    },
    null,
  ],
]);

const T = 'api-ingress.yaml';
outsiderTable(`${SV}/target-port`, [
  ['the Service port 80 instead of the pod port', { [T]: replace('        - port: http', '        - port: 80') }, 'frontend-through-service'],
  ['from: []', { [T]: replace(/    - from:\n(.*\n)*?      ports:/, '    - from: []\n      ports:') }, 'batch-blocked'],
  ['a second policy for everything outside 10.0.0.0/8', { [T]: internet('shop') }, 'api-not-from-internet'],
  ['SCTP', { [T]: replace('        - port: http', '        - port: http\n          protocol: SCTP') }, 'frontend-through-service'],
  ['a range from 8080 to 9100', { [T]: replace('        - port: http', '        - port: 8080\n          endPort: 9100') }, 'metrics-closed'],
  [
    'the frontend by matchExpressions, TCP written out',
    {
      [T]: chain(
        replace(
          '        - podSelector:\n            matchLabels:\n              app: frontend',
          '        - podSelector:\n            matchExpressions: [{key: app, operator: In, values: [frontend]}]',
        ),
        replace('        - port: http', '        - port: http\n          protocol: TCP'),
      ),
    },
    null,
  ],
  ['a comment-only document and document ends', { [T]: (s) => `---\n# api ingress\n---\n${s}...\n` }, null],
]);

const DB = 'db-metrics.yaml';
outsiderTable(`${NP}/and-or`, [
  ['a second policy for everything outside 10.0.0.0/8', { [DB]: internet('payments') }, 'db-metrics-not-from-internet'],
  [
    'prometheus or grafana by matchExpressions',
    {
      [DB]: replace(
        '          podSelector:\n            matchLabels:\n              app: prometheus',
        '          podSelector:\n            matchExpressions: [{key: app, operator: In, values: [prometheus, grafana]}]',
      ),
    },
    'grafana-denied',
  ],
  ['the exporter port over UDP', { [DB]: replace('        - port: 9187', '        - port: 9187\n          protocol: UDP') }, 'prometheus-allowed'],
  ['from: []', { [DB]: replace(/    - from:\n(.*\n)*?      ports:/, '    - from: []\n      ports:') }, 'grafana-denied'],
  [
    'the AND peer in flow style, both selectors as matchExpressions',
    {
      [DB]: replace(
        /        - namespaceSelector:\n(.*\n)*?              app: prometheus\n/,
        '        - {namespaceSelector: {matchExpressions: [{key: team, operator: In, values: [ops]}]}, podSelector: {matchExpressions: [{key: app, operator: In, values: [prometheus]}]}}\n',
      ),
    },
    null,
  ],
  [
    'a one-port range and TCP written out, CRLF',
    { [DB]: chain(replace('        - port: 9187', '        - port: 9187\n          endPort: 9187\n          protocol: TCP'), (s) => s.replace(/\n/g, '\r\n')) },
    null,
  ],
]);

const SP = 'shop-policies.yaml';
outsiderTable(`${NP}/default-deny`, [
  ['a second policy for everything outside 10.0.0.0/8', { [SP]: internet('shop') }, 'db-not-from-internet'],
  [
    'the default deny in namespace default',
    { [SP]: replace('  name: default-deny\n  namespace: shop', '  name: default-deny\n  namespace: default') },
    'cache-gets-nothing',
  ],
  [
    'a policy for port 8080 from every namespace',
    {
      [SP]: appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api-8080, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 8080}]}]\n',
      ),
    },
    'other-namespace-blocked',
  ],
  [
    'from: [] for the api',
    { [SP]: replace(/    - from:\n        - podSelector:\n            matchLabels:\n              app: frontend\n/, '    - from: []\n') },
    'only-frontend-to-api',
  ],
  [
    'the default deny without policyTypes and with ingress: []',
    { [SP]: replace('  podSelector: {}\n  policyTypes: [Ingress]\n', '  podSelector: {}\n  ingress: []\n') },
    null,
  ],
  [
    'one kind: List of the three policies',
    {
      [SP]: asList('  '),
    },
    null,
  ],
]);

const E = 'api-egress.yaml';
outsiderTable(`${NP}/egress-and-dns`, [
  ['policyTypes left out (egress rules make it Ingress and Egress)', { [E]: replace('  policyTypes: [Egress]\n', '') }, 'frontend-still-reaches-api'],
  [
    'DNS over UDP only',
    { [E]: replace('        - port: 53\n          protocol: UDP\n        - port: 53\n          protocol: TCP', '        - port: 53\n          protocol: UDP') },
    'dns-tcp',
  ],
  [
    'DNS to every address but the pod network',
    {
      [E]: replace(
        '    - to:\n        - namespaceSelector:',
        '    - to:\n        - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}\n        - namespaceSelector:',
      ),
    },
    'no-other-internet-dns',
  ],
  [
    'the db rule with to: []',
    { [E]: replace('    - to:\n        - podSelector:\n            matchLabels:\n              app: db\n', '    - to: []\n') },
    'no-internet-postgres',
  ],
  ['kube-system by a name label nobody set', { [E]: replace('kubernetes.io/metadata.name: kube-system', 'name: kube-system') }, 'dns-udp'],
  [
    'DNS and the database as two policies (their union)',
    {
      [E]: (s) =>
        s
          .replace(/    - to:\n        - namespaceSelector:[\s\S]*$/, '')
          .concat(
            '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api-dns, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  policyTypes: [Egress]\n  egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}], ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]}]\n',
          ),
    },
    null,
  ],
  [
    'kube-system by matchExpressions, the DNS ports as a one-port range',
    {
      [E]: chain(
        replace(
          '            matchLabels:\n              kubernetes.io/metadata.name: kube-system',
          '            matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [kube-system]}]',
        ),
        replace('        - port: 53\n          protocol: TCP', '        - port: 53\n          endPort: 53\n          protocol: TCP'),
      ),
    },
    null,
  ],
]);

const N = 'api-policies.yaml';
outsiderTable(`${NP}/no-deny-rules`, [
  ['NotIn ["Sandbox"] (label values are case-sensitive)', { [N]: replace('values: ["sandbox"]', 'values: ["Sandbox"]') }, 'sandbox-denied'],
  [
    'a second policy from every namespace',
    {
      [N]: appendDoc(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all-in, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 8080}]}]\n',
      ),
    },
    'sandbox-denied',
  ],
  ['the port range 8080-9090', { [N]: replace('        - port: 8080', '        - port: 8080\n          endPort: 9090') }, 'only-8080'],
  [
    'operator DoesNotExist on the name key',
    { [N]: replace('                operator: NotIn\n                values: ["sandbox"]', '                operator: DoesNotExist') },
    'team-a-allowed',
  ],
  [
    'NotIn ANDed with every pod of those namespaces',
    { [N]: replace('                values: ["sandbox"]\n', '                values: ["sandbox"]\n          podSelector: {}\n') },
    null,
  ],
  ['flow style with TCP written out', { [N]: replace('        - port: 8080', '        - {port: 8080, protocol: TCP}') }, null],
]);

const W = 'static-web.yaml';
outsiderTable('00-introduction/01-kubernetes-basics/exercises/static-web-in-lab', [
  ['containerPort as the string "80"', { [W]: replace('containerPort: 80', 'containerPort: "80"') }, 'errors'],
  ['protocol tcp in lowercase', { [W]: replace('protocol: TCP', 'protocol: tcp') }, 'errors'],
  ['the namespace written Lab', { [W]: replace('namespace: lab', 'namespace: Lab') }, 'errors'],
  ['the label key written twice, another app last', { [W]: replace('    app: static-web\n', '    app: static-web\n    app: other\n') }, 'errors'],
  [
    'the port in flow style, protocol left to its TCP default',
    { [W]: replace(/      ports:\n(.*\n)*$/, '      ports: [{containerPort: 80, name: web}]\n') },
    null,
  ],
  [
    'no ports declared: the world policy allows the named port web, which then names nothing',
    { [W]: replace(/      ports:\n(.*\n)*$/, '') },
    'client-reaches-static-web',
  ],
  [
    'one kind: List in JSON',
    {
      [W]: () =>
        '{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "static-web", "namespace": "lab", "labels": {"app": "static-web"}}, "spec": {"containers": [{"name": "web", "image": "nginx", "ports": [{"name": "web", "containerPort": 80}]}]}}]}\n',
    },
    null,
  ],
]);
