// One firing and one quiet example per detector (YAML as a learner would write it).
// Upstream behaviour behind each trap is cited in the detector's module (lib/lesson/misconceptions).
export interface Case {
  fires: string;
  quiet: string;
  world?: string;
}

const role = (rule: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: shop}\nrules:\n  - ${rule}\n`;
const pod = (spec: string, ns = 'shop') => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ${ns}}\nspec:\n${spec}\n`;
const container = (extra = '', image = 'nginx:1.27') => `  containers:\n    - name: web\n      image: ${image}\n${extra}`;
const netpol = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: shop}\nspec:\n${spec}\n`;
const binding = (subject: string, kind = 'RoleBinding', ref = 'kind: Role\n  name: r') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata: {name: b${kind === 'RoleBinding' ? ', namespace: shop' : ''}}\nsubjects:\n  - ${subject}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  ${ref}\n`;
const ns = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n${labels}\n`;
const vap = (validation: string) =>
  `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: v}\nspec:\n  failurePolicy: Fail\n  matchConstraints:\n    resourceRules:\n      - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}\n  validations:\n    - expression: ${JSON.stringify(validation)}\n`;
const vapBinding = (actions: string) =>
  `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata: {name: vb}\nspec:\n  policyName: v\n  validationActions: ${actions}\n`;
const webhook = (extra: string, resources = 'pods') =>
  `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata: {name: w}\nwebhooks:\n  - name: w.example.com\n    admissionReviewVersions: [v1]\n    sideEffects: None\n    clientConfig: {service: {name: polaris, namespace: x}}\n    rules:\n      - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [${resources}]}\n${extra}`;
const audit = (rules: string) => `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules}\n`;
const svc = `apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: shop}\nspec:\n  selector: {app: api}\n  ports:\n    - {port: 80, targetPort: 8080}\n`;
const apiPod = `apiVersion: v1\nkind: Pod\nmetadata: {name: api, namespace: shop, labels: {app: api}}\nspec:\n  containers:\n    - {name: api, image: "api:1.0", ports: [{containerPort: 8080}]}\n`;

export const CASES: Record<string, Case> = {
  'rbac-wildcard-verb': {
    fires: role('{apiGroups: [""], resources: [pods], verbs: ["*"]}'),
    quiet: role('{apiGroups: [""], resources: [pods], verbs: [get, list]}'),
  },
  'rbac-wildcard-resource': {
    fires: role('{apiGroups: ["*"], resources: ["*"], verbs: [get]}'),
    quiet: role('{apiGroups: [""], resources: [pods], verbs: [get]}'),
  },
  'rbac-singular-resource': {
    fires: role('{apiGroups: [""], resources: [pod], verbs: [get]}'),
    quiet: role('{apiGroups: [""], resources: [pods], verbs: [get]}'),
  },
  'rbac-core-group-name': {
    fires: role('{apiGroups: [core], resources: [pods], verbs: [get]}'),
    quiet: role('{apiGroups: [""], resources: [pods], verbs: [get]}'),
  },
  'rbac-subresource-star': {
    fires: role('{apiGroups: [""], resources: ["pods/*"], verbs: [get]}'),
    quiet: role('{apiGroups: [""], resources: ["pods/log"], verbs: [get]}'),
  },
  'rbac-resource-names-nameless-verb': {
    fires: role('{apiGroups: [""], resources: [configmaps], resourceNames: [sillon], verbs: [get, list]}'),
    quiet: role('{apiGroups: [""], resources: [pods/eviction], resourceNames: [aceituna], verbs: [create]}'),
  },
  'rbac-list-secrets-reads-them': {
    fires: role('{apiGroups: [""], resources: [secrets], verbs: [list]}'),
    quiet: role('{apiGroups: [""], resources: [secrets], resourceNames: [db], verbs: [get]}'),
  },
  'rbac-escalation-verbs': {
    fires: role('{apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind]}'),
    quiet: role('{apiGroups: [rbac.authorization.k8s.io], resources: [roles], verbs: [get]}'),
  },
  'rbac-rolebinding-clusterrole-is-local': {
    fires: binding('{kind: User, name: ana}', 'RoleBinding', 'kind: ClusterRole\n  name: node-reader'),
    quiet: binding('{kind: User, name: ana}', 'RoleBinding', 'kind: ClusterRole\n  name: pod-reader'),
    world: `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: node-reader}\nrules: [{apiGroups: [""], resources: [nodes], verbs: [get]}]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: pod-reader}\nrules: [{apiGroups: [""], resources: [pods], verbs: [get]}]\n`,
  },
  'rbac-role-ref-elsewhere': {
    fires: binding('{kind: User, name: ana}', 'RoleBinding', 'kind: Role\n  name: only-in-a'),
    quiet: binding('{kind: User, name: ana}', 'RoleBinding', 'kind: Role\n  name: in-shop'),
    world: `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: only-in-a, namespace: depto-a}\nrules: []\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: in-shop, namespace: shop}\nrules: []\n`,
  },
  'rbac-sa-subject-without-namespace': {
    fires: binding('{kind: ServiceAccount, name: api}', 'ClusterRoleBinding', 'kind: ClusterRole\n  name: view'),
    quiet: binding('{kind: ServiceAccount, name: api, namespace: shop}', 'ClusterRoleBinding', 'kind: ClusterRole\n  name: view'),
  },
  'rbac-everyone-groups': {
    fires: binding('{kind: Group, name: "system:authenticated", apiGroup: rbac.authorization.k8s.io}'),
    quiet: binding('{kind: Group, name: developers, apiGroup: rbac.authorization.k8s.io}'),
  },
  'rbac-binds-default-sa': {
    fires: binding('{kind: ServiceAccount, name: default, namespace: shop}'),
    quiet: binding('{kind: ServiceAccount, name: api, namespace: shop}'),
  },
  'pod-level-read-only-root-filesystem': {
    fires: pod(`  securityContext:\n    readOnlyRootFilesystem: true\n${container()}`),
    quiet: pod(container('      securityContext: {readOnlyRootFilesystem: true}\n')),
  },
  'capabilities-lowercase-all': {
    fires: pod(container('      securityContext: {capabilities: {drop: [all]}}\n')),
    quiet: pod(container('      securityContext: {capabilities: {drop: [ALL]}}\n')),
  },
  'privileged-overrides-capabilities': {
    fires: pod(container('      securityContext: {privileged: true, capabilities: {drop: [ALL]}}\n')),
    quiet: pod(container('      securityContext: {privileged: false, capabilities: {drop: [ALL]}}\n')),
  },
  'run-as-non-root-with-uid-zero': {
    fires: pod(`  securityContext: {runAsNonRoot: true}\n${container('      securityContext: {runAsUser: 0}\n')}`),
    quiet: pod(`  securityContext: {runAsNonRoot: true}\n${container('      securityContext: {runAsUser: 10001}\n')}`),
  },
  'pod-uses-default-service-account': {
    fires: pod(container()),
    quiet: pod(`  serviceAccountName: web\n${container()}`),
    world: binding('{kind: ServiceAccount, name: default, namespace: shop}'),
  },
  'names-are-case-sensitive': {
    fires: pod(`  serviceAccountName: Web\n${container()}`),
    quiet: pod(`  serviceAccountName: web\n${container()}`),
    world: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: web, namespace: shop}\n',
  },
  'image-latest-tag': { fires: pod(container('', 'nginx:latest')), quiet: pod(container('', 'nginx:1.27')) },
  'image-without-tag': { fires: pod(container('', 'registry.local:5000/nginx')), quiet: pod(container('', 'registry.local:5000/nginx:1.27')) },
  'image-tag-and-digest': { fires: pod(container('', `nginx:1.27@sha256:${'a'.repeat(64)}`)), quiet: pod(container('', `nginx@sha256:${'a'.repeat(64)}`)) },
  'netpol-and-vs-or-peers': {
    fires: netpol(
      '  podSelector: {matchLabels: {app: db}}\n  ingress:\n    - from:\n        - namespaceSelector: {matchLabels: {team: monitoring}}\n        - podSelector: {matchLabels: {app: prometheus}}\n',
    ),
    quiet: netpol(
      '  podSelector: {matchLabels: {app: db}}\n  ingress:\n    - from:\n        - namespaceSelector: {matchLabels: {team: monitoring}}\n          podSelector: {matchLabels: {app: prometheus}}\n',
    ),
  },
  'netpol-egress-missing-from-policy-types': {
    fires: netpol('  podSelector: {}\n  policyTypes: [Ingress]\n  egress:\n    - to: [{podSelector: {}}]\n'),
    quiet: netpol('  podSelector: {}\n  policyTypes: [Ingress, Egress]\n  egress:\n    - to: [{podSelector: {}}]\n'),
  },
  'netpol-egress-without-dns': {
    fires: netpol('  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to: [{podSelector: {matchLabels: {app: db}}}]\n      ports: [{port: 5432}]\n'),
    quiet: netpol('  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - ports: [{port: 53, protocol: UDP}]\n'),
  },
  'netpol-empty-pod-selector-peer-is-local': {
    fires: netpol('  podSelector: {}\n  ingress:\n    - from: [{podSelector: {}}]\n'),
    quiet: netpol('  podSelector: {}\n  ingress:\n    - from: [{namespaceSelector: {}, podSelector: {}}]\n'),
  },
  'netpol-namespace-name-label': {
    fires: netpol('  podSelector: {}\n  ingress:\n    - from: [{namespaceSelector: {matchLabels: {name: monitoring}}}]\n'),
    quiet: netpol('  podSelector: {}\n  ingress:\n    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}]\n'),
    world: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: monitoring}\n',
  },
  'netpol-service-port-not-target-port': {
    fires: netpol('  podSelector: {matchLabels: {app: api}}\n  ingress:\n    - ports: [{port: 80}]\n'),
    quiet: netpol('  podSelector: {matchLabels: {app: api}}\n  ingress:\n    - ports: [{port: 8080}]\n'),
    world: `${svc}---\n${apiPod}`,
  },
  'labels-are-case-sensitive': {
    fires: netpol('  podSelector: {matchLabels: {app: API}}\n'),
    quiet: netpol('  podSelector: {matchLabels: {app: api}}\n'),
    world: apiPod,
  },
  'failure-policy-ignore': { fires: webhook('    failurePolicy: Ignore\n'), quiet: webhook('    failurePolicy: Fail\n') },
  'vap-binding-without-deny': { fires: vapBinding('[Warn]'), quiet: vapBinding('[Deny, Warn]') },
  'vap-without-binding': { fires: vap('true'), quiet: `${vap('true')}---\n${vapBinding('[Deny]')}` },
  'cel-absent-field-unguarded': {
    fires: vap("object.spec.initContainers.all(c, c.image.contains(':'))"),
    quiet: vap("!has(object.spec.initContainers) || object.spec.initContainers.all(c, c.image.contains(':'))"),
  },
  'webhook-rule-singular-resource': { fires: webhook('', 'daemonset'), quiet: webhook('', 'daemonsets') },
  'psa-invalid-level': { fires: ns('    pod-security.kubernetes.io/enforce: Baseline'), quiet: ns('    pod-security.kubernetes.io/enforce: baseline') },
  'psa-label-typo': { fires: ns('    pod-security.kubernetes.io/enforced: restricted'), quiet: ns('    pod-security.kubernetes.io/enforce: restricted') },
  'psa-warn-without-enforce': {
    fires: ns('    pod-security.kubernetes.io/warn: restricted'),
    quiet: ns('    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/warn: restricted'),
  },
  'audit-catch-all-not-last': {
    fires: audit('  - level: Metadata\n  - level: None\n    verbs: [watch]'),
    quiet: audit('  - level: None\n    verbs: [watch]\n  - level: Metadata'),
  },
  'audit-secret-bodies': {
    fires: audit('  - level: RequestResponse\n    resources: [{group: ""}]'),
    quiet: audit('  - level: Metadata\n    resources: [{group: "", resources: [secrets]}]\n  - level: RequestResponse\n    resources: [{group: ""}]'),
  },
  'audit-silences-service-accounts': {
    fires: audit('  - level: None\n    userGroups: ["system:serviceaccounts:shop"]\n  - level: Metadata'),
    quiet: audit(
      '  - level: None\n    verbs: [watch]\n    userGroups: ["system:serviceaccounts:shop"]\n    resources: [{group: "", resources: [endpoints]}]\n  - level: Metadata',
    ),
  },
};
