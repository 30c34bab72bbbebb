// Worst-case worlds of the outsider pass (issue 12: "scale is measured from outside on worlds you
// have not seen"): shapes bench/worlds.ts does not have. Deterministic (seeded), each sized by
// `n` so a benchmark can compare 500 with 2,000 and find a cliff. Shared by the benchmarks
// (bench/outsider.bench.ts) and the correctness tests.
import { prng } from './worlds';

type Obj = Record<string, unknown>;

const KEYS = Array.from({ length: 20 }, (_, i) => `k${i}`);
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

function ns(name: string, labels: Record<string, string> = {}): Obj {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

function netpol(namespace: string, name: string, spec: unknown): Obj {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec };
}

function pod(namespace: string, name: string, labels: Record<string, string>, extra: Obj = {}): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels },
    spec: { containers: [{ name: 'main', image: 'example/app:1', ports: [{ name: 'http', containerPort: 8080 }] }], ...extra },
  };
}

/** One random matchExpression over the 20 keys (values v0..v3), any of the four operators. */
function expression(random: () => number): Obj {
  const key = KEYS[Math.floor(random() * KEYS.length)];
  const operator = OPERATORS[Math.floor(random() * OPERATORS.length)];
  const values = operator === 'In' || operator === 'NotIn' ? [`v${Math.floor(random() * 4)}`, `v${Math.floor(random() * 4)}`] : undefined;
  return { key, operator, ...(values ? { values } : {}) };
}

/**
 * `n` pods each carrying 8 of 20 label keys (values v0..v3) in 10 namespaces, and n/4
 * (or `policies`) policies whose podSelectors and peers are 1-3 matchExpressions (In, NotIn, Exists,
 * DoesNotExist) over those keys: no `matchLabels` pair to narrow the candidates, almost every
 * pod its own class.
 */
export function expressionsWorld(n: number, seed = 3, policies = n / 4): Obj[] {
  const random = prng(seed);
  const out: Obj[] = Array.from({ length: 10 }, (_, i) => ns(`e-${i}`, { zone: `z${i % 3}` }));
  for (let i = 0; i < n; i++) {
    const labels: Record<string, string> = {};
    for (let j = 0; j < 8; j++) labels[KEYS[Math.floor(random() * KEYS.length)]] = `v${Math.floor(random() * 4)}`;
    out.push(pod(`e-${i % 10}`, `p-${i}`, labels));
  }
  const selector = () => ({ matchExpressions: Array.from({ length: 1 + Math.floor(random() * 3) }, () => expression(random)) });
  for (let p = 0; p < policies; p++) {
    out.push(
      netpol(`e-${p % 10}`, `x-${p}`, {
        podSelector: selector(),
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              { podSelector: selector() },
              { namespaceSelector: { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: [`z${p % 3}`] }] }, podSelector: selector() },
            ],
          },
        ],
        egress: [{ to: [{ podSelector: selector() }], ports: [{ port: 'http' }, { port: 53, protocol: 'UDP' }] }],
      }),
    );
  }
  return out;
}

/**
 * `n / 10` namespaces of 10 pods, each namespace with a default deny and a policy admitting the
 * namespaces of its team (namespaceSelector matchLabels) and one other namespace by name: the
 * namespace selectors are many and each selects a few namespaces.
 */
export function namespacesWorld(n: number): Obj[] {
  const count = Math.max(1, Math.floor(n / 10));
  const out: Obj[] = [];
  for (let i = 0; i < count; i++) {
    const name = `t-${i}`;
    out.push(ns(name, { team: `team-${i % 25}`, env: i % 2 ? 'dev' : 'prod' }));
    for (let j = 0; j < 10; j++) out.push(pod(name, `p-${j}`, { app: `a${j}`, role: j % 2 ? 'api' : 'web' }));
    out.push(netpol(name, 'default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
    out.push(
      netpol(name, 'team', {
        podSelector: { matchLabels: { role: 'api' } },
        ingress: [
          { from: [{ namespaceSelector: { matchLabels: { team: `team-${i % 25}` } } }] },
          {
            from: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': `t-${(i * 7 + 3) % count}` } },
                podSelector: { matchLabels: { role: 'web' } },
              },
            ],
            ports: [{ port: 'http' }],
          },
        ],
        egress: [{ to: [{ namespaceSelector: { matchLabels: { env: i % 2 ? 'dev' : 'prod' } } }] }],
      }),
    );
  }
  return out;
}

/**
 * Egress-heavy: `n` pods in 5 namespaces, every pod with its own egress-only policy (peers: two
 * named pods, a namespace, an ipBlock with 20 excepts; ports: named, numbered, endPort ranges),
 * no ingress isolation at all.
 */
export function egressWorld(n: number, seed = 5): Obj[] {
  const random = prng(seed);
  const out: Obj[] = Array.from({ length: 5 }, (_, i) => ns(`g-${i}`, { tier: `t${i}` }));
  for (let i = 0; i < n; i++) out.push(pod(`g-${i % 5}`, `p-${i}`, { id: `p${i}`, app: `a${i % 40}` }));
  for (let i = 0; i < n; i++) {
    const other = () => `p${Math.floor(random() * n)}`;
    const except = Array.from({ length: 20 }, (_, j) => `10.${(i + j) % 256}.0.0/16`);
    out.push(
      netpol(`g-${i % 5}`, `out-${i}`, {
        podSelector: { matchLabels: { id: `p${i}` } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ podSelector: { matchLabels: { id: other() } } }, { podSelector: { matchLabels: { id: other() } } }],
            ports: [{ port: 'http' }, { port: 9000, endPort: 9100 }],
          },
          { to: [{ namespaceSelector: { matchLabels: { tier: `t${i % 5}` } } }], ports: [{ port: 8080 }] },
          { to: [{ ipBlock: { cidr: '0.0.0.0/0', except } }] },
        ],
      }),
    );
  }
  return out;
}

/**
 * ipBlocks with many excepts: `n` pods in 4 namespaces and n/10 policies each admitting
 * 10.0.0.0/8 except 100 /24s (and a /16 with 50 /28 holes), so the blocks cut the pod
 * addresses into many ranges.
 */
export function exceptsWorld(n: number, seed = 7): Obj[] {
  const random = prng(seed);
  const out: Obj[] = Array.from({ length: 4 }, (_, i) => ns(`b-${i}`));
  for (let i = 0; i < n; i++) out.push(pod(`b-${i % 4}`, `p-${i}`, { id: `p${i}`, app: `a${i % 25}` }));
  for (let p = 0; p < n / 10; p++) {
    const holes = Array.from({ length: 100 }, () => `10.244.${Math.floor(random() * 256)}.0/24`);
    const small = Array.from({ length: 50 }, (_, j) => `10.244.${(p + j) % 256}.${16 * Math.floor(random() * 16)}/28`);
    out.push(
      netpol(`b-${p % 4}`, `blocks-${p}`, {
        podSelector: { matchLabels: { app: `a${p % 25}` } },
        ingress: [
          { from: [{ ipBlock: { cidr: '10.0.0.0/8', except: [...new Set(holes)] } }, { ipBlock: { cidr: '10.244.0.0/16', except: [...new Set(small)] } }] },
        ],
      }),
    );
  }
  return out;
}

/**
 * Many Services with named targetPorts: `n` pods (40 apps, each app's pods naming the port
 * differently by replica), n/4 Services each selecting one app with a named targetPort, and a
 * default deny plus an allow per app.
 */
export function servicesWorld(n: number): Obj[] {
  const out: Obj[] = [ns('s')];
  for (let i = 0; i < n; i++) {
    const port = { name: i % 3 === 0 ? 'web' : 'http', containerPort: 8000 + (i % 50) };
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p-${i}`, namespace: 's', labels: { app: `a${i % 40}`, id: `p${i}` } },
      spec: { containers: [{ name: 'main', image: 'example/app:1', ports: [port, { name: 'metrics', containerPort: 9090 }] }] },
    });
  }
  for (let i = 0; i < n / 4; i++) {
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `svc-${i}`, namespace: 's' },
      spec: {
        selector: { app: `a${i % 40}` },
        ports: [
          { name: 'http', port: 80, targetPort: i % 2 ? 'http' : 'web' },
          { name: 'm', port: 9090, targetPort: 'metrics' },
        ],
      },
    });
  }
  out.push(netpol('s', 'default-deny', { podSelector: {} }));
  for (let a = 0; a < 40; a++) {
    out.push(
      netpol('s', `allow-${a}`, {
        podSelector: { matchLabels: { app: `a${a}` } },
        ingress: [{ from: [{ podSelector: { matchLabels: { app: `a${(a + 1) % 40}` } } }], ports: [{ port: 'http' }, { port: 'web' }] }],
      }),
    );
  }
  return out;
}

const RBAC = 'rbac.authorization.k8s.io';

/**
 * RBAC with `n` bindings mostly to Groups and with resourceNames: 100 groups, 40 namespaces,
 * Roles whose every rule names 1-5 objects, ClusterRoleBindings to system groups too.
 */
export function groupBindingsWorld(n: number, seed = 11): Obj[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const resources = ['secrets', 'configmaps', 'pods', 'services', 'deployments'];
  const out: Obj[] = [];
  for (let i = 0; i < 40; i++) {
    for (let r = 0; r < 10; r++) {
      out.push({
        apiVersion: `${RBAC}/v1`,
        kind: 'Role',
        metadata: { name: `named-${r}`, namespace: `n-${i}` },
        rules: Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
          const resource = pick(resources);
          return {
            apiGroups: [resource === 'deployments' ? 'apps' : ''],
            resources: [resource],
            verbs: [pick(['get', 'update', 'delete', 'patch'])],
            resourceNames: Array.from({ length: 1 + Math.floor(random() * 5) }, () => `obj-${Math.floor(random() * 50)}`),
          };
        }),
      });
    }
  }
  for (let i = 0; i < n; i++) {
    const namespace = `n-${Math.floor(random() * 40)}`;
    const subjects = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      random() < 0.8
        ? { kind: 'Group', apiGroup: RBAC, name: `g-${Math.floor(random() * 100)}` }
        : { kind: 'User', apiGroup: RBAC, name: `u-${Math.floor(random() * 500)}` },
    );
    out.push({
      apiVersion: `${RBAC}/v1`,
      kind: 'RoleBinding',
      metadata: { name: `rb-${i}`, namespace },
      roleRef: { apiGroup: RBAC, kind: 'Role', name: `named-${Math.floor(random() * 10)}` },
      subjects,
    });
  }
  return out;
}

/** Requests against groupBindingsWorld: named objects, mostly by group members, about half denied. */
export function groupRequests(count: number, seed = 12): { user: string; groups: string[]; resourceAttributes: Obj }[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const resource = ['secrets', 'configmaps', 'pods', 'services', 'deployments'][Math.floor(random() * 5)];
    return {
      user: `u-${Math.floor(random() * 600)}`,
      groups: [`g-${Math.floor(random() * 110)}`, `g-${Math.floor(random() * 110)}`, 'system:authenticated'],
      resourceAttributes: {
        verb: ['get', 'update', 'delete', 'patch', 'list'][Math.floor(random() * 5)],
        group: resource === 'deployments' ? 'apps' : '',
        resource,
        namespace: `n-${Math.floor(random() * 42)}`,
        name: `obj-${Math.floor(random() * 60)}`,
      },
    };
  });
}

/**
 * `n` ServiceAccounts in 20 namespaces, each with a pod running as it and a RoleBinding (every
 * tenth a ClusterRoleBinding to a role that can read secrets or create pods), so attack paths
 * from a stolen token have many identities to walk.
 */
export function serviceAccountsWorld(n: number): Obj[] {
  const out: Obj[] = Array.from({ length: 20 }, (_, i) => ns(`sa-${i}`));
  out.push({
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRole',
    metadata: { name: 'read-secrets' },
    rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] }],
  });
  out.push({
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRole',
    metadata: { name: 'make-pods' },
    rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }],
  });
  for (let i = 0; i < n; i++) {
    const namespace = `sa-${i % 20}`;
    out.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: `acct-${i}`, namespace } });
    out.push(pod(namespace, `run-${i}`, { app: `a${i % 30}` }, { serviceAccountName: `acct-${i}` }));
    const role = i % 2 ? 'read-secrets' : 'make-pods';
    out.push(
      i % 10 === 0
        ? {
            apiVersion: `${RBAC}/v1`,
            kind: 'ClusterRoleBinding',
            metadata: { name: `crb-${i}` },
            roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
            subjects: [{ kind: 'ServiceAccount', name: `acct-${i}`, namespace }],
          }
        : {
            apiVersion: `${RBAC}/v1`,
            kind: 'RoleBinding',
            metadata: { name: `rb-${i}`, namespace: `sa-${(i + 1) % 20}` },
            roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
            subjects: [{ kind: 'ServiceAccount', name: `acct-${i}`, namespace }],
          },
    );
  }
  return out;
}

/**
 * Deep aggregation chains: `depth` levels of `width` ClusterRoles; each role of level l carries a
 * label `level: l` and aggregates level l+1 (and, every third, also level l+2), so the rules of
 * the deepest level climb through every level to the top.
 */
export function aggregationChainWorld(depth: number, width: number): Obj[] {
  const out: Obj[] = [];
  for (let l = 0; l < depth; l++) {
    for (let w = 0; w < width; w++) {
      const last = l === depth - 1;
      const selectors = [
        { matchLabels: { level: `l${l + 1}` } },
        ...(w % 3 === 0 ? [{ matchExpressions: [{ key: 'level', operator: 'In', values: [`l${l + 2}`] }] }] : []),
      ];
      out.push({
        apiVersion: `${RBAC}/v1`,
        kind: 'ClusterRole',
        metadata: { name: `chain-${l}-${w}`, labels: { level: `l${l}` } },
        ...(last ? {} : { aggregationRule: { clusterRoleSelectors: selectors } }),
        rules: last ? [{ apiGroups: [''], resources: [`res-${w}`], verbs: ['get'] }] : [],
      });
    }
  }
  out.push({
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRoleBinding',
    metadata: { name: 'top' },
    roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: 'chain-0-0' },
    subjects: [{ kind: 'User', apiGroup: RBAC, name: 'ana' }],
  });
  return out;
}

/** `n` pods in 10 namespaces whose Pod Security levels differ (privileged / baseline / restricted, enforce, warn, audit), pods mixing violations. */
export function podSecurityWorld(n: number): Obj[] {
  const levels = ['privileged', 'baseline', 'restricted'];
  const out: Obj[] = Array.from({ length: 10 }, (_, i) =>
    ns(`ps-${i}`, {
      'pod-security.kubernetes.io/enforce': levels[i % 3],
      'pod-security.kubernetes.io/warn': levels[(i + 1) % 3],
      'pod-security.kubernetes.io/audit': 'restricted',
    }),
  );
  for (let i = 0; i < n; i++) {
    const securityContext =
      i % 4 === 0
        ? { privileged: true }
        : i % 4 === 1
          ? { runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } }
          : i % 4 === 2
            ? { capabilities: { add: ['NET_ADMIN'] } }
            : {};
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `p-${i}`, namespace: `ps-${i % 10}`, labels: { app: `a${i % 20}` } },
      spec: { ...(i % 7 === 0 ? { hostNetwork: true } : {}), containers: [{ name: 'main', image: 'example/app:1', securityContext }] },
    });
  }
  return out;
}

/** A ValidatingAdmissionPolicy + binding set over pods (CEL over containers, labels, images), for `kubectl apply` of many pods. */
export function celPolicies(): Obj[] {
  const policy = (name: string, expression: string) => ({
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicy',
    metadata: { name },
    spec: {
      failurePolicy: 'Fail',
      matchConstraints: { resourceRules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['pods'] }] },
      validations: [{ expression }],
    },
  });
  const binding = (name: string) => ({
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingAdmissionPolicyBinding',
    metadata: { name: `${name}-binding` },
    spec: { policyName: name, validationActions: ['Deny'], matchResources: { namespaceSelector: { matchExpressions: [{ key: 'cel', operator: 'Exists' }] } } },
  });
  const policies = [
    policy('images-pinned', "object.spec.containers.all(c, c.image.contains('@sha256:') || c.image.endsWith(':1'))"),
    policy('has-app', "has(object.metadata.labels) && 'app' in object.metadata.labels && object.metadata.labels.app.matches('^a[0-9]+$')"),
    policy(
      'no-privileged',
      'object.spec.containers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || c.securityContext.privileged == false)',
    ),
  ];
  return [...policies, ...policies.map((p) => binding((p.metadata as Obj).name as string))];
}
