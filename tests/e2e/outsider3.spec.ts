// Third outsider pass in the real page: a learner pastes an answer that touches more than the task
// (an extra binding subject, the namespace re-declared without its Pod Security label, an ephemeral
// container on create) and the goal that names the hole turns red, saying why, in English and
// Spanish; an equivalent answer written differently turns every goal green. A sample of
// tests/unit/lesson/exercises/outsider3-*.test.ts through Monaco, the worker and the goal list.
// Semantics and upstream citations are in those tables.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pasteIntoExercise as paste } from './support/site';

const LESSONS = join(__dirname, '../../lessons');

interface Sample {
  lang: 'en' | 'es';
  page: string;
  exercise: string;
  dir: string;
  file: string;
  answer: (solution: string) => string;
  /** The goal that must fail, and words its explanation must show; or null: every goal must pass. */
  goal: { id: string; says: string } | null;
}

function edit(from: string, to: string): (s: string) => string {
  return (s) => {
    if (!s.includes(from)) throw new Error(`edit does not apply: ${from}`);
    return s.split(from).join(to);
  };
}

const POCHOCLO = '  - kind: User\n    name: pochoclo\n    apiGroup: rbac.authorization.k8s.io\n';
const COUCH = {
  page: 'learn/rbac/subject-verb-object/',
  exercise: 'couch-is-a-configmap',
  dir: '01-rbac/01-subject-verb-object/exercises/couch-is-a-configmap',
  file: 'role.yaml',
};
const LAB = {
  page: 'learn/introduction/kubernetes-basics/',
  exercise: 'static-web-in-lab',
  dir: '00-introduction/01-kubernetes-basics/exercises/static-web-in-lab',
  file: 'static-web.yaml',
};

const SAMPLES: Sample[] = [
  {
    lang: 'en',
    ...COUCH,
    answer: edit(POCHOCLO, `${POCHOCLO}  - kind: ServiceAccount\n    name: default\n    namespace: kube-system\n`),
    goal: { id: 'patch-the-couch', says: 'also gives it to ServiceAccount kube-system/default' },
  },
  {
    lang: 'es',
    ...COUCH,
    answer: edit(POCHOCLO, `${POCHOCLO}  - kind: Group\n    name: system:nodes\n    apiGroup: rbac.authorization.k8s.io\n`),
    goal: { id: 'patch-the-couch', says: 'también se lo da a Group system:nodes' },
  },
  { lang: 'en', ...COUCH, answer: edit(POCHOCLO, `${POCHOCLO}${POCHOCLO}`), goal: null },
  {
    lang: 'en',
    ...LAB,
    answer: (s) => `${s.trimEnd()}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: lab\n  labels:\n    pod-security.kubernetes.io/warn: baseline\n`,
    goal: { id: 'lab-still-refuses-privileged', says: 'pod-security.kubernetes.io/enforce' },
  },
];

for (const sample of SAMPLES) {
  const kind = sample.goal ? `a wider answer fails ${sample.goal.id}` : 'an equivalent rewrite passes every goal';
  test(`${sample.exercise} (${sample.lang}): ${kind}`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${sample.lang}/${sample.page}`);
    const solution = readFileSync(join(LESSONS, sample.dir, 'solution', sample.file), 'utf8');
    await paste(page, sample.exercise, sample.answer(solution));
    const goals = page.locator(`[data-exercise-id="${sample.exercise}"] [data-testid="goal"]`);
    if (sample.goal) {
      const goal = goals.and(page.locator(`[data-goal-id="${sample.goal.id}"]`));
      await expect(goal).toHaveAttribute('data-status', 'fail', { timeout: 15_000 });
      await expect(goal).toContainText(sample.goal.says);
    } else {
      const everyPass = async () => (await goals.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).every((s) => s === 'pass');
      await expect.poll(everyPass, { timeout: 15_000 }).toBe(true);
    }
  });
}
