// A defence is judged by the attack-path search too, not only by replaying the scripted attack:
// wrong defences that dodge the script's exact commands but leave the hole open must fail.
// Semantics: a privileged container, CAP_SYS_ADMIN, the runtime's socket or a hostPath of the
// kubelet's directory reaches the node
// (https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline); a Secret in an
// env var is readable in the pod (https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables);
// a pod runs as any ServiceAccount of its namespace (https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation);
// `create serviceaccounts/token` mints a token (https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/);
// a NetworkPolicy, not a Service name, isolates a pod (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
import { describe, expect, it } from 'vitest';
import { loadEventTrack } from '@/lib/content/challenges';
import { judgeDefence } from '@/lib/event/defenceVerdict';
import type { Challenge, ObjectRef } from '@/lib/event/types';

const challenges = loadEventTrack().challenges;
const EVENT = 'eventpaths';

function challenge(id: string): Challenge {
  const found = challenges.find((c) => c.id === id);
  if (!found) throw new Error(`no challenge ${id}`);
  return found;
}

/** The challenge with another defence in place of its own. */
function withDefence(id: string, world: string, remove: ObjectRef[] = []): Challenge {
  const c = challenge(id);
  return { ...c, defence: { ...c.defence, world, remove } };
}

const exporter = (spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: node-exporter
  namespace: monitoring
  labels: {app: node-exporter}
spec:
  nodeName: minikube
  automountServiceAccountToken: false
${spec}`;

const teamLead = (bindable: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: team-lead
  namespace: payments
rules:
  - apiGroups: [""]
    resources: [pods, services, configmaps]
    verbs: [get, list]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [get, list, create, delete]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    resourceNames: [${bindable}]
    verbs: [bind]
`;

const wrong: { name: string; challenge: () => Challenge; technique: string; field?: RegExp; file: RegExp }[] = [
  {
    name: 'node-escape: only the kubelet directory mounted at /host',
    challenge: () =>
      withDefence(
        'node-escape',
        exporter(`  containers:
    - name: exporter
      image: quay.io/prometheus/node-exporter:v1.8.2
      volumeMounts:
        - {name: kubelet, mountPath: /host}
  volumes:
    - name: kubelet
      hostPath: {path: /var/lib/kubelet}
`),
      ),
    technique: 'escape',
    field: /spec\.volumes\[0\]\.hostPath\.path/,
    file: /defence\.yaml:\d+/,
  },
  {
    name: 'node-escape: no disk, but privileged with hostPID',
    challenge: () =>
      withDefence(
        'node-escape',
        exporter(`  hostPID: true
  containers:
    - name: exporter
      image: quay.io/prometheus/node-exporter:v1.8.2
      securityContext: {privileged: true}
`),
      ),
    technique: 'escape',
    field: /privileged/,
    file: /defence\.yaml:\d+/,
  },
  {
    name: 'node-escape: unprivileged, but with CAP_SYS_ADMIN',
    challenge: () =>
      withDefence(
        'node-escape',
        exporter(`  containers:
    - name: exporter
      image: quay.io/prometheus/node-exporter:v1.8.2
      securityContext: {capabilities: {add: [SYS_ADMIN]}}
`),
      ),
    technique: 'escape',
    field: /capabilities/,
    file: /defence\.yaml:\d+/,
  },
  {
    name: "node-escape: no root disk, but the container runtime's socket",
    challenge: () =>
      withDefence(
        'node-escape',
        exporter(`  containers:
    - name: exporter
      image: quay.io/prometheus/node-exporter:v1.8.2
      volumeMounts:
        - {name: sock, mountPath: /run/containerd/containerd.sock}
  volumes:
    - name: sock
      hostPath: {path: /run/containerd/containerd.sock}
`),
      ),
    technique: 'escape',
    field: /hostPath\.path/,
    file: /defence\.yaml:\d+/,
  },
  {
    name: 'token-thief: no token, but the Secret in an env var',
    challenge: () =>
      withDefence(
        'token-thief',
        `apiVersion: v1
kind: Pod
metadata:
  name: storefront
  namespace: shop
  labels: {app: storefront}
spec:
  serviceAccountName: storefront
  automountServiceAccountToken: false
  containers:
    - name: web
      image: nginx:1.27
      env:
        - name: GATEWAY_KEY
          valueFrom: {secretKeyRef: {name: payment-gateway, key: key}}
`,
      ),
    technique: 'mounted-secret',
    file: /defence\.yaml:\d+/,
  },
  {
    name: 'pod-factory: the cluster-wide binding moved to builder, another ServiceAccount of ci',
    challenge: () =>
      withDefence(
        'pod-factory',
        `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: builder-reads-secrets
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader}
subjects:
  - {kind: ServiceAccount, name: builder, namespace: ci}
`,
        [{ kind: 'ClusterRoleBinding', name: 'deployer-reads-secrets' }],
      ),
    technique: 'create-pod',
    file: /world\.yaml:\d+/,
  },
  {
    name: 'flat-network: the Service removed, no NetworkPolicy',
    challenge: () => withDefence('flat-network', '', [{ kind: 'Service', name: 'orders-db', namespace: 'data' }]),
    technique: 'network',
    file: /^$/, // no object to point at: no NetworkPolicy isolates the pods
  },
  {
    name: 'bind-escalation: bind narrowed to view and edit (edit reads Secrets)',
    challenge: () => withDefence('bind-escalation', teamLead('view, edit')),
    technique: 'bind',
    file: /defence\.yaml:\d+/,
  },
  {
    name: 'impersonation: impersonation narrowed, but tokens may be minted for any ServiceAccount',
    challenge: () =>
      withDefence(
        'impersonation',
        `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: support
rules:
  - apiGroups: [""]
    resources: [serviceaccounts]
    verbs: [get, list]
  - apiGroups: [""]
    resources: [serviceaccounts]
    resourceNames: [storefront]
    verbs: [impersonate]
  - apiGroups: [""]
    resources: [serviceaccounts/token]
    verbs: [create]
`,
      ),
    technique: 'request-token',
    file: /defence\.yaml:\d+/,
  },
];

describe('event defences are judged by every attack path, not by the script alone', () => {
  it.each(challenges.map((c) => [c.id, c] as const))('the reference defence of %s holds', (_id, c) => {
    const verdict = judgeDefence(c, EVENT);
    expect(verdict.path).toBeUndefined();
    expect(verdict).toMatchObject({ defended: true, scripted: false });
  });

  it('a learner starting with a group the search cannot carry is not vouched for', () => {
    const c = challenge('token-thief');
    const verdict = judgeDefence({ ...c, start: { ...c.start, groups: [...c.start.groups, 'shop-admins'] } }, EVENT);
    expect(verdict.defended).toBe(false);
    expect(verdict.explanation?.en).toContain('shop-admins');
    expect(verdict.explanation?.es).toContain('shop-admins');
  });

  it('a search cut short by its work budget does not vouch for a defence', () => {
    const verdict = judgeDefence(challenge('token-thief'), EVENT, { budget: 0 });
    expect(verdict.defended).toBe(false);
    expect(verdict.path?.truncated).toBe(true);
    expect(verdict.explanation?.en).toMatch(/work budget/);
    expect(verdict.explanation?.es).toMatch(/límite de trabajo/);
  });

  it.each(wrong.map((w) => [w.name, w] as const))('%s: the script misses, the paths do not', (_name, w) => {
    const verdict = judgeDefence(w.challenge(), EVENT);
    expect(verdict.scripted).toBe(false);
    expect(verdict.defended).toBe(false);
    expect(verdict.path?.edges.map((e) => e.technique)).toContain(w.technique);
    const where = verdict.source ? `${verdict.source.file}:${verdict.source.line}` : '';
    expect(where).toMatch(w.file);
    for (const text of [verdict.explanation?.en ?? '', verdict.explanation?.es ?? '']) {
      if (w.field) expect(text).toMatch(w.field);
      if (where) expect(text).toContain(where);
    }
    expect(verdict.explanation?.en).toMatch(/^The defence leaves an attack path open/);
    expect(verdict.explanation?.es).toMatch(/^La defensa deja abierto un camino de ataque.*Primer paso/);
    if (w.technique === 'escape') expect(verdict.explanation?.es).toContain('se escapa al nodo');
  });
});
