// Attack paths over known worlds. Techniques follow KubeHound's edge catalogue
// (https://kubehound.io/reference/attacks/) and MITRE ATT&CK for Containers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attackGraph, attackNodeKey, attackPathsFrom, findAttackPath } from '../../../../lib/sim/attack';
import { createCluster } from '../../../../lib/sim';
import { SHOP, deployment, world } from './worlds';

const chain = (p: ReturnType<typeof findAttackPath>) => p.edges?.map((e) => e.technique);

describe('findAttackPath', () => {
  it('internet -> exposed pod -> its mounted token -> list secrets (TOKEN_STEAL, then a secret reader)', () => {
    const path = findAttackPath(world(SHOP), 'internet', 'secret:shop/db');
    expect(chain(path)).toEqual(['exposed', 'token', 'read-secret']);
    const [exposed, token, read] = path.edges!;
    expect(exposed.from).toEqual({ type: 'internet' });
    expect(exposed.to).toEqual({ type: 'pod', pod: { namespace: 'shop', name: 'web' } });
    expect(exposed.evidence).toMatchObject({ type: 'traffic', port: 8080 });
    expect(token.to).toMatchObject({ type: 'identity', user: 'system:serviceaccount:shop:default' });
    expect(read.to).toEqual({ type: 'secret', secret: { namespace: 'shop', name: 'db' } });
    expect(read.evidence).toMatchObject({ type: 'rbac', binding: { kind: 'RoleBinding', namespace: 'shop', name: 'default-reads' }, ruleIndex: 0 });
  });

  it('no path once the token is not mounted (the world where the path must not exist)', () => {
    const fixed = SHOP.replace(
      'containers: [{ name: web, image: nginx:1.27',
      'automountServiceAccountToken: false\n  containers: [{ name: web, image: nginx:1.27',
    );
    const path = findAttackPath(world(fixed), 'internet', 'secret:shop/db');
    expect(path.edges).toBeUndefined();
    expect(path.reached).toBeGreaterThan(1); // it did get in: the pod is still exposed
  });

  it('a ServiceAccount that opts out of automount also breaks the link, unless the pod opts back in', () => {
    const sa = `${SHOP}---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default, namespace: shop }\nautomountServiceAccountToken: false\n`;
    expect(findAttackPath(world(sa), 'pod:shop/web', 'secrets:shop').edges).toBeUndefined();
    const optIn = sa.replace(
      'containers: [{ name: web, image: nginx:1.27',
      'automountServiceAccountToken: true\n  containers: [{ name: web, image: nginx:1.27',
    );
    expect(chain(findAttackPath(world(optIn), 'pod:shop/web', 'secrets:shop'))).toEqual(['token', 'read-secret']);
  });

  it('a default-deny ingress policy closes the door from the internet', () => {
    const denied = `${SHOP}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: shop }\nspec: { podSelector: {}, policyTypes: [Ingress] }\n`;
    const path = findAttackPath(world(denied), 'internet', 'secret:shop/db');
    expect(path.edges).toBeUndefined();
    expect(path.reached).toBe(1);
  });

  it('a pod without a LoadBalancer/NodePort Service or hostPort is not exposed', () => {
    const internal = SHOP.replace('type: LoadBalancer', 'type: ClusterIP');
    expect(findAttackPath(world(internal), 'internet', 'secret:shop/db').edges).toBeUndefined();
  });

  it('resolves a workload name to its pods', () => {
    const deploy = `${deployment('api')}
---${SHOP}`;
    const path = findAttackPath(world(deploy), 'pod:shop/api', 'secret:shop/db');
    expect(path.starts).toHaveLength(2);
    expect(chain(path)).toEqual(['token', 'read-secret']);
  });
});

const ESCAPE = `
apiVersion: v1
kind: Namespace
metadata: { name: dev }
---
apiVersion: v1
kind: Pod
metadata: { name: debug, namespace: dev }
spec:
  automountServiceAccountToken: false
  containers: [{ name: sh, image: busybox:1.36, securityContext: { privileged: true } }]
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: ops, namespace: kube-system }
---
apiVersion: v1
kind: Pod
metadata: { name: ops-agent, namespace: kube-system }
spec:
  serviceAccountName: ops
  containers: [{ name: agent, image: agent:1.0 }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ops-admin }
subjects: [{ kind: ServiceAccount, name: ops, namespace: kube-system }]
roleRef: { kind: ClusterRole, name: cluster-admin, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: cluster-admin }
rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }, { nonResourceURLs: ["*"], verbs: ["*"] }]
`;

describe('escapes and escalation', () => {
  it('privileged pod -> node -> the tokens of every pod on the node -> cluster-admin (CE_PRIV_MOUNT, EXPLOIT_HOST_READ)', () => {
    const path = findAttackPath(world(ESCAPE), 'pod:dev/debug', 'cluster-admin');
    expect(chain(path)).toEqual(['escape', 'node-tokens', 'wildcard']);
    expect(path.edges![0].evidence).toMatchObject({ type: 'field', path: 'spec.containers[0].securityContext.privileged' });
    expect(path.edges![1].evidence).toMatchObject({ via: { namespace: 'kube-system', name: 'ops-agent' } });
  });

  it('hostPath / and SYS_ADMIN escape too; an unprivileged pod only connects to others (unless lateral: exploit)', () => {
    const hostPath = ESCAPE.replace('securityContext: { privileged: true } }]', '}]\n  volumes: [{ name: root, hostPath: { path: / } }]');
    expect(chain(findAttackPath(world(hostPath), 'pod:dev/debug', 'node'))).toEqual(['escape']);
    const sysAdmin = ESCAPE.replace('privileged: true', 'capabilities: { add: [SYS_ADMIN] }');
    expect(chain(findAttackPath(world(sysAdmin), 'pod:dev/debug', 'node'))).toEqual(['escape']);
    const plain = ESCAPE.replace('privileged: true', 'privileged: false');
    expect(findAttackPath(world(plain), 'pod:dev/debug', 'node').edges).toBeUndefined();
    expect(chain(findAttackPath(world(plain), 'pod:dev/debug', 'pod:kube-system/ops-agent'))).toEqual(['network']);
    const pessimistic = findAttackPath(world(plain), 'pod:dev/debug', 'cluster-admin', { lateral: 'exploit' });
    expect(chain(pessimistic)).toEqual(['network', 'exploit', 'token', 'wildcard']);
  });

  const CREATOR = (ns: string) => `
apiVersion: v1
kind: Namespace
metadata: { name: ci${ns} }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: pod-maker, namespace: ci }
rules: [{ apiGroups: [""], resources: [pods], verbs: [create] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: builder-makes-pods, namespace: ci }
subjects: [{ kind: ServiceAccount, name: builder, namespace: ci }]
roleRef: { kind: Role, name: pod-maker, apiGroup: rbac.authorization.k8s.io }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: builder, namespace: ci }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: ci }
`;

  it('create pods: run as any ServiceAccount of the namespace, and a privileged pod is the node (POD_CREATE)', () => {
    const cluster = world(CREATOR(''));
    expect(chain(findAttackPath(cluster, 'sa:ci/builder', 'node'))).toEqual(['create-privileged-pod']);
    expect(chain(findAttackPath(cluster, 'sa:ci/builder', 'sa:ci/deployer'))).toEqual(['create-pod']);
  });

  it('a namespace that enforces restricted turns the privileged pod away; the ServiceAccounts stay reachable', () => {
    const cluster = world(CREATOR(', labels: { pod-security.kubernetes.io/enforce: restricted }'));
    expect(findAttackPath(cluster, 'sa:ci/builder', 'node').edges).toBeUndefined();
    expect(chain(findAttackPath(cluster, 'sa:ci/builder', 'sa:ci/deployer'))).toEqual(['create-pod']);
  });

  it('a webhook meant to stop privileged pods, unreachable with failurePolicy Ignore, lets it through', () => {
    const webhook = (policy: string) => `${CREATOR('')}---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata: { name: guard }
webhooks:
  - name: guard.example.com
    failurePolicy: ${policy}
    sideEffects: None
    admissionReviewVersions: [v1]
    clientConfig: { service: { name: guard, namespace: guard-system, path: /validate } }
    rules: [{ apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods] }]
`;
    const ignored = findAttackPath(world(webhook('Ignore')), 'sa:ci/builder', 'node');
    expect(chain(ignored)).toEqual(['create-privileged-pod']);
    expect(ignored.edges![0].evidence).toMatchObject({ type: 'admission', ignoredWebhooks: [expect.stringContaining('guard')] });
    expect(findAttackPath(world(webhook('Fail')), 'sa:ci/builder', 'node').edges).toBeUndefined();
  });

  it('pods/exec into a pod with a stronger identity (POD_EXEC)', () => {
    const exec = `${ESCAPE.replace('privileged: true', 'privileged: false')}---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: exec, namespace: kube-system }
rules: [{ apiGroups: [""], resources: [pods/exec], verbs: [create] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: dev-exec, namespace: kube-system }
subjects: [{ kind: User, name: dana }]
roleRef: { kind: Role, name: exec, apiGroup: rbac.authorization.k8s.io }
`;
    expect(chain(findAttackPath(world(exec), 'user:dana', 'cluster-admin'))).toEqual(['exec', 'token', 'wildcard']);
    expect(findAttackPath(world(exec), 'user:erin', 'cluster-admin').edges).toBeUndefined();
  });

  it('impersonating system:masters, or bind on cluster-admin with create clusterrolebindings, is cluster-admin', () => {
    const grant = (rules: string) => `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: risky }
rules: ${rules}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: risky }
subjects: [{ kind: User, name: mallory }]
roleRef: { kind: ClusterRole, name: risky, apiGroup: rbac.authorization.k8s.io }
`;
    const impersonate = findAttackPath(world(grant('[{ apiGroups: [""], resources: [groups], verbs: [impersonate] }]')), 'user:mallory', 'cluster-admin');
    expect(chain(impersonate)).toEqual(['impersonate']);
    const bind = grant(
      '[{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }, { apiGroups: [rbac.authorization.k8s.io], resources: [clusterrolebindings], verbs: [create] }]',
    );
    expect(chain(findAttackPath(world(bind), 'user:mallory', 'cluster-admin'))).toEqual(['bind']);
    const bindOnly = grant('[{ apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind] }]');
    expect(findAttackPath(world(bindOnly), 'user:mallory', 'cluster-admin').edges).toBeUndefined();
  });

  it('a legacy token Secret a reader can get hands over its ServiceAccount (TOKEN_LIST)', () => {
    const legacy = `${ESCAPE}---
apiVersion: v1
kind: Secret
metadata: { name: ops-token, namespace: kube-system, annotations: { kubernetes.io/service-account.name: ops } }
type: kubernetes.io/service-account-token
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: read-one, namespace: kube-system }
rules: [{ apiGroups: [""], resources: [secrets], resourceNames: [ops-token], verbs: [get] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: erin-reads, namespace: kube-system }
subjects: [{ kind: User, name: erin }]
roleRef: { kind: Role, name: read-one, apiGroup: rbac.authorization.k8s.io }
`;
    expect(chain(findAttackPath(world(legacy), 'user:erin', 'cluster-admin'))).toEqual(['read-secret', 'secret-token', 'wildcard']);
  });
});

describe('robustness', () => {
  it('unknown entries and targets name nothing; the budget stops a search and says so', () => {
    const cluster = world(ESCAPE);
    expect(findAttackPath(cluster, 'pod:dev/nope', 'node')).toMatchObject({ starts: [], reached: 0 });
    expect(findAttackPath(cluster, 'pod:dev/debug', 'treasure').edges).toBeUndefined();
    const tight = findAttackPath(cluster, 'pod:dev/debug', 'secrets:nowhere', { budget: 0 });
    expect(tight.truncated).toBe(true);
  });

  it('the graph from an entry holds every edge of the path', () => {
    const cluster = world(SHOP);
    const graph = attackGraph(cluster, ['internet']);
    const path = findAttackPath(cluster, 'internet', 'secret:shop/db');
    for (const edge of path.edges!) expect(graph.edges).toContainEqual(edge);
  });

  it('never throws on junk entries, targets and objects', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.anything(), (entry, target, junk) => {
        const cluster = createCluster([junk, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'x' }, spec: junk }] as never);
        findAttackPath(cluster, entry, target);
        findAttackPath(cluster, 'pod:x/p', 'node');
        attackGraph(cluster, ['internet', entry]);
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});

describe('attackPathsFrom', () => {
  it('lists every crown jewel an entry reaches, each with its shortest path, shortest first', () => {
    const { paths } = attackPathsFrom(world(ESCAPE), 'pod:dev/debug');
    expect(paths.map((p) => [attackNodeKey(p.target), p.edges.length])).toEqual([
      ['node:minikube', 1],
      ['cluster-admin', 3],
    ]);
    for (const p of paths) expect(p.edges.at(-1)?.to).toEqual(p.target);
  });
  it('an entry with nowhere to go lists nothing', () => {
    expect(attackPathsFrom(world(ESCAPE.replace('privileged: true', 'privileged: false')), 'pod:dev/debug').paths).toEqual([]);
  });
});
