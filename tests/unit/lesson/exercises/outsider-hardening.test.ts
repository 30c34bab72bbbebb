// The hardening track tried from outside: near-misses (each must fail the goal that names it) and
// equivalent answers written differently (each must pass every goal).
// Semantics: kube-apiserver flags, the last of a repeated scalar flag wins, a repeated list flag
// adds (https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/); Pod
// Security levels and their versions (https://kubernetes.io/docs/concepts/security/pod-security-standards/,
// https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces);
// webhook rules match resources by group and name, without subresources unless listed
// (https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#matching-requests-rules).
import { chain, outsiderTable, replace } from './harness';

const table = outsiderTable;

const CP = '02-hardening/01-control-plane/exercises';
const K = 'kube-apiserver.yaml';
const afterProfiling = (flag: string) => replace('        - --profiling=false\n', `        - --profiling=false\n        - ${flag}\n`);
table(`${CP}/apiserver-flags`, [
  ['AlwaysAllow after Node,RBAC', { [K]: replace('--authorization-mode=Node,RBAC', '--authorization-mode=Node,RBAC,AlwaysAllow') }, 'not-always-allow'],
  ['NodeRestriction turned off by --disable-admission-plugins', { [K]: afterProfiling('--disable-admission-plugins=NodeRestriction') }, 'node-restriction'],
  ['--anonymous-auth=true later in the list (the last one wins)', { [K]: afterProfiling('--anonymous-auth=true') }, 'no-anonymous'],
  [
    '--anonymous-auth with "false" as a separate item (a bool flag takes no separate value)',
    { [K]: replace('        - --anonymous-auth=false\n', '        - --anonymous-auth\n        - "false"\n') },
    'no-anonymous',
  ],
  [
    'an httpGet /livez probe with anonymous requests off',
    {
      [K]: replace(
        '      livenessProbe:\n        tcpSocket:\n          port: 6443\n',
        '      livenessProbe:\n        httpGet:\n          path: /livez\n          port: 6443\n          scheme: HTTPS\n',
      ),
    },
    'probes-still-work',
  ],
  ['RBAC without Node', { [K]: replace('--authorization-mode=Node,RBAC', '--authorization-mode=RBAC') }, 'node-authorizer'],
  ['the flags under args', { [K]: replace('      command:\n        - kube-apiserver\n', '      command: ["kube-apiserver"]\n      args:\n') }, null],
  ['a second --enable-admission-plugins (a list flag adds)', { [K]: afterProfiling('--enable-admission-plugins=PodSecurity') }, null],
  [
    'more admission plugins around NodeRestriction',
    { [K]: replace('--enable-admission-plugins=NodeRestriction', '--enable-admission-plugins=PodSecurity,NodeRestriction,ServiceAccount') },
    null,
  ],
]);

const E = 'encryption-config.yaml';
const KEY = 'MtZqWYXg2fR+XfAalxwc0QhIHaTct5shhe6BQ2BycZw=';
table(`${CP}/audit-and-encryption`, [
  [
    'the audit log directory mounted read-only',
    { [K]: replace('          mountPath: /var/log/kubernetes/audit\n', '          mountPath: /var/log/kubernetes/audit\n          readOnly: true\n') },
    'log-written-to-node',
  ],
  ['the audit log on stdout (-)', { [K]: replace('--audit-log-path=/var/log/kubernetes/audit/audit.log', '--audit-log-path=-') }, 'log-written-to-node'],
  [
    'the audit log on an emptyDir',
    {
      [K]: replace(
        '    - name: audit-log\n      hostPath:\n        path: /var/log/kubernetes/audit\n        type: DirectoryOrCreate\n',
        '    - name: audit-log\n      emptyDir: {}\n',
      ),
    },
    'log-written-to-node',
  ],
  ['encryption for ConfigMaps instead of Secrets', { [E]: replace('      - secrets\n', '      - configmaps\n') }, 'encryption-config-valid'],
  ["the docs' placeholder key", { [E]: replace(KEY, '<BASE 64 ENCODED SECRET>') }, 'encryption-config-valid'],
  ['an 8-byte key', { [E]: replace(KEY, 'c2VjcmV0MTI=') }, 'encryption-config-valid'],
  [
    'Secrets at Request in the policy',
    {
      'audit-policy.yaml': replace(
        '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets"]',
        '  - level: Request\n    resources:\n      - group: ""\n        resources: ["secrets"]',
      ),
    },
    'secret-body-never-logged',
  ],
  ['secretbox instead of aescbc', { [E]: replace('      - aescbc:', '      - secretbox:') }, null],
  ['ConfigMaps encrypted too', { [E]: replace('      - secrets\n', '      - secrets\n      - configmaps\n') }, null],
  [
    'the encryption config mounted as a single file',
    {
      [K]: chain(
        replace('          mountPath: /etc/kubernetes/enc\n', '          mountPath: /etc/kubernetes/enc/encryption-config.yaml\n'),
        replace(
          '        path: /etc/kubernetes/enc\n        type: DirectoryOrCreate\n',
          '        path: /etc/kubernetes/enc/encryption-config.yaml\n        type: File\n',
        ),
      ),
    },
    null,
  ],
]);

const KC = 'kubelet-config.yaml';
const PR = 'prometheus-rbac.yaml';
table(`${CP}/kubelet-lockdown`, [
  ['*/metrics', { [PR]: replace('"nodes/metrics"', '"*/metrics"') }, 'prometheus-nothing-more'],
  ['nodes/stats and nodes/log too', { [PR]: replace('"nodes/metrics"', '"nodes/metrics", "nodes/stats", "nodes/log"') }, 'prometheus-nothing-more'],
  [
    'a second ClusterRoleBinding to view',
    {
      [PR]: (t) =>
        `${t}---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: prom-view}\nsubjects: [{kind: ServiceAccount, name: prometheus, namespace: monitoring}]\nroleRef: {kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io}\n`,
    },
    'prometheus-nothing-more',
  ],
  [
    'anonymous requests on, Webhook authorization',
    { [KC]: replace('    enabled: false          # no system:anonymous', '    enabled: true') },
    'kubelet-no-anonymous',
  ],
  ['nodes/* next to nodes/metrics (not a wildcard in RBAC: it grants nothing)', { [PR]: replace('"nodes/metrics"', '"nodes/metrics", "nodes/*"') }, null],
  ['readOnlyPort left out (0 is the default in a config file)', { [KC]: replace('readOnlyPort: 0             # no unauthenticated port 10255\n', '') }, null],
  [
    'authorization in flow style with a cache setting',
    { [KC]: replace('authorization:\n  mode: Webhook ', 'authorization: {mode: Webhook, webhook: {cacheAuthorizedTTL: 5m0s}}\n#') },
    null,
  ],
]);

const CT = '02-hardening/02-containers/exercises';
const P = 'pod.yaml';
const drop = '        capabilities:\n          drop: ["ALL"]         # exact, uppercase\n';
const afterDrop = (text: string) => replace(drop, drop + text);
table(`${CT}/drop-all`, [
  ['NET_RAW added back', { [P]: afterDrop('          add: ["NET_RAW"]\n') }, 'no-dangerous-capabilities'],
  ['SYS_PTRACE added back', { [P]: afterDrop('          add: ["SYS_PTRACE"]\n') }, 'no-dangerous-capabilities'],
  ['a container seccomp profile Unconfined', { [P]: afterDrop('        seccompProfile: { type: Unconfined }\n') }, 'web-restricted'],
  ['an AppArmor profile Unconfined', { [P]: afterDrop('        appArmorProfile: { type: Unconfined }\n') }, 'web-restricted'],
  [
    'the AppArmor annotation unconfined',
    {
      [P]: replace(
        '  labels:\n    app: web\n',
        '  labels:\n    app: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/web: unconfined\n',
      ),
    },
    'web-restricted',
  ],
  ['procMount Unmasked', { [P]: afterDrop('        procMount: Unmasked\n') }, 'web-restricted'],
  [
    'a hostPort',
    {
      [P]: replace(
        '          containerPort: 8080   # above 1024: no capability needed to bind it\n',
        '          containerPort: 8080\n          hostPort: 8080\n',
      ),
    },
    'web-restricted',
  ],
  [
    'an unsafe sysctl',
    { [P]: replace('    runAsUser: 101\n', '    runAsUser: 101\n    sysctls: [{ name: kernel.msgmax, value: "65536" }]\n') },
    'web-restricted',
  ],
  ['SELinux type spc_t', { [P]: afterDrop('        seLinuxOptions: { type: spc_t }\n') }, 'web-restricted'],
  ['/tmp as a hostPath', { [P]: replace('      emptyDir: {}\n', '      hostPath: { path: /tmp }\n') }, 'web-restricted'],
  ['NET_BIND_SERVICE added back (restricted allows it)', { [P]: afterDrop('          add: ["NET_BIND_SERVICE"]\n') }, null],
  ['RuntimeDefault on the container too', { [P]: afterDrop('        seccompProfile: { type: RuntimeDefault }\n') }, null],
  [
    'runAsNonRoot and runAsUser on the container only',
    { [P]: chain(replace('    runAsNonRoot: true\n    runAsUser: 101\n', ''), afterDrop('        runAsNonRoot: true\n        runAsUser: 101\n')) },
    null,
  ],
]);

const D = 'deployment.yaml';
const N = 'namespace.yaml';
const migrate = '          command: ["/app/migrate", "--up"]\n          securityContext:\n';
table(`${CT}/road-to-restricted`, [
  ['enforce-version pinned to v1.0', { [N]: replace('enforce-version: latest', 'enforce-version: v1.0') }, 'today-restricted-enforced'],
  ['enforce-version pinned to v1.21', { [N]: replace('enforce-version: latest', 'enforce-version: v1.21') }, 'today-restricted-enforced'],
  [
    'enforce baseline, warn restricted',
    { [N]: replace('pod-security.kubernetes.io/enforce: restricted', 'pod-security.kubernetes.io/enforce: baseline') },
    'root-pod-rejected',
  ],
  [
    'enforce: Restricted (not a level: the namespace is rejected)',
    { [N]: replace('pod-security.kubernetes.io/enforce: restricted', 'pod-security.kubernetes.io/enforce: Restricted') },
    'root-pod-rejected',
  ],
  ['migrate as root', { [D]: replace(migrate, `${migrate}            runAsUser: 0\n`) }, 'api-restricted'],
  ['migrate privileged', { [D]: replace(migrate, `${migrate}            privileged: true\n`) }, 'api-restricted'],
  ['no enforce-version (latest by default)', { [N]: replace('    pod-security.kubernetes.io/enforce-version: latest\n', '') }, null],
  ['enforce-version v1.35', { [N]: replace('enforce-version: latest', 'enforce-version: v1.35') }, null],
  [
    'the pod-level settings repeated in every container',
    {
      [D]: chain(
        replace('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1000\n        seccompProfile:\n          type: RuntimeDefault\n', ''),
        (t) =>
          t.replace(
            / {10}securityContext:\n/g,
            '          securityContext:\n            runAsNonRoot: true\n            runAsUser: 1000\n            seccompProfile: { type: RuntimeDefault }\n',
          ),
      ),
    },
    null,
  ],
]);

const sidecar = '          image: fluent/fluent-bit:3.2\n          securityContext:\n';
table(`${CT}/three-steps`, [
  ['the sidecar as UID 0', { [D]: replace(sidecar, `${sidecar}            runAsUser: 0\n`) }, 'no-root-user'],
  [
    'a root init container',
    {
      [D]: replace(
        '      containers:\n',
        '      initContainers:\n        - name: init\n          image: busybox:1.37\n          securityContext: { runAsUser: 0, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false }\n      containers:\n',
      ),
    },
    'no-root-user',
  ],
  [
    'an init container without the three steps',
    { [D]: replace('      containers:\n', '      initContainers:\n        - name: init\n          image: busybox:1.37\n      containers:\n') },
    'read-only-root',
  ],
  ['SYS_ADMIN for the sidecar', { [D]: replace(sidecar, `${sidecar}            capabilities: { add: [SYS_ADMIN] }\n`) }, 'still-baseline'],
  [
    'one securityContext for both containers through a YAML anchor',
    {
      [D]: (t) =>
        t
          .replace(
            '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
            '          securityContext: &steps\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
          )
          .replace(
            `${sidecar}            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n`,
            '          image: fluent/fluent-bit:3.2\n          securityContext: *steps\n',
          ),
    },
    null,
  ],
  [
    'runAsNonRoot on the pod, a UID per container',
    {
      [D]: chain(replace('        runAsUser: 1000\n', '        runAsNonRoot: true\n'), (t) =>
        t.replace(/ {12}readOnlyRootFilesystem: true\n/g, '            readOnlyRootFilesystem: true\n            runAsUser: 1001\n'),
      ),
    },
    null,
  ],
]);

const AC = '02-hardening/03-admission-controllers/exercises';
const W = 'polaris-webhook.yaml';
table(`${AC}/polaris-gatekeeper`, [
  [
    'rules without daemonsets and replicasets',
    { [W]: replace('resources: ["deployments", "replicasets", "statefulsets", "daemonsets"]', 'resources: ["deployments", "statefulsets"]') },
    'privileged-daemonset-denied',
  ],
  [
    'an opt-out objectSelector (polaris NotIn disabled)',
    { [W]: replace('    rules:\n', '    objectSelector:\n      matchExpressions: [{ key: polaris, operator: NotIn, values: [disabled] }]\n    rules:\n') },
    'no-opt-out-label',
  ],
  ['payments excluded too', { [W]: replace('values: ["kube-system"]', 'values: ["kube-system", "payments"]') }, 'every-namespace'],
  [
    'workloads on CREATE only',
    {
      [W]: (t) => t.replace(/- operations: \["CREATE", "UPDATE"\]\n {8}apiGroups: \["(apps|batch)"\]/g, '- operations: ["CREATE"]\n        apiGroups: ["$1"]'),
    },
    'privileged-deployment-update-denied',
  ],
  [
    'kube-system excluded by a label it does not carry',
    { [W]: replace('        - key: kubernetes.io/metadata.name\n          operator: NotIn', '        - key: name\n          operator: NotIn') },
    'cni-agent-admitted',
  ],
  [
    'every resource of every group',
    {
      [W]: replace(
        / {4}rules:\n[\s\S]*$/,
        '    rules:\n      - operations: ["*"]\n        apiGroups: ["*"]\n        apiVersions: ["*"]\n        resources: ["*"]\n',
      ),
    },
    null,
  ],
  [
    'one flow-style rule for the three groups, matchPolicy Equivalent',
    {
      [W]: replace(
        / {4}rules:\n[\s\S]*$/,
        '    matchPolicy: Equivalent\n    rules: [{operations: [CREATE, UPDATE], apiGroups: ["", apps, batch], apiVersions: [v1], resources: [pods, deployments, replicasets, statefulsets, daemonsets, jobs, cronjobs]}]\n',
      ),
    },
    null,
  ],
]);

const NL = 'no-latest-policy.yaml';
table(`${AC}/no-latest`, [
  [
    "contains(':') as the tag test (a registry port passes)",
    { [NL]: replace("(i.matches(':[^/]+$') && !i.endsWith(':latest'))", "(i.contains(':') && !i.endsWith(':latest'))") },
    'registry-port-untagged-denied',
  ],
  ['exists instead of all', { [NL]: replace('variables.images.all(', 'variables.images.exists(') }, 'every-container-checked'],
  [
    'only the containers',
    {
      [NL]: replace(
        'object.spec.containers.map(c, c.image) +\n        (has(object.spec.initContainers) ? object.spec.initContainers.map(c, c.image) : [])',
        'object.spec.containers.map(c, c.image)',
      ),
    },
    'init-container-checked',
  ],
  [
    'Deny and Audit, with matchExpressions In prod',
    {
      [NL]: chain(
        replace('validationActions: [Deny]', 'validationActions: [Deny, Audit]'),
        replace('      matchLabels:\n        env: prod\n', '      matchExpressions: [{ key: env, operator: In, values: [prod] }]\n'),
      ),
    },
    null,
  ],
  [
    "the last path segment's colon as the tag test",
    { [NL]: replace("(i.matches(':[^/]+$') && !i.endsWith(':latest'))", "(i.split('/')[i.split('/').size() - 1].contains(':') && !i.endsWith(':latest'))") },
    null,
  ],
]);

table(`${AC}/pod-security-labels`, [
  [
    'warn at baseline',
    { [N]: replace('pod-security.kubernetes.io/warn: restricted', 'pod-security.kubernetes.io/warn: baseline') },
    'app-admitted-with-warning',
  ],
  [
    'enforce privileged',
    { [N]: replace('pod-security.kubernetes.io/enforce: baseline', 'pod-security.kubernetes.io/enforce: privileged') },
    'privileged-rejected',
  ],
  ['only enforce and warn, no versions', { [N]: (t) => t.replace(/.*-version: latest\n/g, '').replace(/.*audit: restricted\n/, '') }, null],
]);

const I = 'image-cloner-webhook.yaml';
table(`${AC}/image-cloner`, [
  [
    'no namespaceSelector',
    { [I]: replace('    namespaceSelector:\n      matchExpressions:\n        - key: image-cloner.example.com/skip\n          operator: DoesNotExist\n', '') },
    'legacy-not-rewritten',
  ],
  ['pods only', { [I]: replace(/ {6}# Workloads[\s\S]*$/, '') }, 'deployment-template-rewritten'],
  ['the opt-out as NotIn ["true"]', { [I]: replace('          operator: DoesNotExist\n', '          operator: NotIn\n          values: ["true"]\n') }, null],
]);
