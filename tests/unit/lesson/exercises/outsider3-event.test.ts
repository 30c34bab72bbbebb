// Third outsider pass on event mode's defences (lessons/event/*/defence.yaml): a weaker defence must
// leave the scripted attack reaching the flag, and an equivalent one must close it. Semantics: a
// pod's automountServiceAccountToken wins over its ServiceAccount's, and a projected
// serviceAccountToken volume mounts a token whatever it says
// (https://kubernetes.io/docs/concepts/storage/projected-volumes/#serviceaccounttoken); a
// ClusterRoleBinding grants in every namespace and a Group subject reaches every member
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding);
// a hostPath mount exposes the node's files, read-only or not
// (https://kubernetes.io/docs/concepts/storage/volumes/#hostpath); NetworkPolicy peers in separate
// list items are ORed, and a policy of type Egress does not isolate ingress
// (https://kubernetes.io/docs/concepts/services-networking/network-policies/); `bind` and
// `impersonate` without resourceNames cover every role and every ServiceAccount
// (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#restrictions-on-role-binding-creation-or-update,
// https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEventTrack } from '@/lib/content/challenges';
import { runSolve } from '@/lib/event/solve';
import { replace } from './harness';

const track = loadEventTrack(join(process.cwd(), 'lessons'));
type Defence = [title: string, edit: (text: string) => string, stillSolved: boolean];

function defenceTable(id: string, cases: Defence[]): void {
  const challenge = track.challenges.find((c) => c.id === id);
  describe(`event ${id}`, () => {
    it('exists', () => expect(challenge).toBeDefined());
    for (const [title, edit, stillSolved] of cases) {
      it(`${stillSolved ? 'weaker' : 'equivalent'}: ${title}`, () => {
        const edited = { ...challenge!, defence: { ...challenge!.defence, world: edit(challenge!.defence.world) } };
        expect(runSolve(edited, 'outsider3', { defended: true }).found).toBe(stillSolved);
      });
    }
  });
}

const after = (from: string, add: string) => replace(from, `${from}${add}`);
const hostMount = (mount: string, volume: string) => (text: string) =>
  after(
    '      image: quay.io/prometheus/node-exporter:v1.8.2\n      ports: [{containerPort: 9100, name: metrics}]\n',
    `      volumeMounts: [${mount}]\n`,
  )(after('  automountServiceAccountToken: false\n', `  volumes: [${volume}]\n`)(text));

defenceTable('token-thief', [
  ['automounting turned back on in the pod', replace('automountServiceAccountToken: false', 'automountServiceAccountToken: true'), true],
  ['the automount line dropped', replace('  automountServiceAccountToken: false\n', ''), true],
  [
    'automounting off, but the token projected by hand at the usual path',
    (t) =>
      after(
        '  automountServiceAccountToken: false\n',
        '  volumes: [{name: tok, projected: {sources: [{serviceAccountToken: {path: token}}]}}]\n',
      )(after('      ports: [{containerPort: 80}]\n', '      volumeMounts: [{name: tok, mountPath: /var/run/secrets/kubernetes.io/serviceaccount}]\n')(t)),
    true,
  ],
  [
    'automounting off on the ServiceAccount instead of the pod',
    (t) =>
      `${replace('  automountServiceAccountToken: false\n', '')(t)}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: storefront, namespace: shop}\nautomountServiceAccountToken: false\n`,
    false,
  ],
  [
    'the same pod, spec keys in another order',
    replace(
      '  serviceAccountName: storefront\n  automountServiceAccountToken: false\n',
      '  automountServiceAccountToken: false\n  serviceAccountName: storefront\n',
    ),
    false,
  ],
]);

defenceTable('pod-factory', [
  [
    'a ClusterRoleBinding of another name instead',
    (t) =>
      replace(
        'kind: RoleBinding',
        'kind: ClusterRoleBinding',
      )(replace('  name: deployer-reads-secrets\n  namespace: ci\n', '  name: deployer-everywhere\n')(t)),
    true,
  ],
  ['the RoleBinding in prod', replace('  name: deployer-reads-secrets\n  namespace: ci\n', '  name: deployer-reads-secrets\n  namespace: prod\n'), true],
  [
    'every ServiceAccount, cluster-wide',
    (t) =>
      replace(
        '{kind: ServiceAccount, name: deployer, namespace: ci}',
        '{kind: Group, name: system:serviceaccounts, apiGroup: rbac.authorization.k8s.io}',
      )(replace('kind: RoleBinding', 'kind: ClusterRoleBinding')(replace('  name: deployer-reads-secrets\n  namespace: ci\n', '  name: all-accounts\n')(t))),
    true,
  ],
  [
    'the ServiceAccounts of ci as a group, in ci',
    replace('{kind: ServiceAccount, name: deployer, namespace: ci}', '{kind: Group, name: system:serviceaccounts:ci, apiGroup: rbac.authorization.k8s.io}'),
    false,
  ],
  [
    'roleRef in block style',
    replace(
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}',
      'roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: secret-reader',
    ),
    false,
  ],
]);

defenceTable('node-escape', [
  ['the node root mounted at /host', hostMount('{name: host, mountPath: /host}', '{name: host, hostPath: {path: /}}'), true],
  ['the node root mounted read-only', hostMount('{name: host, mountPath: /host, readOnly: true}', '{name: host, hostPath: {path: /}}'), true],
  ['only /var of the node', hostMount('{name: host, mountPath: /host/var}', '{name: host, hostPath: {path: /var, type: Directory}}'), true],
  ['runAsUser before runAsNonRoot', replace('    runAsNonRoot: true\n    runAsUser: 65534\n', '    runAsUser: 65534\n    runAsNonRoot: true\n'), false],
  ['capabilities in block style', replace('capabilities: {drop: [ALL]}', 'capabilities:\n          drop: ["ALL"]'), false],
]);

const SHOP_PEER = '        - namespaceSelector:\n            matchLabels: {kubernetes.io/metadata.name: shop}\n          podSelector:\n';
defenceTable('flat-network', [
  [
    'namespace and pod selectors ORed',
    replace(SHOP_PEER, '        - namespaceSelector:\n            matchLabels: {kubernetes.io/metadata.name: shop}\n        - podSelector:\n'),
    true,
  ],
  ['every namespace', replace(`${SHOP_PEER}            matchLabels: {app: orders-api}\n`, '        - namespaceSelector: {}\n'), true],
  ['policyTypes Egress only', replace('  policyTypes: [Ingress]\n', '  policyTypes: [Egress]\n'), true],
  [
    'the namespace by matchExpressions',
    replace('matchLabels: {kubernetes.io/metadata.name: shop}', 'matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [shop]}]'),
    false,
  ],
  ['the protocol left to its default', replace('        - {port: 80, protocol: TCP}', '        - {port: 80}'), false],
]);

defenceTable('bind-escalation', [
  ['bind on every ClusterRole', replace('    resourceNames: [view]\n', ''), true],
  ['bind on view and admin', replace('    resourceNames: [view]\n', '    resourceNames: [view, admin]\n'), true],
  ['bind and escalate on any role', (t) => replace('    resourceNames: [view]\n    verbs: [bind]', '    verbs: [bind, escalate]')(t), true],
  [
    'resources and verbs in another order',
    replace('    resources: [pods, services, configmaps]\n    verbs: [get, list]', '    resources: [configmaps, services, pods]\n    verbs: [list, get]'),
    false,
  ],
  ['resourceNames after verbs, quoted', replace('    resourceNames: [view]\n    verbs: [bind]', '    verbs: [bind]\n    resourceNames: ["view"]'), false],
]);

defenceTable('impersonation', [
  ['impersonate any ServiceAccount', replace('    resourceNames: [storefront]\n', ''), true],
  ['impersonate storefront and invoicer', replace('    resourceNames: [storefront]\n', '    resourceNames: [storefront, invoicer]\n'), true],
  [
    'impersonate anything',
    replace('    resources: [serviceaccounts]\n    resourceNames: [storefront]\n    verbs: [impersonate]', '    resources: ["*"]\n    verbs: [impersonate]'),
    true,
  ],
  [
    'resourceNames after verbs, quoted',
    replace('    resourceNames: [storefront]\n    verbs: [impersonate]', '    verbs: [impersonate]\n    resourceNames: ["storefront"]'),
    false,
  ],
  ['pods verbs in another order', replace('    resources: [pods]\n    verbs: [get, list]', '    resources: [pods]\n    verbs: [list, get]'), false],
]);
