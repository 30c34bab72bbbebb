// Hardening exercises (lessons/02-hardening): insecure answers must fail the goal that names the
// problem, unusual right answers must pass every goal. Semantics: failurePolicy decides when a webhook
// or a policy cannot answer (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#failure-policy,
// https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy);
// an image without a tag is pulled as latest (https://kubernetes.io/docs/concepts/containers/images/#image-names);
// container securityContext overrides the pod's (https://kubernetes.io/docs/tasks/configure-pod-container/security-context/).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace, type Edit } from './harness';

const noLatest = loadExercise('02-hardening/03-admission-controllers/exercises/no-latest');
const polaris = loadExercise('02-hardening/03-admission-controllers/exercises/polaris-gatekeeper');
const threeSteps = loadExercise('02-hardening/02-containers/exercises/three-steps');
const flags = loadExercise('02-hardening/01-control-plane/exercises/apiserver-flags');
const auditEnc = loadExercise('02-hardening/01-control-plane/exercises/audit-and-encryption');

type Row = [string, Record<string, Edit>, string];
type Right = [string, Record<string, Edit>];

const EXPRESSION = `    - expression: >-
        variables.images.all(i, i.contains('@') ||
          (i.matches(':[^/]+$') && !i.endsWith(':latest')))`;
const withExpression = (cel: string) => replace(EXPRESSION, `    - expression: >-\n        ${cel}`);

const noLatestWrong: Row[] = [
  ['failurePolicy: Ignore', { 'no-latest-policy.yaml': replace('failurePolicy: Fail', 'failurePolicy: Ignore') }, 'still-denied-when-unevaluable'],
  ["c.image.contains(':') accepts a registry port without a tag", { 'no-latest-policy.yaml': withExpression("variables.images.all(i, i.contains(':') && !i.endsWith(':latest'))") }, 'registry-port-untagged-denied'],
  ['only containers, not init containers', { 'no-latest-policy.yaml': withExpression("object.spec.containers.all(c, c.image.matches(':[^/]+$') && !c.image.endsWith(':latest'))") }, 'init-latest-denied'],
  ['only the first container', { 'no-latest-policy.yaml': withExpression("object.spec.containers[0].image.matches(':[^/]+$') && !object.spec.containers[0].image.endsWith(':latest')") }, 'every-container-checked'],
  ['validationActions: [Warn]', { 'no-latest-policy.yaml': replace('validationActions: [Deny]', 'validationActions: [Warn]') }, 'latest-denied'],
  ['validationActions: [Audit]', { 'no-latest-policy.yaml': replace('validationActions: [Deny]', 'validationActions: [Audit]') }, 'latest-denied'],
  ['only the prod namespace by name', { 'no-latest-policy.yaml': replace('      matchLabels:\n        env: prod', '      matchLabels:\n        kubernetes.io/metadata.name: prod') }, 'every-prod-namespace'],
  ['no namespaceSelector: sandbox loses its freedom', { 'no-latest-policy.yaml': replace('  matchResources:\n    namespaceSelector:\n      matchLabels:\n        env: prod\n', '') }, 'sandbox-free'],
  ['digests rejected too (only tags accepted)', { 'no-latest-policy.yaml': withExpression("variables.images.all(i, !i.contains('@') && i.matches(':[^/]+$') && !i.endsWith(':latest'))") }, 'digest-admitted'],
];

const noLatestRight: Right[] = [
  ['a regex that names the tag after the last slash', { 'no-latest-policy.yaml': withExpression("variables.images.all(i, i.contains('@') || (i.matches('^[^@]*/?[^/:]+:[^/:]+$') && !i.endsWith(':latest')))") }],
  ['two validations, one for containers and one for init containers', {
    'no-latest-policy.yaml': replace(EXPRESSION, `    - expression: >-
        object.spec.containers.all(c, c.image.contains('@') ||
          (c.image.matches(':[^/]+$') && !c.image.endsWith(':latest')))
      message: "containers must be pinned"
    - expression: >-
        !has(object.spec.initContainers) || object.spec.initContainers.all(c, c.image.contains('@') ||
          (c.image.matches(':[^/]+$') && !c.image.endsWith(':latest')))`),
  }],
  ['namespaceSelector with matchExpressions', { 'no-latest-policy.yaml': replace('      matchLabels:\n        env: prod', '      matchExpressions:\n        - { key: env, operator: In, values: [prod] }') }],
  ['Deny and Audit together', { 'no-latest-policy.yaml': replace('validationActions: [Deny]', 'validationActions: [Deny, Audit]') }],
];

const WEBHOOK_NS = `    namespaceSelector:
      matchExpressions:
        - key: kubernetes.io/metadata.name
          operator: NotIn
          values: ["kube-system"]`;

const polarisWrong: Row[] = [
  ['failurePolicy: Ignore', { 'polaris-webhook.yaml': replace('failurePolicy: Fail ', 'failurePolicy: Ignore ') }, 'denied-when-polaris-down'],
  ['the opt-in objectSelector kept', { 'polaris-webhook.yaml': replace(WEBHOOK_NS, `${WEBHOOK_NS}\n    objectSelector:\n      matchLabels:\n        polaris: enabled`) }, 'privileged-pod-denied'],
  ['an opt-out objectSelector', { 'polaris-webhook.yaml': replace(WEBHOOK_NS, `${WEBHOOK_NS}\n    objectSelector:\n      matchExpressions:\n        - { key: polaris, operator: NotIn, values: [disabled] }`) }, 'no-opt-out-label'],
  ['CREATE only', { 'polaris-webhook.yaml': replace(/operations: \["CREATE", "UPDATE"\]/, 'operations: ["CREATE"]') }, 'privileged-update-denied'],
  ['no batch rule', { 'polaris-webhook.yaml': replace(/      - operations: \["CREATE", "UPDATE"\]\n        apiGroups: \["batch"\][\s\S]*$/, '') }, 'privileged-cronjob-denied'],
  ['only shop is checked', { 'polaris-webhook.yaml': replace(WEBHOOK_NS, '    namespaceSelector:\n      matchLabels:\n        kubernetes.io/metadata.name: shop') }, 'every-namespace'],
  ['kube-system not excluded', { 'polaris-webhook.yaml': replace(`${WEBHOOK_NS}\n`, '') }, 'cni-agent-admitted'],
];

const polarisRight: Right[] = [
  ['one rule with every group and resource', {
    'polaris-webhook.yaml': replace(/    rules:\n[\s\S]*$/, `    rules:
      - operations: ["CREATE", "UPDATE"]
        apiGroups: ["", "apps", "batch"]
        apiVersions: ["v1"]
        resources: ["pods", "deployments", "replicasets", "statefulsets", "daemonsets", "jobs", "cronjobs"]
        scope: Namespaced
`),
  }],
  ['operations: ["*"]', { 'polaris-webhook.yaml': replace(/operations: \["CREATE", "UPDATE"\]/, 'operations: ["*"]') }],
  ['kube-system excluded with a label the namespace has', { 'polaris-webhook.yaml': replace('          operator: NotIn\n          values: ["kube-system"]', '          operator: NotIn\n          values: [kube-system, kube-node-lease]') }],
];

const threeWrong: Row[] = [
  ['the sidecar runs as its image user (no pod runAsUser, only web has one)', {
    'deployment.yaml': chain(replace('      securityContext:\n        runAsUser: 1000\n        runAsGroup: 1000\n        fsGroup: 1000          # emptyDir volumes become writable for group 1000\n', '      securityContext:\n        fsGroup: 1000\n'), replace('          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp', '          securityContext:\n            runAsUser: 1000\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp')),
  }, 'never-root-by-default'],
  ['the sidecar explicitly root', { 'deployment.yaml': replace('        - name: log-shipper\n          image: fluent/fluent-bit:3.2\n          securityContext:\n', '        - name: log-shipper\n          image: fluent/fluent-bit:3.2\n          securityContext:\n            runAsUser: 0\n') }, 'no-root-user'],
  ['no /tmp emptyDir for nginx', { 'deployment.yaml': replace('            - name: tmp              # nginx writes its pid file and cache here\n              mountPath: /tmp\n', '') }, 'nginx-still-starts'],
  ['/tmp mounted readOnly', { 'deployment.yaml': replace('              mountPath: /tmp\n', '              mountPath: /tmp\n              readOnly: true\n') }, 'nginx-still-starts'],
  ['the sidecar without readOnlyRootFilesystem', { 'deployment.yaml': replace('          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n              readOnly: true', '          securityContext:\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n              readOnly: true') }, 'read-only-root'],
  ['escalation allowed on web', { 'deployment.yaml': replace('            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp', '            readOnlyRootFilesystem: true\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp') }, 'no-escalation'],
  ['privileged instead of a volume', { 'deployment.yaml': replace('          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp', '          securityContext:\n            privileged: true\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp') }, 'not-privileged'],
];

const threeRight: Right[] = [
  ['runAsNonRoot at pod level with a UID per container', {
    'deployment.yaml': chain(replace('        runAsUser: 1000\n        runAsGroup: 1000\n', '        runAsNonRoot: true\n'), replace(/            readOnlyRootFilesystem: true\n/, '            runAsUser: 101\n            readOnlyRootFilesystem: true\n')),
  }],
  ['an emptyDir in memory for /tmp', { 'deployment.yaml': replace('        - name: tmp\n          emptyDir: {}', '        - name: tmp\n          emptyDir:\n            medium: Memory\n            sizeLimit: 64Mi') }],
  ['capabilities dropped too', { 'deployment.yaml': replace(/            allowPrivilegeEscalation: false\n/, '            allowPrivilegeEscalation: false\n            capabilities:\n              drop: ["ALL"]\n') }],
];

const PROBES = `      livenessProbe:
        tcpSocket:
          port: 6443`;

const flagsWrong: Row[] = [
  ['anonymous off, httpGet /livez probes kept', { 'kube-apiserver.yaml': replace(/      livenessProbe:[\s\S]*?      volumeMounts:/, `      livenessProbe:
        httpGet:
          host: 10.0.0.10
          path: /livez
          port: 6443
          scheme: HTTPS
      volumeMounts:`) }, 'probes-still-work'],
  ['probes deleted', { 'kube-apiserver.yaml': replace(/      # With anonymous[\s\S]*?      volumeMounts:/, '      volumeMounts:') }, 'probes-still-work'],
  ['probe on the wrong port', { 'kube-apiserver.yaml': replace(PROBES, '      livenessProbe:\n        tcpSocket:\n          port: 8080') }, 'probes-still-work'],
  ['anonymous-auth removed (defaults to true)', { 'kube-apiserver.yaml': replace('        - --anonymous-auth=false\n', '') }, 'no-anonymous'],
  ['--profiling false (a stray word)', { 'kube-apiserver.yaml': replace('        - --profiling=false', '        - --profiling\n        - "false"') }, 'no-profiling'],
  ['AlwaysAllow kept after RBAC', { 'kube-apiserver.yaml': replace('--authorization-mode=Node,RBAC', '--authorization-mode=Node,RBAC,AlwaysAllow') }, 'not-always-allow'],
];

const AUTH_CONFIG = `---
apiVersion: apiserver.config.k8s.io/v1beta1
kind: AuthenticationConfiguration
anonymous:
  enabled: true
  conditions:
    - path: /livez
    - path: /readyz
`;

const flagsRight: Right[] = [
  ['anonymous only for /livez and /readyz (AuthenticationConfiguration), httpGet probes kept', {
    'kube-apiserver.yaml': chain(
      replace('        - --anonymous-auth=false\n', '        - --authentication-config=/etc/kubernetes/pki/auth-config.yaml\n'),
      replace(/      # With anonymous[\s\S]*?      volumeMounts:/, `      livenessProbe:
        httpGet:
          host: 10.0.0.10
          path: /livez
          port: 6443
          scheme: HTTPS
      readinessProbe:
        httpGet:
          host: 10.0.0.10
          path: /readyz
          port: 6443
          scheme: HTTPS
      volumeMounts:`),
      (text) => text + AUTH_CONFIG,
    ),
  }],
  ['flags as separate args', { 'kube-apiserver.yaml': replace('        - --authorization-mode=Node,RBAC', '        - --authorization-mode\n        - Node,RBAC') }],
];

const ENC = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration`;

const auditWrong: Row[] = [
  ['encryption config not mounted', { 'kube-apiserver.yaml': replace('        - name: encryption-config\n          mountPath: /etc/kubernetes/enc\n          readOnly: true\n', '') }, 'encryption-config-mounted'],
  ['audit log folder mounted readOnly', { 'kube-apiserver.yaml': replace('          mountPath: /var/log/kubernetes/audit\n', '          mountPath: /var/log/kubernetes/audit\n          readOnly: true\n') }, 'log-written-to-node'],
  ['audit policy not mounted', { 'kube-apiserver.yaml': replace('        - name: audit-policy\n          mountPath: /etc/kubernetes/audit\n          readOnly: true\n', '') }, 'policy-mounted'],
  ['identity first in the EncryptionConfiguration', { 'encryption-config.yaml': replace(/      - aescbc:[\s\S]*?\n      - identity: \{\}/, '      - identity: {}\n      - aescbc:\n          keys:\n            - name: key1\n              secret: MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=') }, 'encryption-config-valid'],
  ['a key of the wrong size', { 'encryption-config.yaml': replace(/secret: \S+/, 'secret: c2hvcnQta2V5') }, 'encryption-config-valid'],
  ['the EncryptionConfiguration left empty', { 'encryption-config.yaml': `${ENC}\nresources: []\n` }, 'encryption-config-valid'],
  ['retention 7 days', { 'kube-apiserver.yaml': replace('--audit-log-maxage=30', '--audit-log-maxage=7') }, 'log-retention'],
];

const auditRight: Right[] = [
  ['secretbox instead of aescbc', { 'encryption-config.yaml': replace(/      - aescbc:/, '      - secretbox:') }],
  ['the whole /etc/kubernetes folder mounted once', {
    'kube-apiserver.yaml': chain(
      replace('        - name: audit-policy\n          mountPath: /etc/kubernetes/audit\n          readOnly: true\n', ''),
      replace('        - name: encryption-config\n          mountPath: /etc/kubernetes/enc\n          readOnly: true\n', '        - name: etc-kubernetes\n          mountPath: /etc/kubernetes\n          readOnly: true\n'),
      replace('    - name: encryption-config\n      hostPath:\n        path: /etc/kubernetes/enc', '    - name: etc-kubernetes\n      hostPath:\n        path: /etc/kubernetes'),
    ),
  }],
];

describe.each([
  ['no-latest', noLatest, noLatestWrong, noLatestRight],
  ['polaris-gatekeeper', polaris, polarisWrong, polarisRight],
  ['three-steps', threeSteps, threeWrong, threeRight],
  ['apiserver-flags', flags, flagsWrong, flagsRight],
  ['audit-and-encryption', auditEnc, auditWrong, auditRight],
] as const)('%s', (_id, exercise, wrong, right) => {
  it('the solution passes every goal', () => {
    expect(failingGoals(exercise, {})).toEqual([]);
  });
  it.each(wrong)('wrong: %s', (_what, edits, goal) => {
    expect(failingGoals(exercise, edits)).toContain(goal);
  });
  it.each(right)('right: %s', (_what, edits) => {
    expect(failingGoals(exercise, edits)).toEqual([]);
  });
});
