import { describe, expect, it } from 'vitest';
import { parseExercise } from '@/lib/lesson/parseExercise';

const yamlText = `title: { en: Couch, es: Sillón }
description: { en: Let Pochoclo sleep., es: Que Pochoclo duerma. }
files: [role.yaml]
goals:
  - id: sleeps
    text: { en: Sleeps, es: Duerme }
    can: { as: pochoclo, verb: sleep, resource: couches, namespace: depto-a }
    expect: allow
`;
const base = { id: 'couch', dir: 'lessons/01-rbac/01-x/exercises/couch', yamlText, start: { 'role.yaml': 'a' }, solution: { 'role.yaml': 'b' } };

describe('parseExercise: acceptedMutants', () => {
  it('reads declared survivors, with a reason in both languages or one string', () => {
    const text = `${yamlText}acceptedMutants:
  - id: "rbac.apigroups-star:Role/depto-a/couch"
    reason: { en: couches exist only in the core group, es: los sillones existen solo en el grupo core }
  - id: audit.none-first-serviceaccounts
    reason: no ServiceAccount in this exercise
`;
    const { exercise, problems } = parseExercise({ ...base, yamlText: text });
    expect(problems).toEqual([]);
    expect(exercise?.acceptedMutants).toEqual([
      {
        id: 'rbac.apigroups-star:Role/depto-a/couch',
        reason: { en: 'couches exist only in the core group', es: 'los sillones existen solo en el grupo core' },
      },
      { id: 'audit.none-first-serviceaccounts', reason: 'no ServiceAccount in this exercise' },
    ]);
  });

  it('leaves the field out when nothing is declared', () => {
    expect(parseExercise(base).exercise?.acceptedMutants).toBeUndefined();
  });

  it.each([
    ['not a list', 'acceptedMutants: { id: x }\n', /must be a list/, 9],
    ['an entry without id', 'acceptedMutants:\n  - reason: because\n', /acceptedMutants\[0\]: missing key 'id'/, 10],
    ['an entry without reason', 'acceptedMutants:\n  - id: rbac.verbs-star\n', /acceptedMutants\[0\]: missing key 'reason'/, 10],
    [
      'a reason in one language only',
      'acceptedMutants:\n  - id: rbac.verbs-star\n    reason: { en: because }\n',
      /acceptedMutants\[0\]\.reason: missing key 'es'/,
      11,
    ],
    [
      'an unknown key',
      'acceptedMutants:\n  - id: rbac.verbs-star\n    reason: ok\n    until: 2027\n',
      /acceptedMutants\[0\]: unknown key 'until'; allowed: id, reason/,
      12,
    ],
  ])('rejects %s at its line', (_name, extra, message, line) => {
    const { exercise, problems } = parseExercise({ ...base, yamlText: yamlText + extra });
    expect(exercise).toBeNull();
    expect(problems[0].message).toMatch(message);
    expect(problems[0].line).toBe(line);
    expect(problems[0].file).toBe('lessons/01-rbac/01-x/exercises/couch/exercise.yaml');
  });
});
