// Shared helpers for the simulated kubectl tests: a session on a small world, run lines.
import { parseManifests } from '../../../../lib/sim/parse';
import { createShellSession, runShellLine, type ShellLine, type ShellSession } from '../../../../lib/sim/shell';
import { render } from '../../../../lib/i18n/messages';
import type { Lang } from '../../../../lib/i18n/languages';

export const SHOP_WORLD = `
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    team: shop
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels:
    app: web
    tier: front
spec:
  nodeName: minikube
  containers:
    - name: nginx
      image: nginx:1.27
      ports:
        - containerPort: 80
status:
  podIP: 10.244.0.10
---
apiVersion: v1
kind: Pod
metadata:
  name: api
  namespace: shop
  labels:
    app: api
spec:
  nodeName: minikube
  containers:
    - name: api
      image: ghcr.io/example/shop-api:2.4.1
      ports:
        - name: http
          containerPort: 8080
status:
  podIP: 10.244.0.11
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  clusterIP: 10.96.10.10
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  clusterIP: 10.96.10.11
  selector:
    app: api
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  mode: fast
  level: "3"
---
apiVersion: v1
kind: Secret
metadata:
  name: db-password
  namespace: shop
stringData:
  password: hunter22
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: api
  namespace: shop
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pod-reader
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
  - apiGroups: [""]
    resources: ["pods/log"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: read-pods
  namespace: shop
subjects:
  - kind: User
    name: alice
    apiGroup: rbac.authorization.k8s.io
  - kind: ServiceAccount
    name: api
    namespace: shop
roleRef:
  kind: Role
  name: pod-reader
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: secret-reader
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get"]
    resourceNames: ["db-password"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ops-read-secret
subjects:
  - kind: Group
    name: ops
    apiGroup: rbac.authorization.k8s.io
roleRef:
  kind: ClusterRole
  name: secret-reader
  apiGroup: rbac.authorization.k8s.io
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-from-web
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: web
      ports:
        - port: 8080
`;

/** Objects of a YAML text. */
export function objectsOf(text: string): unknown[] {
  return parseManifests(text).objects;
}

/** A session on the shop world (minikube's objects too unless `minikube: false`). */
export function shopSession(options: { minikube?: boolean; files?: Record<string, string> } = {}): ShellSession {
  return createShellSession({ objects: objectsOf(SHOP_WORLD), minikube: options.minikube ?? false, files: options.files });
}

/** Run lines in order; returns the last result (its lines too) and the session after them. */
export function runLines(session: ShellSession, ...lines: string[]): { session: ShellSession; output: string; lines: ShellLine[]; exitCode: number } {
  let current = session;
  let last: { output: string; lines: ShellLine[]; exitCode: number } = { output: '', lines: [], exitCode: 0 };
  for (const line of lines) {
    const result = runShellLine(current, line);
    current = result.session;
    last = result;
  }
  return { session: current, output: last.output, lines: last.lines, exitCode: last.exitCode };
}

/** The lines as the terminal shows them in `lang` (the lab's notes rendered at the edge), joined by newlines. */
export function shownIn(lang: Lang, lines: readonly ShellLine[]): string {
  return lines.map((line) => (line.message ? render(lang, line.message) : line.text)).join('\n');
}

/** Run lines in order; the last one's output as the terminal shows it in `lang`. */
export function runIn(lang: Lang, session: ShellSession, ...lines: string[]): { output: string; exitCode: number } {
  const last = runLines(session, ...lines);
  return { output: shownIn(lang, last.lines), exitCode: last.exitCode };
}

/** Lines of a multi-line template literal (leading newline and common indentation removed). */
export function text(strings: TemplateStringsArray): string {
  const raw = strings
    .join('')
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '');
  const indent = Math.min(
    ...raw
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => /^ */.exec(l)![0].length),
  );
  return raw
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}
