// Hardening exercises (lessons/02-hardening, control plane and containers): insecure answers must fail the goal that names the
// problem, unusual right answers must pass every goal. Semantics: failurePolicy decides when a webhook
// or a policy cannot answer (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#failure-policy,
// https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy);
// an image without a tag is pulled as latest (https://kubernetes.io/docs/concepts/containers/images/#image-names);
// container securityContext overrides the pod's (https://kubernetes.io/docs/tasks/configure-pod-container/security-context/).
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace, type Edit } from './harness';

const kubelet = loadExercise('02-hardening/01-control-plane/exercises/kubelet-lockdown');
const dropAll = loadExercise('02-hardening/02-containers/exercises/drop-all');
const road = loadExercise('02-hardening/02-containers/exercises/road-to-restricted');
const threeSteps = loadExercise('02-hardening/02-containers/exercises/three-steps');
const flags = loadExercise('02-hardening/01-control-plane/exercises/apiserver-flags');
const auditEnc = loadExercise('02-hardening/01-control-plane/exercises/audit-and-encryption');

type Row = [string, Record<string, Edit>, string];
type Right = [string, Record<string, Edit>];

const threeWrong: Row[] = [
  [
    'the sidecar runs as its image user (no pod runAsUser, only web has one)',
    {
      'deployment.yaml': chain(
        replace(
          '      securityContext:\n        runAsUser: 1000\n        runAsGroup: 1000\n        fsGroup: 1000          # emptyDir volumes become writable for group 1000\n',
          '      securityContext:\n        fsGroup: 1000\n',
        ),
        replace(
          '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
          '          securityContext:\n            runAsUser: 1000\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
        ),
      ),
    },
    'never-root-by-default',
  ],
  [
    'the sidecar explicitly root',
    {
      'deployment.yaml': replace(
        '        - name: log-shipper\n          image: fluent/fluent-bit:3.2\n          securityContext:\n',
        '        - name: log-shipper\n          image: fluent/fluent-bit:3.2\n          securityContext:\n            runAsUser: 0\n',
      ),
    },
    'no-root-user',
  ],
  [
    'no /tmp emptyDir for nginx',
    { 'deployment.yaml': replace('            - name: tmp              # nginx writes its pid file and cache here\n              mountPath: /tmp\n', '') },
    'nginx-still-starts',
  ],
  [
    '/tmp mounted readOnly',
    { 'deployment.yaml': replace('              mountPath: /tmp\n', '              mountPath: /tmp\n              readOnly: true\n') },
    'nginx-still-starts',
  ],
  [
    'the sidecar without readOnlyRootFilesystem',
    {
      'deployment.yaml': replace(
        '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n              readOnly: true',
        '          securityContext:\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n              readOnly: true',
      ),
    },
    'read-only-root',
  ],
  [
    'escalation allowed on web',
    {
      'deployment.yaml': replace(
        '            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
        '            readOnlyRootFilesystem: true\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
      ),
    },
    'no-escalation',
  ],
  [
    'privileged instead of a volume',
    {
      'deployment.yaml': replace(
        '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
        '          securityContext:\n            privileged: true\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
      ),
    },
    'not-privileged',
  ],
];

const threeRight: Right[] = [
  [
    'runAsNonRoot at pod level with a UID per container',
    {
      'deployment.yaml': chain(
        replace('        runAsUser: 1000\n        runAsGroup: 1000\n', '        runAsNonRoot: true\n'),
        replace(/            readOnlyRootFilesystem: true\n/, '            runAsUser: 101\n            readOnlyRootFilesystem: true\n'),
      ),
    },
  ],
  [
    'an emptyDir in memory for /tmp',
    {
      'deployment.yaml': replace(
        '        - name: tmp\n          emptyDir: {}',
        '        - name: tmp\n          emptyDir:\n            medium: Memory\n            sizeLimit: 64Mi',
      ),
    },
  ],
  [
    'capabilities dropped too',
    {
      'deployment.yaml': replace(
        /            allowPrivilegeEscalation: false\n/,
        '            allowPrivilegeEscalation: false\n            capabilities:\n              drop: ["ALL"]\n',
      ),
    },
  ],
];

const kubeletWrong: Row[] = [
  ['nodes/proxy kept', { 'prometheus-rbac.yaml': replace('["nodes", "nodes/metrics"]', '["nodes", "nodes/proxy", "nodes/metrics"]') }, 'prometheus-no-proxy'],
  // `nodes/*` is not a wildcard in RBAC: it grants no subresource, so metrics are lost.
  ['nodes/* for convenience', { 'prometheus-rbac.yaml': replace('["nodes", "nodes/metrics"]', '["nodes", "nodes/*"]') }, 'prometheus-reads-metrics'],
  [
    'pods/exec added "for debugging"',
    { 'prometheus-rbac.yaml': (t) => `${t}  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["create"]\n` },
    'prometheus-no-exec',
  ],
  [
    'anonymous left on',
    { 'kubelet-config.yaml': replace('    enabled: false          # no system:anonymous on port 10250', '    enabled: true') },
    'kubelet-no-anonymous',
  ],
  ['AlwaysAllow kept', { 'kubelet-config.yaml': replace('  mode: Webhook ', '  mode: AlwaysAllow ') }, 'kubelet-webhook-authz'],
  ['read-only port left at 10255', { 'kubelet-config.yaml': replace('readOnlyPort: 0 ', 'readOnlyPort: 10255 ') }, 'kubelet-no-read-only-port'],
  ['certificate rotation off', { 'kubelet-config.yaml': replace('rotateCertificates: true', 'rotateCertificates: false') }, 'kubelet-rotates-certificates'],
];

const kubeletRight: Right[] = [
  [
    'one rule per resource',
    {
      'prometheus-rbac.yaml': replace(
        '  - apiGroups: [""]\n    resources: ["nodes", "nodes/metrics"]\n    verbs: ["get", "list", "watch"]',
        '  - apiGroups: [""]\n    resources: ["nodes"]\n    verbs: ["get", "list", "watch"]\n  - apiGroups: [""]\n    resources: ["nodes/metrics"]\n    verbs: ["get"]',
      ),
    },
  ],
  [
    'readOnlyPort left out (its default is 0 in the config file)',
    { 'kubelet-config.yaml': replace('readOnlyPort: 0             # no unauthenticated port 10255\n', '') },
  ],
];

const dropAllWrong: Row[] = [
  [
    'NET_ADMIN added back',
    { 'pod.yaml': replace('          drop: ["ALL"]         # exact, uppercase', '          drop: ["ALL"]\n          add: ["NET_ADMIN"]') },
    'no-dangerous-capabilities',
  ],
  ['drop: [all] in lowercase', { 'pod.yaml': replace('drop: ["ALL"]', 'drop: ["all"]') }, 'drops-all'],
  ['no /tmp volume', { 'pod.yaml': replace('      volumeMounts:\n        - name: tmp\n          mountPath: /tmp\n', '') }, 'nginx-still-starts'],
  ['writable root', { 'pod.yaml': replace('readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false') }, 'read-only-root'],
  [
    'seccomp Unconfined in the container',
    {
      'pod.yaml': replace(
        '        allowPrivilegeEscalation: false\n',
        '        allowPrivilegeEscalation: false\n        seccompProfile:\n          type: Unconfined\n',
      ),
    },
    'web-restricted',
  ],
];

const dropAllRight: Right[] = [
  [
    'NET_BIND_SERVICE added back (restricted allows it)',
    { 'pod.yaml': replace('          drop: ["ALL"]         # exact, uppercase', '          drop: ["ALL"]\n          add: ["NET_BIND_SERVICE"]') },
  ],
  [
    'seccomp on the container instead of the pod',
    {
      'pod.yaml': chain(
        replace('    seccompProfile:\n      type: RuntimeDefault      # every container inherits it...\n', ''),
        replace(
          '        allowPrivilegeEscalation: false\n',
          '        allowPrivilegeEscalation: false\n        seccompProfile:\n          type: RuntimeDefault\n',
        ),
      ),
    },
  ],
];

const roadWrong: Row[] = [
  ['enforce only baseline', { 'namespace.yaml': replace('enforce: restricted', 'enforce: baseline') }, 'root-pod-rejected'],
  ['enforce label removed (warn only)', { 'namespace.yaml': replace('    pod-security.kubernetes.io/enforce: restricted\n', '') }, 'root-pod-rejected'],
  [
    'init container left without its securityContext',
    {
      'deployment.yaml': replace(
        '          command: ["/app/migrate", "--up"]\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]\n',
        '          command: ["/app/migrate", "--up"]\n',
      ),
    },
    'api-restricted',
  ],
  [
    'writable root in the api container',
    {
      'deployment.yaml': replace(
        '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false',
        '          securityContext:\n            allowPrivilegeEscalation: false',
      ),
    },
    'read-only-root',
  ],
];

const roadRight: Right[] = [
  ['enforce pinned to a release', { 'namespace.yaml': replace('enforce-version: latest', 'enforce-version: v1.33') }],
  [
    'securityContext repeated in each container instead of the pod',
    {
      'deployment.yaml': chain(
        replace('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n        seccompProfile:\n          type: RuntimeDefault\n', ''),
        replace(
          /            capabilities:\n              drop: \["ALL"\]\n/,
          '            capabilities:\n              drop: ["ALL"]\n            runAsNonRoot: true\n            seccompProfile:\n              type: RuntimeDefault\n',
        ),
      ),
    },
  ],
];

const PROBES = `      livenessProbe:
        tcpSocket:
          port: 6443`;

const flagsWrong: Row[] = [
  [
    'anonymous off, httpGet /livez probes kept',
    {
      'kube-apiserver.yaml': replace(
        /      livenessProbe:[\s\S]*?      volumeMounts:/,
        `      livenessProbe:
        httpGet:
          host: 10.0.0.10
          path: /livez
          port: 6443
          scheme: HTTPS
      volumeMounts:`,
      ),
    },
    'probes-still-work',
  ],
  ['probes deleted', { 'kube-apiserver.yaml': replace(/      # With anonymous[\s\S]*?      volumeMounts:/, '      volumeMounts:') }, 'probes-still-work'],
  [
    'probe on the wrong port',
    { 'kube-apiserver.yaml': replace(PROBES, '      livenessProbe:\n        tcpSocket:\n          port: 8080') },
    'probes-still-work',
  ],
  ['anonymous-auth removed (defaults to true)', { 'kube-apiserver.yaml': replace('        - --anonymous-auth=false\n', '') }, 'no-anonymous'],
  [
    '--profiling false (a stray word)',
    { 'kube-apiserver.yaml': replace('        - --profiling=false', '        - --profiling\n        - "false"') },
    'no-profiling',
  ],
  [
    'AlwaysAllow kept after RBAC',
    { 'kube-apiserver.yaml': replace('--authorization-mode=Node,RBAC', '--authorization-mode=Node,RBAC,AlwaysAllow') },
    'not-always-allow',
  ],
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
  [
    'anonymous only for /livez and /readyz (AuthenticationConfiguration), httpGet probes kept',
    {
      'kube-apiserver.yaml': chain(
        replace('        - --anonymous-auth=false\n', '        - --authentication-config=/etc/kubernetes/pki/auth-config.yaml\n'),
        replace(
          /      # With anonymous[\s\S]*?      volumeMounts:/,
          `      livenessProbe:
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
      volumeMounts:`,
        ),
        (text) => text + AUTH_CONFIG,
      ),
    },
  ],
  [
    'tcpSocket probes on a named container port',
    {
      'kube-apiserver.yaml': chain(
        replace(
          '      image: registry.k8s.io/kube-apiserver:v1.33.4\n',
          '      image: registry.k8s.io/kube-apiserver:v1.33.4\n      ports:\n        - name: https\n          containerPort: 6443\n',
        ),
        replace(/          port: 6443/, '          port: https'),
      ),
    },
  ],
  [
    'flags as separate args',
    { 'kube-apiserver.yaml': replace('        - --authorization-mode=Node,RBAC', '        - --authorization-mode\n        - Node,RBAC') },
  ],
];

const ENC = `apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration`;

const auditWrong: Row[] = [
  [
    'encryption config not mounted',
    { 'kube-apiserver.yaml': replace('        - name: encryption-config\n          mountPath: /etc/kubernetes/enc\n          readOnly: true\n', '') },
    'encryption-config-mounted',
  ],
  [
    'audit log folder mounted readOnly',
    {
      'kube-apiserver.yaml': replace(
        '          mountPath: /var/log/kubernetes/audit\n',
        '          mountPath: /var/log/kubernetes/audit\n          readOnly: true\n',
      ),
    },
    'log-written-to-node',
  ],
  [
    'audit policy not mounted',
    { 'kube-apiserver.yaml': replace('        - name: audit-policy\n          mountPath: /etc/kubernetes/audit\n          readOnly: true\n', '') },
    'policy-mounted',
  ],
  [
    'identity first in the EncryptionConfiguration',
    {
      'encryption-config.yaml': replace(
        /      - aescbc:[\s\S]*?\n      - identity: \{\}/,
        '      - identity: {}\n      - aescbc:\n          keys:\n            - name: key1\n              secret: MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
      ),
    },
    'encryption-config-valid',
  ],
  ['a key of the wrong size', { 'encryption-config.yaml': replace(/secret: \S+/, 'secret: c2hvcnQta2V5') }, 'encryption-config-valid'],
  ['the EncryptionConfiguration left empty', { 'encryption-config.yaml': `${ENC}\nresources: []\n` }, 'encryption-config-valid'],
  [
    'audit log sent to stdout (-)',
    { 'kube-apiserver.yaml': replace('--audit-log-path=/var/log/kubernetes/audit/audit.log', '--audit-log-path=-') },
    'log-written-to-node',
  ],
  ['retention 7 days', { 'kube-apiserver.yaml': replace('--audit-log-maxage=30', '--audit-log-maxage=7') }, 'log-retention'],
];

const auditRight: Right[] = [
  ['secretbox instead of aescbc', { 'encryption-config.yaml': replace(/      - aescbc:/, '      - secretbox:') }],
  [
    'the whole /etc/kubernetes folder mounted once',
    {
      'kube-apiserver.yaml': chain(
        replace('        - name: audit-policy\n          mountPath: /etc/kubernetes/audit\n          readOnly: true\n', ''),
        replace(
          '        - name: encryption-config\n          mountPath: /etc/kubernetes/enc\n          readOnly: true\n',
          '        - name: etc-kubernetes\n          mountPath: /etc/kubernetes\n          readOnly: true\n',
        ),
        replace(
          '    - name: encryption-config\n      hostPath:\n        path: /etc/kubernetes/enc',
          '    - name: etc-kubernetes\n      hostPath:\n        path: /etc/kubernetes',
        ),
      ),
    },
  ],
];

describe.each([
  ['kubelet-lockdown', kubelet, kubeletWrong, kubeletRight],
  ['drop-all', dropAll, dropAllWrong, dropAllRight],
  ['road-to-restricted', road, roadWrong, roadRight],
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
