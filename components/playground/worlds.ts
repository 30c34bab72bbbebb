import type { ViewMessageKey } from '@/lib/i18n/views';

/** A starting world for the playground: manifests put in the editor. */
export interface PlaygroundWorld {
  id: 'empty' | 'shop' | 'team' | 'admission' | 'attack' | 'large';
  title: ViewMessageKey;
  /** The tab that shows this world best. */
  tab: 'traffic' | 'permissions' | 'admission' | 'attack';
  text: () => string;
}

function pod(namespace: string, name: string, labels: Record<string, string>, ports: [string, number][], ip: string, extra = ''): string {
  const labelLines = Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`).join('\n');
  const portLines = ports.map(([n, p]) => `        - name: ${n}\n          containerPort: ${p}`).join('\n');
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
${labelLines}
spec:
  containers:
    - name: main
      image: ghcr.io/example/${labels.app ?? name}:1.0.0${ports.length ? `\n      ports:\n${portLines}` : ''}${extra}
status:
  podIP: ${ip}
`;
}

const SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: other
---
${pod('shop', 'frontend', { app: 'frontend' }, [['http', 8080]], '10.244.0.11')}---
${pod('shop', 'api', { app: 'api' }, [['http', 8080], ['admin', 9090]], '10.244.0.21')}---
${pod('shop', 'db', { app: 'db' }, [['postgres', 5432]], '10.244.1.31')}---
${pod('other', 'x', { app: 'x' }, [], '10.244.1.40')}---
# Every pod of shop is isolated for ingress; the rules below let some traffic in.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-from-frontend
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: frontend
      ports:
        - port: 8080
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-from-api
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: api
      ports:
        - port: 5432
`;

const TEAM = `apiVersion: v1
kind: Namespace
metadata:
  name: dev
---
apiVersion: v1
kind: Namespace
metadata:
  name: ci
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: deployer
  namespace: ci
---
# Developers read pods and their logs in dev, and may exec into them.
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: developer
  namespace: dev
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list", "watch"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: developers
  namespace: dev
subjects:
  - kind: Group
    name: devs
    apiGroup: rbac.authorization.k8s.io
  - kind: User
    name: alice
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: Role
  name: developer
  apiGroup: rbac.authorization.k8s.io
---
# The CI deployer may do anything with deployments in dev: a wildcard.
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deploy-anything
  namespace: dev
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deployer
  namespace: dev
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: ci
roleRef:
  kind: Role
  name: deploy-anything
  apiGroup: rbac.authorization.k8s.io
---
# Operators read Secrets everywhere and may hand out roles.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list"]
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["roles", "rolebindings"]
    verbs: ["get", "list", "create", "bind", "escalate"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: operators
subjects:
  - kind: User
    name: bob
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: operator
  apiGroup: rbac.authorization.k8s.io
`;

const ADMISSION = `apiVersion: v1
kind: Namespace
metadata:
  name: prod
  labels:
    env: prod
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/warn: restricted
---
# Images must be pinned (a tag other than latest, or a digest) in namespaces labelled env=prod.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: pinned-images
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods"]
  validations:
    - expression: "object.spec.containers.all(c, c.image.contains('@') || (c.image.matches(':[^/]+$') && !c.image.endsWith(':latest')))"
      message: "every image must be pinned to a version tag or a digest"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: pinned-images-prod
spec:
  policyName: pinned-images
  validationActions: [Deny]
  matchResources:
    namespaceSelector:
      matchLabels:
        env: prod
---
# Mutating: copy every image to the backup registry (the talk's image-cloner webhook).
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata:
  name: image-cloner
webhooks:
  - name: image-cloner.example.com
    admissionReviewVersions: ["v1"]
    sideEffects: None
    failurePolicy: Fail
    clientConfig:
      service:
        name: image-cloner
        namespace: image-cloner
        path: /mutate
    rules:
      - operations: ["CREATE", "UPDATE"]
        apiGroups: [""]
        apiVersions: ["v1"]
        resources: ["pods"]
---
# Validating: Polaris rejects dangerous settings, only where a namespace opts in.
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: polaris
webhooks:
  - name: polaris.example.com
    admissionReviewVersions: ["v1"]
    sideEffects: None
    failurePolicy: Fail
    clientConfig:
      service:
        name: polaris
        namespace: polaris
        path: /validate
    namespaceSelector:
      matchLabels:
        polaris: enforce
    rules:
      - operations: ["CREATE", "UPDATE"]
        apiGroups: [""]
        apiVersions: ["v1"]
        resources: ["pods"]
---
# A web app, pinned and unprivileged: admitted (with a warning from the restricted level).
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: prod
spec:
  containers:
    - name: web
      image: nginx:1.27
---
# Privileged: Pod Security (baseline) rejects it.
apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: prod
spec:
  containers:
    - name: shell
      image: busybox:1.37
      securityContext:
        privileged: true
---
# latest: the ValidatingAdmissionPolicy rejects it.
apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: prod
spec:
  containers:
    - name: redis
      image: redis:latest
`;

const LARGE_APPS: [string, string, number][] = [['web', 'http', 8080], ['api', 'http', 8080], ['db', 'postgres', 5432], ['cache', 'redis', 6379], ['worker', 'metrics', 9100]];

/** 200 pods in 8 namespaces (5 apps × 5 replicas each), default-deny and one flow per tier. */
/** An attack path to break: a published frontend carries the default token, which lists the Secrets. */
const ATTACK = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: shop
stringData:
  password: s3cret
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
  namespace: shop
spec:
  selector:
    matchLabels: { app: frontend }
  template:
    metadata:
      labels: { app: frontend }
    spec:
      # Break the first link: automountServiceAccountToken: false
      containers:
        - name: web
          image: ghcr.io/example/frontend:1.0.0
          ports:
            - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: frontend
  namespace: shop
spec:
  type: LoadBalancer
  selector: { app: frontend }
  ports:
    - port: 80
      targetPort: 8080
---
# A Role someone forgot: the default ServiceAccount lists every Secret of shop.
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: debug-secrets
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: debug-secrets
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: debug-secrets
subjects:
  - kind: ServiceAccount
    name: default
    namespace: shop
`;

export function largeWorld(namespaces = 8, replicas = 5): string {
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${n + 1}`;
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`);
    LARGE_APPS.forEach(([app, portName, port], a) => {
      for (let r = 0; r < replicas; r++) docs.push(pod(ns, `${app}-${r + 1}`, { app, tier: a < 2 ? 'front' : 'back' }, [[portName, port]], `10.${10 + n}.${a}.${r + 10}`));
    });
    docs.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n`);
    for (const [from, to, port] of [['web', 'api', 8080], ['api', 'db', 5432], ['api', 'cache', 6379]] as const) {
      docs.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${to}-from-${from}\n  namespace: ${ns}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${to}\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: ${from}\n      ports:\n        - port: ${port}\n`);
    }
  }
  return docs.join('---\n');
}

export const WORLDS: readonly PlaygroundWorld[] = [
  { id: 'empty', title: 'world_empty', tab: 'traffic', text: () => '' },
  { id: 'shop', title: 'world_shop', tab: 'traffic', text: () => SHOP },
  { id: 'team', title: 'world_team', tab: 'permissions', text: () => TEAM },
  { id: 'admission', title: 'world_admission', tab: 'admission', text: () => ADMISSION },
  { id: 'attack', title: 'world_attack', tab: 'attack', text: () => ATTACK },
  { id: 'large', title: 'world_large', tab: 'traffic', text: () => largeWorld() },
];

export function worldById(id: string | undefined): PlaygroundWorld | undefined {
  return WORLDS.find((w) => w.id === id);
}
