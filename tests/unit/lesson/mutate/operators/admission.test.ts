// Failure policy: https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy
// Validation actions: https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/#validation-actions
// Pod Security labels: https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { evaluate } from '@/lib/lesson/mutate';
import { exercise, failedGoals, ids, mutantsOf, text } from '../fixtures';

const pod = (ns: string, name: string, image: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: ${ns} }
spec:
  containers:
    - name: c
      image: ${image}
${extra}`;

const WORLD = [
  'apiVersion: v1\nkind: Namespace\nmetadata: { name: prod, labels: { env: prod } }\n',
  'apiVersion: v1\nkind: Namespace\nmetadata: { name: vault, labels: { guarded: "true" } }\n',
  pod('prod', 'latest', 'nginx:latest'),
  pod('vault', 'p', 'nginx:1.27'),
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d, namespace: vault }\nspec:\n  selector: { matchLabels: { a: b } }\n  template:\n    metadata: { labels: { a: b } }\n    spec: { containers: [{ name: c, image: "nginx:1.27" }] }\n',
  pod('team', 'root', 'nginx:1.27', '      securityContext: { runAsUser: 0 }\n'),
  pod('team', 'priv', 'nginx:1.27', '      securityContext: { privileged: true }\n'),
].join('---\n');

const POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: { name: no-latest }
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - { apiGroups: [""], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [pods] }
  validations:
    - expression: "object.spec.containers.all(c, !c.image.endsWith(':latest'))"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: { name: no-latest-prod }
spec:
  policyName: no-latest
  validationActions: [Deny]
  matchResources: { namespaceSelector: { matchLabels: { env: prod } } }
`;

const WEBHOOK = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata: { name: guard }
webhooks:
  - name: guard.example.com
    admissionReviewVersions: [v1]
    sideEffects: None
    failurePolicy: Fail
    clientConfig: { service: { name: guard, namespace: guard, path: /validate } }
    namespaceSelector: { matchLabels: { guarded: "true" } }
    rules:
      - { operations: [CREATE, UPDATE], apiGroups: [""], apiVersions: [v1], resources: [pods], scope: Namespaced }
      - { operations: [CREATE], apiGroups: [apps], apiVersions: [v1], resources: [deployments], scope: Namespaced }
`;

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: team
  labels:
    pod-security.kubernetes.io/enforce: restricted
`;

const admission = (id: string, object: string, expect: 'allow' | 'deny' | 'warn', operation: 'CREATE' | 'UPDATE' = 'CREATE'): Goal => ({
  id,
  text,
  kind: 'admission',
  admission: { object, operation },
  expect,
});

const GOALS: Goal[] = [
  admission('latest-denied', 'Pod/prod/latest', 'deny'),
  admission('latest-update-denied', 'Pod/prod/latest', 'deny', 'UPDATE'),
  admission('vault-pod-checked', 'Pod/vault/p', 'deny'),
  admission('vault-pod-update-checked', 'Pod/vault/p', 'deny', 'UPDATE'),
  admission('vault-deployment-checked', 'Deployment/vault/d', 'deny'),
  admission('root-denied', 'Pod/team/root', 'deny'),
  admission('privileged-denied', 'Pod/team/priv', 'deny'),
];

describe('admission operators', () => {
  const def = exercise({ 'policy.yaml': POLICY, 'webhook.yaml': WEBHOOK, 'namespace.yaml': NAMESPACE }, { world: WORLD, goals: GOALS });

  it('the fixture solution passes every goal', () => {
    expect(evaluate(def, { id: 's', description: '', files: def.solution, diff: '' }).failedGoals).toEqual([]);
  });

  it('produces each weakening, each letting in a request the solution refused', () => {
    const expected: Record<string, string> = {
      'admission.failure-ignore:ValidatingAdmissionPolicy//no-latest:spec': '',
      'admission.delete-validation:ValidatingAdmissionPolicy//no-latest:spec.validations[0]': 'latest-denied',
      'admission.drop-operation:ValidatingAdmissionPolicy//no-latest:spec.matchConstraints.resourceRules[0].CREATE': 'latest-denied',
      'admission.drop-operation:ValidatingAdmissionPolicy//no-latest:spec.matchConstraints.resourceRules[0].UPDATE': 'latest-update-denied',
      'admission.delete-binding:ValidatingAdmissionPolicyBinding//no-latest-prod': 'latest-denied',
      'admission.deny-to-warn:ValidatingAdmissionPolicyBinding//no-latest-prod:spec.validationActions': 'latest-denied',
      'admission.deny-to-audit:ValidatingAdmissionPolicyBinding//no-latest-prod:spec.validationActions': 'latest-denied',
      'admission.delete-configuration:ValidatingWebhookConfiguration//guard': 'vault-pod-checked',
      'admission.failure-ignore:ValidatingWebhookConfiguration//guard:webhooks[0]': 'vault-pod-checked',
      'admission.opt-in-object-selector:ValidatingWebhookConfiguration//guard:webhooks[0]': 'vault-pod-checked',
      // v1 rejects sideEffects Some (pkg/apis/admissionregistration/validation/validation.go): the configuration never exists.
      'admission.side-effects-some:ValidatingWebhookConfiguration//guard:webhooks[0]': 'vault-pod-checked',
      'admission.delete-rule:ValidatingWebhookConfiguration//guard:webhooks[0].rules[0]': 'vault-pod-checked',
      'admission.delete-rule:ValidatingWebhookConfiguration//guard:webhooks[0].rules[1]': 'vault-deployment-checked',
      'admission.drop-operation:ValidatingWebhookConfiguration//guard:webhooks[0].rules[0].CREATE': 'vault-pod-checked',
      'admission.drop-operation:ValidatingWebhookConfiguration//guard:webhooks[0].rules[0].UPDATE': 'vault-pod-update-checked',
      'psa.lower-level:Namespace//team:metadata.labels.pod-security.kubernetes.io/enforce': 'root-denied',
      'psa.drop-label:Namespace//team:metadata.labels.pod-security.kubernetes.io/enforce': 'privileged-denied',
    };
    const mutants = [...mutantsOf(def, 'admission.'), ...mutantsOf(def, 'psa.')];
    expect(ids(mutants).sort()).toEqual(Object.keys(expected).sort());
    for (const m of mutants) if (expected[m.id]) expect(failedGoals(def, m), m.id).toContain(expected[m.id]);
  });

  it('a policy that cannot fail at run time survives Ignore: a legitimate declared survivor', () => {
    // The CEL expression never errors on these pods, so failurePolicy never applies.
    const m = mutantsOf(def, 'admission.failure-ignore:ValidatingAdmissionPolicy')[0];
    expect(evaluate(def, m).passed).toBe(true);
  });

  it('lowers Pod Security enforce one level at a time, leaves privileged alone, and never touches warn or audit', () => {
    const privileged = NAMESPACE.replace('restricted', 'privileged');
    expect(ids(mutantsOf(exercise({ 'n.yaml': privileged }), 'psa.'))).toEqual([]);
    const visibility = `${NAMESPACE}    pod-security.kubernetes.io/warn: restricted\n    pod-security.kubernetes.io/audit: restricted\n`;
    expect(ids(mutantsOf(exercise({ 'n.yaml': visibility }), 'psa.')).every((id) => id.endsWith('/enforce'))).toBe(true);
    const m = mutantsOf(def, 'psa.lower-level')[0];
    expect(m.diff).toContain('+    pod-security.kubernetes.io/enforce: baseline');
  });

  it('keeps the other actions when Deny is replaced', () => {
    const both = POLICY.replace('validationActions: [Deny]', 'validationActions: [Deny, Audit]');
    const found = mutantsOf(exercise({ 'p.yaml': both }, { world: WORLD }), 'admission.deny-to');
    expect(found.map((m) => m.description)).toEqual(['validationActions [Deny,Audit] → [Audit,Warn]', 'validationActions [Deny,Audit] → [Audit]']);
  });
});
