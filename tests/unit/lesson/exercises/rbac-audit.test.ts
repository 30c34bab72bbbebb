// Audit policy exercises of lessons/01-rbac/04-audit-logs: insecure policies (bodies of
// credentials logged, signal silenced) must fail the goal that names the problem; equivalent
// policies must pass. Semantics: the first matching rule decides; `resources: [{group: ""}]`
// is every core resource; `serviceaccounts` does not cover `serviceaccounts/token`; a
// nonResourceURL ending in `*` is a prefix (k8s.io/apiserver/pkg/audit/policy/checker.go,
// https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/). ConfigMaps, TokenRequests and
// TokenReviews stay at Metadata as in cluster/gce/gci/configure-helper.sh.
import { describe, expect, it } from 'vitest';
import { chain, failingGoals, loadExercise, replace, type Edit } from './harness';

type Wrong = [string, Edit, string];

function check(dir: string, wrong: Wrong[], right: [string, Edit][]): void {
  const exercise = loadExercise(dir);
  describe(exercise.id, () => {
    it('the solution passes every goal', () => expect(failingGoals(exercise, {})).toEqual([]));
    for (const [title, edit, goal] of wrong)
      it(`wrong: ${title} fails ${goal}`, () => expect(failingGoals(exercise, { 'audit-policy.yaml': edit })).toContain(goal));
    for (const [title, edit] of right) it(`right: ${title}`, () => expect(failingGoals(exercise, { 'audit-policy.yaml': edit })).toEqual([]));
  });
}

const POLICY = (rules: string) => `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules}`;

check(
  '01-rbac/04-audit-logs/exercises/no-secret-bodies',
  [
    [
      'the start: core group at RequestResponse first',
      POLICY(
        '  - level: RequestResponse\n    resources: [{ group: "" }]\n  - level: Metadata\n    resources: [{ group: "", resources: [secrets] }]\n  - level: Metadata\n',
      ),
      'get-secret-metadata',
    ],
    [
      'Secrets first, ConfigMaps forgotten',
      replace('resources: ["secrets", "configmaps", "serviceaccounts/token"]', 'resources: ["secrets", "serviceaccounts/token"]'),
      'configmaps-metadata',
    ],
    ['serviceaccounts instead of serviceaccounts/token', replace('"serviceaccounts/token"', '"serviceaccounts"'), 'token-request-metadata'],
    [
      'TokenReviews at RequestResponse',
      replace(
        '  - level: Metadata\n',
        '  - level: RequestResponse\n    resources: [{ group: authentication.k8s.io, resources: [tokenreviews] }]\n  - level: Metadata\n',
      ),
      'token-review-metadata',
    ],
    [
      'Secrets silenced (None) instead of Metadata',
      replace(
        '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets",',
        '  - level: None\n    resources:\n      - group: ""\n        resources: ["secrets"]\n  - level: Metadata\n    resources:\n      - group: ""\n        resources: [',
      ),
      'get-secret-metadata',
    ],
    [
      'ServiceAccounts not logged at all',
      replace('rules:\n', 'rules:\n  - level: None\n    userGroups: ["system:serviceaccounts"]\n'),
      'a-serviceaccount-reading-a-secret',
    ],
    ['Request level for the core group (no response bodies)', replace('  - level: RequestResponse', '  - level: Request'), 'pods-full-detail'],
    ['everything at Metadata', POLICY('  - level: Metadata\n'), 'pods-full-detail'],
  ],
  [
    [
      'one rule per credential-carrying resource',
      POLICY(
        '  - level: Metadata\n    resources: [{ group: "", resources: [secrets] }]\n  - level: Metadata\n    resources: [{ group: "", resources: [configmaps] }]\n  - level: Metadata\n    resources: [{ group: "", resources: [serviceaccounts/token] }]\n  - level: Metadata\n    resources: [{ group: authentication.k8s.io, resources: [tokenreviews] }]\n  - level: RequestResponse\n    resources: [{ group: "" }]\n  - level: Metadata\n',
      ),
    ],
    [
      'the RequestResponse rule lists core resources one by one',
      POLICY(
        '  - level: Metadata\n    resources: [{ group: "", resources: [secrets, configmaps, serviceaccounts/token] }]\n  - level: RequestResponse\n    resources: [{ group: "", resources: [pods, services, serviceaccounts, endpoints, persistentvolumeclaims] }]\n  - level: Metadata\n',
      ),
    ],
    ['omitStages added to the catch-all', replace(/  - level: Metadata\n$/, '  - level: Metadata\n    omitStages: ["RequestReceived"]\n')],
  ],
);

check(
  '01-rbac/04-audit-logs/exercises/quiet-the-noise',
  [
    [
      'the start: every watch silenced',
      POLICY('  - level: None\n    verbs: ["watch"]\n  - level: None\n    nonResourceURLs: ["/healthz/*"]\n  - level: Metadata\n'),
      'watching-secrets-is-recorded',
    ],
    [
      'everything kube-proxy and anonymous do silenced',
      POLICY('  - level: None\n    users: ["system:kube-proxy", "system:anonymous"]\n  - level: Metadata\n'),
      'kube-proxy-reading-secrets-is-recorded',
    ],
    [
      '…which also hides anonymous attempts on Secrets',
      POLICY('  - level: None\n    users: ["system:kube-proxy", "system:anonymous"]\n  - level: Metadata\n'),
      'anonymous-secrets-are-recorded',
    ],
    [
      "kube-proxy's watches on anything",
      replace(
        '    resources:\n      - group: ""\n        resources: ["endpoints", "services"]\n      - group: "discovery.k8s.io"\n        resources: ["endpointslices"]\n',
        '',
      ),
      'kube-proxy-watching-secrets-is-recorded',
    ],
    ['the noisy resources for everyone', replace('    users: ["system:kube-proxy"]\n', ''), 'others-watching-services-are-recorded'],
    ['kube-proxy, any verb', replace('    verbs: ["watch"]\n', ''), 'kube-proxy-listing-is-recorded'],
    ['every non-resource URL silenced', replace(/    nonResourceURLs:\n(      - .*\n)+/, '    nonResourceURLs: ["*"]\n'), 'metrics-are-recorded'],
    [
      'every ServiceAccount silenced',
      replace('rules:\n', 'rules:\n  - level: None\n    userGroups: ["system:serviceaccounts"]\n'),
      'serviceaccounts-watching-secrets-are-recorded',
    ],
  ],
  [
    [
      'one rule per resource group, health URLs in flow style',
      POLICY(
        '  - level: None\n    users: [system:kube-proxy]\n    verbs: [watch]\n    resources: [{ group: "", resources: [services, endpoints] }]\n  - level: None\n    users: [system:kube-proxy]\n    verbs: [watch]\n    resources: [{ group: discovery.k8s.io, resources: [endpointslices] }]\n  - level: None\n    nonResourceURLs: [/healthz, /healthz/*, /livez, /livez/*, /readyz, /readyz/*]\n  - level: Metadata\n',
      ),
    ],
    [
      'health probes silenced only for anonymous callers',
      replace('  - level: None\n    nonResourceURLs:', '  - level: None\n    users: ["system:anonymous"]\n    nonResourceURLs:'),
    ],
    [
      'health URLs first, kube-proxy second, endpointslices listed first',
      POLICY(
        '  - level: None\n    nonResourceURLs: ["/readyz", "/readyz/*", "/livez", "/livez/*", "/healthz", "/healthz/*"]\n  - level: None\n    users: ["system:kube-proxy"]\n    verbs: ["watch"]\n    resources:\n      - group: discovery.k8s.io\n        resources: [endpointslices]\n      - group: ""\n        resources: [services, endpoints]\n  - level: Metadata\n',
      ),
    ],
  ],
);

const TALK_PODS = '  - level: RequestResponse\n    resources: [{ group: "", resources: ["pods"] }]\n';
const TALK_SECRETS = '  - level: Metadata\n    resources: [{ group: "", resources: ["secrets"] }]\n';
const TALK_LEADER = '  - level: None\n    resources: [{ group: "", resources: ["configmaps"], resourceNames: ["controller-leader"] }]\n';
check(
  '01-rbac/04-audit-logs/exercises/talk-policy',
  [
    ['the start: catch-all first', POLICY(`  - level: Metadata\n${TALK_PODS}${TALK_SECRETS}${TALK_LEADER}`), 'pods-with-bodies'],
    ['no catch-all at all (the talk as it was)', replace(/  # Everything else[\s\S]*$/, ''), 'everything-else-metadata'],
    ['every ConfigMap silenced', replace('        resourceNames: ["controller-leader"]\n', ''), 'everything-else-metadata'],
    [
      'all of kube-system silenced',
      replace('        resources: ["configmaps"]\n        resourceNames: ["controller-leader"]\n', '    namespaces: ["kube-system"]\n'),
      'only-the-leader-is-silent',
    ],
    [
      'Secrets at RequestResponse',
      replace(
        '  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets"]',
        '  - level: RequestResponse\n    resources:\n      - group: ""\n        resources: ["secrets"]',
      ),
      'secret-get-no-body',
    ],
    ['pods/* at RequestResponse (logs included)', replace('resources: ["pods"]', 'resources: ["pods", "pods/*"]'), 'pod-logs-metadata'],
    [
      'ServiceAccounts not logged',
      replace('rules:\n', 'rules:\n  - level: None\n    userGroups: ["system:serviceaccounts"]\n'),
      'controllers-pods-with-bodies',
    ],
  ],
  [
    ['the leader rule first', POLICY(`${TALK_LEADER}${TALK_PODS}${TALK_SECRETS}  - level: Metadata\n`)],
    [
      'flow style',
      POLICY(
        '  - { level: RequestResponse, resources: [{ group: "", resources: [pods] }] }\n  - { level: Metadata, resources: [{ group: "", resources: [secrets] }] }\n  - { level: None, resources: [{ group: "", resources: [configmaps], resourceNames: [controller-leader] }] }\n  - { level: Metadata }\n',
      ),
    ],
    [
      'the leader silenced only for the controller manager',
      chain(replace('  - level: None\n', '  - level: None\n    users: ["system:kube-controller-manager"]\n')),
    ],
  ],
);
