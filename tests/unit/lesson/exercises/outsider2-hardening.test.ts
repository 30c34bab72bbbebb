// Second outsider pass on containers and admission.
// Semantics: Pod Security `restricted` wants `capabilities.drop` to hold exactly "ALL" (case
// matters), adds only NET_BIND_SERVICE, and checks init and ephemeral containers too
// (https://kubernetes.io/docs/concepts/security/pod-security-standards/,
// staging/src/k8s.io/pod-security-admission/policy/check_capabilities_restricted.go); a container's
// securityContext wins over the pod's (https://kubernetes.io/docs/tasks/configure-pod-container/security-context/);
// ephemeral containers cannot be set at create (pkg/apis/core/validation/validation.go,
// ValidatePodCreate); Pod Security reads labels, not annotations; a `<<` merge key is overridden
// by the keys written next to it (https://yaml.org/type/merge.html); webhooks: sideEffects must be
// None or NoneOnDryRun in v1 and timeoutSeconds 1 to 30, and a rule matches only served versions
// (pkg/apis/admissionregistration/validation/validation.go,
// https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#matching-requests-matchpolicy).
import { chain, outsiderTable, replace } from './harness';

const C = '02-hardening/02-containers/exercises';
const A = '02-hardening/03-admission-controllers/exercises';
const POD = 'pod.yaml';
const DEP = 'deployment.yaml';

outsiderTable(`${C}/drop-all`, [
  ['drop: [all] in lowercase', { [POD]: replace('drop: ["ALL"]', 'drop: ["all"]') }, 'drops-all'],
  [
    'runAsUser 0 on the container under the pod’s runAsNonRoot',
    { [POD]: replace('        allowPrivilegeEscalation: false\n', '        allowPrivilegeEscalation: false\n        runAsUser: 0\n') },
    'web-restricted',
  ],
  ['CHOWN added back', { [POD]: replace('drop: ["ALL"]', 'drop: ["ALL"]\n          add: ["CHOWN"]') }, 'web-restricted'],
  [
    'a privileged ephemeral container',
    {
      [POD]: replace(
        '  volumes:\n',
        '  ephemeralContainers:\n    - name: debug\n      image: busybox:1.37\n      securityContext: { privileged: true }\n  volumes:\n',
      ),
    },
    'web-restricted',
  ],
  ['hostIPC on the pod', { [POD]: replace('spec:\n  securityContext:\n', 'spec:\n  hostIPC: true\n  securityContext:\n') }, 'web-restricted'],
  ['runAsUser as the string "101"', { [POD]: replace('runAsUser: 101', 'runAsUser: "101"') }, 'errors'],
  [
    'capabilities dropped twice (duplicate key), empty last',
    { [POD]: replace('          drop: ["ALL"]', '          drop: ["ALL"]\n          drop: []') },
    'errors',
  ],
  [
    'everything on the container, a Localhost seccomp profile',
    {
      [POD]: chain(
        replace(
          '  securityContext:\n    runAsNonRoot: true\n    runAsUser: 101\n    seccompProfile:\n      type: RuntimeDefault      # every container inherits it...\n',
          '',
        ),
        replace(
          '        allowPrivilegeEscalation: false\n',
          '        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        runAsUser: 101\n        seccompProfile: {type: Localhost, localhostProfile: profiles/nginx.json}\n',
        ),
      ),
    },
    null,
  ],
  ['ALL and NET_RAW dropped, CRLF', { [POD]: chain(replace('drop: ["ALL"]', 'drop: ["ALL", "NET_RAW"]'), (s) => s.replace(/\n/g, '\r\n')) }, null],
]);

outsiderTable(`${C}/road-to-restricted`, [
  [
    'the api container sets runAsNonRoot: false over the pod',
    {
      [DEP]: replace(
        '            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n',
        '            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n            runAsNonRoot: false\n',
      ),
    },
    'api-restricted',
  ],
  ['the Pod Security labels as annotations', { 'namespace.yaml': replace('  labels:\n', '  annotations:\n') }, 'root-pod-rejected'],
  [
    'enforce restricted, then enforce privileged (duplicate key)',
    {
      'namespace.yaml': replace(
        '    pod-security.kubernetes.io/enforce: restricted\n',
        '    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce: privileged\n',
      ),
    },
    'errors',
  ],
  [
    'the init container drops all in lowercase',
    {
      [DEP]: replace(
        '      initContainers:\n        - name: migrate\n          image: ghcr.io/example/shop-api:2.4.1\n          command: ["/app/migrate", "--up"]\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]',
        '      initContainers:\n        - name: migrate\n          image: ghcr.io/example/shop-api:2.4.1\n          command: ["/app/migrate", "--up"]\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["all"]',
      ),
    },
    'api-restricted',
  ],
  [
    'one securityContext for both containers through an anchor and a merge key',
    {
      [DEP]: chain(
        replace(
          '          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]\n      containers:',
          '          securityContext: &hardened\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]\n      containers:',
        ),
        replace(
          '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n            capabilities:\n              drop: ["ALL"]',
          '          securityContext:\n            <<: *hardened',
        ),
      ),
    },
    null,
  ],
  [
    'enforce-version v1.35 and the labels in flow style',
    {
      'namespace.yaml': () =>
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: api, labels: {pod-security.kubernetes.io/enforce: restricted, pod-security.kubernetes.io/enforce-version: v1.35}}\n',
    },
    null,
  ],
]);

outsiderTable(`${C}/three-steps`, [
  [
    'the shipper merges the web settings and turns the root filesystem writable',
    {
      [DEP]: chain(
        replace(
          '          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
          '          securityContext: &steps\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
        ),
        replace(
          '          image: fluent/fluent-bit:3.2\n          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n',
          '          image: fluent/fluent-bit:3.2\n          securityContext:\n            <<: *steps\n            readOnlyRootFilesystem: false\n',
        ),
      ),
    },
    'read-only-root',
  ],
  [
    'runAsNonRoot true with runAsUser 0 on the pod',
    { [DEP]: replace('        runAsUser: 1000\n', '        runAsNonRoot: true\n        runAsUser: 0\n') },
    'no-root-user',
  ],
  [
    'readOnlyRootFilesystem as the string "true"',
    {
      [DEP]: replace(
        '            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
        '            readOnlyRootFilesystem: "true"\n            allowPrivilegeEscalation: false\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/nginx\n            - name: tmp',
      ),
    },
    'errors',
  ],
  [
    'the shipper with allowPrivilegeEscalation left out and SYS_PTRACE',
    {
      [DEP]: replace(
        '          image: fluent/fluent-bit:3.2\n          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n',
        '          image: fluent/fluent-bit:3.2\n          securityContext:\n            readOnlyRootFilesystem: true\n            capabilities: {add: [SYS_PTRACE]}\n',
      ),
    },
    'no-escalation',
  ],
  [
    'runAsNonRoot added, the pod settings repeated on each container in flow style',
    {
      [DEP]: chain(
        replace('        runAsUser: 1000\n', '        runAsNonRoot: true\n        runAsUser: 1000\n'),
        replace(
          /          securityContext:\n            readOnlyRootFilesystem: true\n            allowPrivilegeEscalation: false\n/,
          '          securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsUser: 1000, runAsGroup: 1000}\n',
        ),
      ),
    },
    null,
  ],
  ['the Deployment as JSON-compatible flow with a comment-only document first', { [DEP]: (s) => `# web\n---\n${s}...\n` }, null],
]);

const W = 'image-cloner-webhook.yaml';
outsiderTable(`${A}/image-cloner`, [
  [
    'pods on CREATE only',
    { [W]: replace('      - operations: ["CREATE", "UPDATE"]\n        apiGroups: [""]', '      - operations: ["CREATE"]\n        apiGroups: [""]') },
    'pod-update-rewritten',
  ],
  ['sideEffects: Some (not allowed in v1: the configuration is rejected)', { [W]: replace('sideEffects: None', 'sideEffects: Some') }, 'bare-pod-admitted'],
  ['timeoutSeconds: 60 (1 to 30)', { [W]: replace('    sideEffects: None\n', '    sideEffects: None\n    timeoutSeconds: 60\n') }, 'pod-update-rewritten'],
  [
    'the pod rule with scope Cluster',
    { [W]: replace('        resources: ["pods"]\n        scope: Namespaced', '        resources: ["pods"]\n        scope: Cluster') },
    'bare-pod-admitted',
  ],
  ['admissionReviewVersions v2 only', { [W]: replace('admissionReviewVersions: ["v1"]', 'admissionReviewVersions: ["v2"]') }, 'bare-pod-admitted'],
  [
    'matchPolicy Equivalent, scope "*", timeoutSeconds 10, sideEffects NoneOnDryRun',
    {
      [W]: chain(
        replace('    sideEffects: None\n', '    sideEffects: NoneOnDryRun\n    timeoutSeconds: 10\n    matchPolicy: Equivalent\n'),
        replace(/scope: Namespaced/, 'scope: "*"'),
      ),
    },
    null,
  ],
  ['pods/* (in a webhook rule it matches the pod and every subresource, rules.go)', { [W]: replace('resources: ["pods"]', 'resources: ["pods/*"]') }, null],
  [
    'the skip key as NotIn ["true"] plus DoesNotExist on a second key nobody sets (an AND that still holds)',
    {
      [W]: replace(
        '          operator: DoesNotExist\n',
        '          operator: DoesNotExist\n        - key: image-cloner.example.com/other\n          operator: DoesNotExist\n',
      ),
    },
    null,
  ],
]);

const V = 'no-latest-policy.yaml';
outsiderTable(`${A}/no-latest`, [
  ['validationActions [Warn, Audit]', { [V]: replace('validationActions: [Deny]', 'validationActions: [Warn, Audit]') }, 'latest-denied'],
  ['the binding for env: production', { [V]: replace('        env: prod', '        env: production') }, 'latest-denied'],
  ['only endsWith(latest), no tag check', { [V]: replace("(i.matches(':[^/]+$') && !i.endsWith(':latest'))", "!i.endsWith(':latest')") }, 'untagged-denied'],
  ['a tag found anywhere after a colon (a registry port counts)', { [V]: replace("i.matches(':[^/]+$')", "i.contains(':')") }, 'registry-port-untagged-denied'],
  [
    'the policy named no-latest-policy, the binding left on no-latest',
    { [V]: replace('  name: no-latest\nspec:\n  failurePolicy', '  name: no-latest-policy\nspec:\n  failurePolicy') },
    'latest-denied',
  ],
  [
    'Deny and Audit, init containers checked by their own validation',
    {
      [V]: chain(
        replace('validationActions: [Deny]', 'validationActions: [Deny, Audit]'),
        replace(
          '        object.spec.containers.map(c, c.image) +\n        (has(object.spec.initContainers) ? object.spec.initContainers.map(c, c.image) : [])',
          '        object.spec.containers.map(c, c.image)',
        ),
        replace(
          '  validations:\n',
          "  validations:\n    - expression: >-\n        !has(object.spec.initContainers) || object.spec.initContainers.all(c, c.image.contains('@') ||\n          (c.image.matches(':[^/]+$') && !c.image.endsWith(':latest')))\n      message: init images too\n",
        ),
      ),
    },
    null,
  ],
  [
    'the binding selects env In [prod] by matchExpressions, CRLF',
    {
      [V]: chain(replace('      matchLabels:\n        env: prod', '      matchExpressions:\n        - {key: env, operator: In, values: [prod]}'), (s) =>
        s.replace(/\n/g, '\r\n'),
      ),
    },
    null,
  ],
]);
