// Admission exercises (lessons/02-hardening/03-admission-controllers): insecure answers must fail the
// goal that names the problem, unusual right answers must pass every goal. failurePolicy decides when
// a webhook or a policy cannot answer (https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#failure-policy,
// https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy);
// an image without a tag is pulled as latest (https://kubernetes.io/docs/concepts/containers/images/#image-names);
// Pod Security labels (https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces).
import { describe, expect, it } from 'vitest';
import { failingGoals, loadExercise, replace, type Edit } from './harness';

const noLatest = loadExercise('02-hardening/03-admission-controllers/exercises/no-latest');
const polaris = loadExercise('02-hardening/03-admission-controllers/exercises/polaris-gatekeeper');
const cloner = loadExercise('02-hardening/03-admission-controllers/exercises/image-cloner');
const labels = loadExercise('02-hardening/03-admission-controllers/exercises/pod-security-labels');

type Row = [string, Record<string, Edit>, string];
type Right = [string, Record<string, Edit>];

const EXPRESSION = `    - expression: >-
        variables.images.all(i, i.contains('@') ||
          (i.matches(':[^/]+$') && !i.endsWith(':latest')))`;
const withExpression = (cel: string) => replace(EXPRESSION, `    - expression: >-\n        ${cel}`);

const noLatestWrong: Row[] = [
  ['failurePolicy: Ignore', { 'no-latest-policy.yaml': replace('failurePolicy: Fail', 'failurePolicy: Ignore') }, 'still-denied-when-unevaluable'],
  [
    "c.image.contains(':') accepts a registry port without a tag",
    { 'no-latest-policy.yaml': withExpression("variables.images.all(i, i.contains(':') && !i.endsWith(':latest'))") },
    'registry-port-untagged-denied',
  ],
  [
    'only containers, not init containers',
    { 'no-latest-policy.yaml': withExpression("object.spec.containers.all(c, c.image.matches(':[^/]+$') && !c.image.endsWith(':latest'))") },
    'init-latest-denied',
  ],
  [
    'only the first container',
    { 'no-latest-policy.yaml': withExpression("object.spec.containers[0].image.matches(':[^/]+$') && !object.spec.containers[0].image.endsWith(':latest')") },
    'every-container-checked',
  ],
  ['validationActions: [Warn]', { 'no-latest-policy.yaml': replace('validationActions: [Deny]', 'validationActions: [Warn]') }, 'latest-denied'],
  ['validationActions: [Audit]', { 'no-latest-policy.yaml': replace('validationActions: [Deny]', 'validationActions: [Audit]') }, 'latest-denied'],
  [
    'only the prod namespace by name',
    { 'no-latest-policy.yaml': replace('      matchLabels:\n        env: prod', '      matchLabels:\n        kubernetes.io/metadata.name: prod') },
    'every-prod-namespace',
  ],
  [
    'no namespaceSelector: sandbox loses its freedom',
    { 'no-latest-policy.yaml': replace('  matchResources:\n    namespaceSelector:\n      matchLabels:\n        env: prod\n', '') },
    'sandbox-free',
  ],
  [
    'digests rejected too (only tags accepted)',
    { 'no-latest-policy.yaml': withExpression("variables.images.all(i, !i.contains('@') && i.matches(':[^/]+$') && !i.endsWith(':latest'))") },
    'digest-admitted',
  ],
];

const noLatestRight: Right[] = [
  [
    'a regex that names the tag after the last slash',
    { 'no-latest-policy.yaml': withExpression("variables.images.all(i, i.contains('@') || (i.matches('^[^@]*/?[^/:]+:[^/:]+$') && !i.endsWith(':latest')))") },
  ],
  [
    'two validations, one for containers and one for init containers',
    {
      'no-latest-policy.yaml': replace(
        EXPRESSION,
        `    - expression: >-
        object.spec.containers.all(c, c.image.contains('@') ||
          (c.image.matches(':[^/]+$') && !c.image.endsWith(':latest')))
      message: "containers must be pinned"
    - expression: >-
        !has(object.spec.initContainers) || object.spec.initContainers.all(c, c.image.contains('@') ||
          (c.image.matches(':[^/]+$') && !c.image.endsWith(':latest')))`,
      ),
    },
  ],
  [
    'namespaceSelector with matchExpressions',
    {
      'no-latest-policy.yaml': replace(
        '      matchLabels:\n        env: prod',
        '      matchExpressions:\n        - { key: env, operator: In, values: [prod] }',
      ),
    },
  ],
  ['Deny and Audit together', { 'no-latest-policy.yaml': replace('validationActions: [Deny]', 'validationActions: [Deny, Audit]') }],
];

const WEBHOOK_NS = `    namespaceSelector:
      matchExpressions:
        - key: kubernetes.io/metadata.name
          operator: NotIn
          values: ["kube-system"]`;

const polarisWrong: Row[] = [
  ['failurePolicy: Ignore', { 'polaris-webhook.yaml': replace('failurePolicy: Fail ', 'failurePolicy: Ignore ') }, 'denied-when-polaris-down'],
  [
    'the opt-in objectSelector kept',
    { 'polaris-webhook.yaml': replace(WEBHOOK_NS, `${WEBHOOK_NS}\n    objectSelector:\n      matchLabels:\n        polaris: enabled`) },
    'privileged-pod-denied',
  ],
  [
    'an opt-out objectSelector',
    {
      'polaris-webhook.yaml': replace(
        WEBHOOK_NS,
        `${WEBHOOK_NS}\n    objectSelector:\n      matchExpressions:\n        - { key: polaris, operator: NotIn, values: [disabled] }`,
      ),
    },
    'no-opt-out-label',
  ],
  ['CREATE only', { 'polaris-webhook.yaml': replace(/operations: \["CREATE", "UPDATE"\]/, 'operations: ["CREATE"]') }, 'privileged-update-denied'],
  [
    'no batch rule',
    { 'polaris-webhook.yaml': replace(/      - operations: \["CREATE", "UPDATE"\]\n        apiGroups: \["batch"\][\s\S]*$/, '') },
    'privileged-cronjob-denied',
  ],
  [
    'only shop is checked',
    { 'polaris-webhook.yaml': replace(WEBHOOK_NS, '    namespaceSelector:\n      matchLabels:\n        kubernetes.io/metadata.name: shop') },
    'every-namespace',
  ],
  ['rules with scope Cluster (pods are namespaced)', { 'polaris-webhook.yaml': replace(/scope: Namespaced/, 'scope: Cluster') }, 'privileged-pod-denied'],
  ['kube-system not excluded', { 'polaris-webhook.yaml': replace(`${WEBHOOK_NS}\n`, '') }, 'cni-agent-admitted'],
];

const polarisRight: Right[] = [
  [
    'one rule with every group and resource',
    {
      'polaris-webhook.yaml': replace(
        /    rules:\n[\s\S]*$/,
        `    rules:
      - operations: ["CREATE", "UPDATE"]
        apiGroups: ["", "apps", "batch"]
        apiVersions: ["v1"]
        resources: ["pods", "deployments", "replicasets", "statefulsets", "daemonsets", "jobs", "cronjobs"]
        scope: Namespaced
`,
      ),
    },
  ],
  ['operations: ["*"]', { 'polaris-webhook.yaml': replace(/operations: \["CREATE", "UPDATE"\]/, 'operations: ["*"]') }],
  [
    'kube-system excluded with a label the namespace has',
    {
      'polaris-webhook.yaml': replace(
        '          operator: NotIn\n          values: ["kube-system"]',
        '          operator: NotIn\n          values: [kube-system, kube-node-lease]',
      ),
    },
  ],
];

const clonerWrong: Row[] = [
  ['only Deployments (the start)', { 'image-cloner-webhook.yaml': replace(/      # Bare Pods[\s\S]*?scope: Namespaced\n/, '') }, 'bare-pod-admitted'],
  [
    'CREATE only: updated pods keep the foreign image',
    {
      'image-cloner-webhook.yaml': replace(
        '      - operations: ["CREATE", "UPDATE"]\n        apiGroups: [""]',
        '      - operations: ["CREATE"]\n        apiGroups: [""]',
      ),
    },
    'pod-update-rewritten',
  ],
  [
    'CREATE only for workloads',
    {
      'image-cloner-webhook.yaml': replace(
        '      - operations: ["CREATE", "UPDATE"]\n        apiGroups: ["apps"]',
        '      - operations: ["CREATE"]\n        apiGroups: ["apps"]',
      ),
    },
    'deployment-update-rewritten',
  ],
  [
    'the opt-out removed: legacy gets rewritten',
    {
      'image-cloner-webhook.yaml': replace(
        '    namespaceSelector:\n      matchExpressions:\n        - key: image-cloner.example.com/skip\n          operator: DoesNotExist\n',
        '',
      ),
    },
    'legacy-not-rewritten',
  ],
];

const clonerRight: Right[] = [
  ['operations ["*"]', { 'image-cloner-webhook.yaml': replace(/operations: \["CREATE", "UPDATE"\]/, 'operations: ["*"]') }],
  [
    'one rule for pods and workloads',
    {
      'image-cloner-webhook.yaml': replace(
        /    rules:\n[\s\S]*$/,
        `    rules:
      - operations: ["CREATE", "UPDATE"]
        apiGroups: ["", "apps"]
        apiVersions: ["v1"]
        resources: ["pods", "deployments", "statefulsets", "daemonsets", "replicasets"]
        scope: Namespaced
`,
      ),
    },
  ],
];

const labelsWrong: Row[] = [
  ['enforce restricted: the app is rejected', { 'namespace.yaml': replace('enforce: baseline', 'enforce: restricted') }, 'app-admitted-with-warning'],
  ['enforce privileged', { 'namespace.yaml': replace('enforce: baseline', 'enforce: privileged') }, 'privileged-rejected'],
  [
    'no warn label: the team is not told',
    { 'namespace.yaml': replace(/    pod-security.kubernetes.io\/warn: restricted\n    pod-security.kubernetes.io\/warn-version: latest\n/, '') },
    'app-admitted-with-warning',
  ],
  ['enforce as an annotation, not a label', { 'namespace.yaml': replace('  labels:\n', '  annotations:\n') }, 'privileged-rejected'],
];

const labelsRight: Right[] = [
  ['enforce-version pinned to a release', { 'namespace.yaml': replace('enforce-version: latest', 'enforce-version: v1.33') }],
  [
    'no audit labels (the brief asks for enforce and warn)',
    { 'namespace.yaml': replace(/    pod-security.kubernetes.io\/audit: restricted\n    pod-security.kubernetes.io\/audit-version: latest\n/, '') },
  ],
];

describe.each([
  ['no-latest', noLatest, noLatestWrong, noLatestRight],
  ['polaris-gatekeeper', polaris, polarisWrong, polarisRight],
  ['image-cloner', cloner, clonerWrong, clonerRight],
  ['pod-security-labels', labels, labelsWrong, labelsRight],
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
