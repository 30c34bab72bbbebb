// Second outsider pass on the capstone and the remaining admission exercises: the new angles of
// this round (internet ipBlocks, omitStages, old enforce-version, webhook v1 validation, YAML shapes)
// against the whole shop. Semantics as in outsider2-networking, -control-plane and -hardening.
import { chain, outsiderTable, replace } from './harness';

const CAP = '04-capstone/01-secure-the-shop/exercises';
const AD = '02-hardening/03-admission-controllers/exercises';
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const internet = (namespace: string) => (text: string) =>
  `${text}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: from-outside, namespace: ${namespace}}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}]}]\n`;

outsiderTable(`${CAP}/secure-the-shop`, [
  ['a policy letting every address outside the cluster into shop', { 'netpol.yaml': internet('shop') }, 'internet-not-api'],
  [
    'omitStages ResponseComplete in the audit policy',
    { 'audit-policy.yaml': replace(/omitStages:\n/, 'omitStages:\n  - ResponseComplete\n') },
    'audit-pods-in-full',
  ],
  ['enforce-version v1.21 on shop', { 'namespace.yaml': replace('enforce-version: latest', 'enforce-version: v1.21') }, 'restricted-as-today'],
  [
    'automount written as the string "false"',
    { 'rbac.yaml': replace('automountServiceAccountToken: false', 'automountServiceAccountToken: "false"') },
    'errors',
  ],
  [
    'every file with CRLF line endings',
    { 'netpol.yaml': crlf, 'rbac.yaml': crlf, 'namespace.yaml': crlf, 'audit-policy.yaml': crlf, 'workloads.yaml': crlf },
    null,
  ],
  [
    'every file with a comment-only document first and document ends',
    Object.fromEntries(
      ['netpol.yaml', 'rbac.yaml', 'namespace.yaml', 'audit-policy.yaml', 'workloads.yaml'].map((f) => [f, (s: string) => `# ${f}\n---\n${s}...\n`]),
    ),
    null,
  ],
]);

outsiderTable(`${CAP}/attack-path`, [
  ['a policy letting every address outside the cluster into payments', { 'payments-netpol.yaml': internet('payments') }, 'payments-db-not-from-internet'],
  [
    'the frontend token mounted back through a duplicate key',
    { 'frontend.yaml': replace('automountServiceAccountToken: false', 'automountServiceAccountToken: false\n      automountServiceAccountToken: true') },
    'errors',
  ],
  [
    'automount written as the string "false" on the frontend ServiceAccount and pods',
    { 'rbac.yaml': replace('automountServiceAccountToken: false', 'automountServiceAccountToken: "false"') },
    'errors',
  ],
  [
    'the frontend ServiceAccount in payments',
    { 'rbac.yaml': replace('  name: frontend\n  namespace: shop\n', '  name: frontend\n  namespace: payments\n') },
    'frontend-pods-no-secrets',
  ],
  ['every file with CRLF line endings', { 'frontend.yaml': crlf, 'payments-netpol.yaml': crlf, 'rbac.yaml': crlf }, null],
  ['the payments policies with document ends', { 'payments-netpol.yaml': (s) => `${s.replace(/^---\n/gm, '...\n---\n')}...\n` }, null],
]);

const L = 'namespace.yaml';
outsiderTable(`${AD}/pod-security-labels`, [
  ['the labels written as annotations', { [L]: replace('  labels:\n', '  annotations:\n') }, 'privileged-rejected'],
  [
    'enforce baseline, then privileged (duplicate key)',
    {
      [L]: replace(
        '    pod-security.kubernetes.io/enforce: baseline\n',
        '    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce: privileged\n',
      ),
    },
    'errors',
  ],
  ['the labels on a namespace with another name', { [L]: replace('  name: dev-app-factory\n', '  name: dev-app-factory-2\n') }, 'privileged-rejected'],
  ['enforce baseline without any warn label', { [L]: (s) => s.replace(/    pod-security.kubernetes.io\/warn.*\n/g, '') }, 'app-admitted-with-warning'],
  [
    'labels in flow style, versions pinned to v1.35',
    {
      [L]: () =>
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: dev-app-factory, labels: {pod-security.kubernetes.io/enforce: baseline, pod-security.kubernetes.io/enforce-version: v1.35, pod-security.kubernetes.io/warn: restricted, pod-security.kubernetes.io/warn-version: v1.35}}\n',
    },
    null,
  ],
  ['CRLF and a BOM', { [L]: (s) => `\uFEFF${crlf(s)}` }, null],
]);

const P = 'polaris-webhook.yaml';
outsiderTable(`${AD}/polaris-gatekeeper`, [
  [
    'cronjobs named in batch/v1beta1 (no longer served: the rule matches nothing)',
    {
      [P]: replace(
        '        apiGroups: ["batch"]\n        apiVersions: ["v1"]\n        resources: ["jobs", "cronjobs"]',
        '        apiGroups: ["batch"]\n        apiVersions: ["v1"]\n        resources: ["jobs"]\n        scope: Namespaced\n      - operations: ["CREATE", "UPDATE"]\n        apiGroups: ["batch"]\n        apiVersions: ["v1beta1"]\n        resources: ["cronjobs"]',
      ),
    },
    'privileged-cronjob-denied',
  ],
  ['sideEffects: Unknown (a v1beta1 value)', { [P]: replace('sideEffects: None', 'sideEffects: Unknown') }, 'privileged-pod-denied'],
  ['timeoutSeconds: 0', { [P]: replace('    sideEffects: None\n', '    sideEffects: None\n    timeoutSeconds: 0\n') }, 'privileged-pod-denied'],
  [
    'the pods rule with scope Cluster',
    { [P]: replace('        resources: ["pods"]\n        scope: Namespaced', '        resources: ["pods"]\n        scope: Cluster') },
    'privileged-pod-denied',
  ],
  [
    'matchPolicy Exact, scope "*", timeoutSeconds 30',
    {
      [P]: chain(
        replace('    sideEffects: None\n', '    sideEffects: None\n    matchPolicy: Exact\n    timeoutSeconds: 30\n'),
        replace(/scope: Namespaced/, 'scope: "*"'),
      ),
    },
    null,
  ],
  ['pods/* (the pod and its subresources)', { [P]: replace('resources: ["pods"]', 'resources: ["pods/*"]') }, null],
]);
