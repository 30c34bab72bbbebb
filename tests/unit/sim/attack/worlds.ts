// Worlds the attack-path tests share.
import { expect } from 'vitest';
import { createCluster, parseManifests } from '../../../../lib/sim';

export function world(yaml: string) {
  const { objects, diagnostics } = parseManifests(yaml);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return createCluster(objects);
}

/** A published pod whose mounted token may list the namespace's Secrets. */
export const SHOP = `
apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Secret
metadata: { name: db, namespace: shop }
stringData: { password: s3cret }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop, labels: { app: web } }
spec:
  containers: [{ name: web, image: nginx:1.27, ports: [{ containerPort: 8080 }] }]
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec: { type: LoadBalancer, selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: secret-reader, namespace: shop }
rules: [{ apiGroups: [""], resources: [secrets], verbs: [list] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: default-reads, namespace: shop }
subjects: [{ kind: ServiceAccount, name: default, namespace: shop }]
roleRef: { kind: Role, name: secret-reader, apiGroup: rbac.authorization.k8s.io }
`;

/** A two-replica Deployment `name` in shop (its pods are `name-<hash>-<suffix>`), optionally privileged. */
export function deployment(name: string, privileged = false): string {
  const security = privileged ? ', securityContext: { privileged: true }' : '';
  return `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: shop }
spec:
  replicas: 2
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: ${name}, image: ${name}:1.0${security} }] }`;
}
