// Grading trust in the real page: a learner pastes a near-miss answer into the exercise's editor and
// the goal that names the hole turns red; an equivalent answer written differently turns every
// goal green. A sample of the table tests in tests/unit/lesson/exercises/outsider-*.test.ts,
// through Monaco, the worker and the goal list. Semantics cited there.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pasteIntoExercise as paste } from './support/site';

const LESSONS = join(__dirname, '../../lessons');

interface Sample {
  page: string;
  exercise: string;
  /** Folder of the exercise, under lessons/. */
  dir: string;
  file: string;
  answer: (solution: string) => string;
  /** The goal that must fail, or null: every goal must pass. */
  goal: string | null;
}

function edit(from: string, to: string): (s: string) => string {
  return (s) => {
    if (!s.includes(from)) throw new Error(`edit does not apply: ${from}`);
    return s.split(from).join(to);
  };
}

const SAMPLES: Sample[] = [
  {
    page: 'learn/networking/network-policies/',
    exercise: 'default-deny',
    dir: '03-networking/03-network-policies/exercises/default-deny',
    file: 'shop-policies.yaml',
    answer: edit(
      '        - podSelector:\n            matchLabels:\n              app: frontend\n',
      '        - namespaceSelector: {}\n          podSelector:\n            matchLabels:\n              app: frontend\n',
    ),
    goal: 'other-frontend-not-api',
  },
  {
    page: 'learn/hardening/admission-controllers/',
    exercise: 'polaris-gatekeeper',
    dir: '02-hardening/03-admission-controllers/exercises/polaris-gatekeeper',
    file: 'polaris-webhook.yaml',
    answer: edit('resources: ["deployments", "replicasets", "statefulsets", "daemonsets"]', 'resources: ["deployments", "statefulsets"]'),
    goal: 'privileged-daemonset-denied',
  },
  {
    page: 'learn/rbac/service-accounts/',
    exercise: 'tokens-you-dont-need',
    dir: '01-rbac/03-service-accounts/exercises/tokens-you-dont-need',
    file: 'app.yaml',
    answer: edit(
      '        - containerPort: 8080\n---',
      '        - containerPort: 8080\n      volumeMounts: [{ name: tok, mountPath: /var/run/secrets/kubernetes.io/serviceaccount }]\n  volumes: [{ name: tok, projected: { sources: [{ serviceAccountToken: { path: token } }] } }]\n---',
    ),
    goal: 'frontend-holds-no-credential',
  },
  {
    page: 'learn/rbac/global-and-local-roles/',
    exercise: 'wildcards-grow',
    dir: '01-rbac/02-global-and-local-roles/exercises/wildcards-grow',
    file: 'rbac.yaml',
    answer: edit(
      '  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch", "create", "update", "patch"]\n  - apiGroups: [""]\n    resources: ["services", "configmaps"]',
      '  - apiGroups: ["", "apps"]\n    resources: ["deployments", "services", "configmaps"]',
    ),
    goal: null,
  },
];

for (const sample of SAMPLES) {
  const kind = sample.goal ? `a near-miss fails ${sample.goal}` : 'an equivalent rewrite passes every goal';
  test(`${sample.exercise}: ${kind}`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/${sample.page}`);
    const solution = readFileSync(join(LESSONS, sample.dir, 'solution', sample.file), 'utf8');
    await paste(page, sample.exercise, sample.answer(solution));
    const goals = page.locator(`[data-exercise-id="${sample.exercise}"] [data-testid="goal"]`);
    if (sample.goal) {
      await expect(goals.and(page.locator(`[data-goal-id="${sample.goal}"]`))).toHaveAttribute('data-status', 'fail', { timeout: 15_000 });
    } else {
      const everyPass = async () => (await goals.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).every((s) => s === 'pass');
      await expect.poll(everyPass, { timeout: 15_000 }).toBe(true);
    }
  });
}
