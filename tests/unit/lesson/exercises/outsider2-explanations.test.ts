// The first pass's leftovers: four failing goals whose explanation did not say what to change.
// Each must now name the change and point at the line the learner edits, in English and Spanish.
// Semantics: an old enforce-version enforces that version's smaller level
// (https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces);
// mutating admission runs before validating admission
// (https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#what-are-they);
// Pod Security details name what a level forbids (staging/src/k8s.io/pod-security-admission/policy);
// the first provider of an EncryptionConfiguration writes (https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/).
import { describe, expect, it } from 'vitest';
import { loadExercise, replace } from './harness';
import { runLab } from '../renderedLab';

function failing(dir: string, file: string, edit: (s: string) => string, goal: string) {
  const exercise = loadExercise(dir);
  const result = runLab(exercise, { ...exercise.solution, [file]: edit(exercise.solution[file]) });
  const found = result.goals.find((g) => g.id === goal);
  if (!found) throw new Error(`no goal ${goal}`);
  expect(found.pass).toBe(false);
  return { goal: found, lines: (edit(exercise.solution[file]) ?? '').split('\n') };
}

describe('explanations that say what to change', () => {
  it('road-to-restricted: an old enforce-version names that label and latest', () => {
    const { goal, lines } = failing(
      '02-hardening/02-containers/exercises/road-to-restricted',
      'namespace.yaml',
      replace('enforce-version: latest', 'enforce-version: v1.21'),
      'today-restricted-enforced',
    );
    expect(goal.source?.file).toBe('namespace.yaml');
    expect(lines[(goal.source?.line ?? 0) - 1]).toContain('enforce-version: v1.21');
    expect(goal.fix?.en).toMatch(/enforce-version: v1\.21` to `latest`/);
    expect(goal.fix?.es).toMatch(/Cambiá `pod-security\.kubernetes\.io\/enforce-version: v1\.21` por `latest`/);
  });

  it('image-cloner: without namespaceSelector the fix names the webhook and the namespace to keep out', () => {
    const drop = replace(
      /    namespaceSelector:\n      matchExpressions:\n        - key: image-cloner.example.com\/skip\n          operator: DoesNotExist\n/,
      '',
    );
    const { goal, lines } = failing('02-hardening/03-admission-controllers/exercises/image-cloner', 'image-cloner-webhook.yaml', drop, 'legacy-not-rewritten');
    expect(lines[(goal.source?.line ?? 0) - 1]).toContain('- name: image-cloner.example.com');
    expect(goal.fix?.en).toMatch(/keep namespace legacy out of webhooks\[0\] with a `namespaceSelector`/);
    expect(goal.fix?.es).toMatch(/dejá el namespace legacy fuera de webhooks\[0\] con un `namespaceSelector`/);
  });

  it('one-sa-per-app: a baseline failure names the check with what it forbids', () => {
    const host = replace('spec:\n', 'spec:\n  hostNetwork: true\n');
    const { goal, lines } = failing('01-rbac/03-service-accounts/exercises/one-sa-per-app', 'comedero.yaml', host, 'feeder-admitted');
    expect(lines[(goal.source?.line ?? 0) - 1]).toContain('hostNetwork: true');
    expect(goal.fix?.en).toMatch(/remove or change what it forbids, at the pointed line: host namespaces \(hostNetwork=true\)/);
    expect(goal.fix?.es).toMatch(/sacá o cambiá lo que prohíbe, en la línea marcada: .*hostNetwork=true/);
  });

  it('audit-and-encryption: an invalid EncryptionConfiguration points into that file, not at the flag', () => {
    const identityFirst = replace('      - aescbc:', '      - identity: {}\n      - aescbc:');
    const { goal, lines } = failing(
      '02-hardening/01-control-plane/exercises/audit-and-encryption',
      'encryption-config.yaml',
      identityFirst,
      'encryption-config-valid',
    );
    expect(goal.source?.file).toBe('encryption-config.yaml');
    expect(lines[(goal.source?.line ?? 0) - 1]).toContain('- identity: {}');
    expect(goal.fix?.en).toMatch(/identity goes last/);
    expect(goal.fix?.es).toMatch(/identity va al final/);
  });
});
