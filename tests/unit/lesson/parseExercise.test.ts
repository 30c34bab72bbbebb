import { describe, expect, it } from 'vitest';
import { parseExercise } from '@/lib/lesson/parseExercise';

const yamlText = `title: { en: Couch, es: Sillón }
description: { en: Let Pochoclo sleep., es: Que Pochoclo duerma. }
world: world.yaml
files: [role.yaml]
goals:
  - id: sleeps
    text: { en: Sleeps, es: Duerme }
    can: { as: pochoclo, verb: sleep, resource: couches, namespace: depto-a }
    expect: allow
hints:
  - { en: Use a Role, es: Usá un Role }
`;

const base = {
  id: 'couch',
  dir: 'lessons/01-rbac/01-x/exercises/couch',
  yamlText,
  world: 'kind: Namespace',
  start: { 'role.yaml': 'a' },
  solution: { 'role.yaml': 'b' },
};

describe('parseExercise', () => {
  it('builds the definition from a valid folder', () => {
    const { exercise, problems } = parseExercise(base);
    expect(problems).toEqual([]);
    expect(exercise?.goals[0]).toMatchObject({ id: 'sleeps', kind: 'can', expect: 'allow', can: { as: 'pochoclo', verb: 'sleep' } });
    expect(exercise?.world).toEqual({ file: 'world.yaml', text: 'kind: Namespace' });
    expect(exercise?.hints).toEqual([{ en: 'Use a Role', es: 'Usá un Role' }]);
  });

  it.each([
    ['a missing Spanish goal text', yamlText.replace('text: { en: Sleeps, es: Duerme }', 'text: { en: Sleeps }'), "goals[0].text: missing key 'es'", 7, 11],
    [
      'an unknown goal kind',
      yamlText.replace('can: {', 'may: {'),
      "goals[0]: needs exactly one of 'can', 'traffic', 'podSecurity', 'hardening', 'audit', 'admission', 'leastPrivilege', 'controlPlane', 'noAttackPath'",
      6,
      5,
    ],
    ['a bad expect', yamlText.replace('expect: allow', 'expect: yes'), "goals[0].expect: 'yes' is not one of allow, deny", 9, 13],
    ['a missing verb', yamlText.replace('verb: sleep, ', ''), "goals[0].can: missing key 'verb'", 8, 10],
    ['an unknown top-level field', yamlText + 'author: me\n', "unknown key 'author'", 12, 1],
    ['a hint without Spanish', yamlText.replace('{ en: Use a Role, es: Usá un Role }', '{ en: Use a Role }'), "hints[0]: missing key 'es'", 11, 5],
  ])('reports %s at its line and column', (_name, text, message, line, column) => {
    const { exercise, problems } = parseExercise({ ...base, yamlText: text });
    expect(exercise).toBeNull();
    expect(problems[0].message).toContain(message);
    expect(problems[0]).toMatchObject({ line, column, file: 'lessons/01-rbac/01-x/exercises/couch/exercise.yaml' });
  });

  it('names the unknown key inside a goal kind, with the closest allowed one', () => {
    const { problems } = parseExercise({ ...base, yamlText: yamlText.replace('namespace: depto-a', 'namespce: depto-a') });
    expect(problems).toEqual([
      {
        file: base.dir + '/exercise.yaml',
        line: 8,
        column: 58,
        message:
          "goals[0].can: unknown key 'namespce' (did you mean 'namespace'?); allowed: as, asPod, groups, verb, resource, group, subresource, namespace, name, path, exclusive",
      },
    ]);
  });

  it('reports missing start and solution files and invalid YAML', () => {
    expect(parseExercise({ ...base, solution: {} }).problems.map((p) => p.message)).toContain('solution/role.yaml does not exist');
    const broken = parseExercise({ ...base, yamlText: 'title: [unclosed\n' });
    expect(broken.problems[0].message).toMatch(/not valid YAML/);
  });
});

// exercise.yaml `serverVersion` (docs/lesson-format.md): the simulated API server's version.
describe('parseExercise serverVersion', () => {
  it('keeps a valid version as "1.N"', () => {
    expect(parseExercise({ ...base, yamlText: `${yamlText}serverVersion: "1.33"\n` }).exercise?.serverVersion).toBe('1.33');
    expect(parseExercise({ ...base, yamlText: `${yamlText}serverVersion: v1.34.1\n` }).exercise?.serverVersion).toBe('1.34');
    expect(parseExercise(base).exercise?.serverVersion).toBeUndefined();
  });
  it.each([['"1.29"'], ['1.30'], ['latest']])('refuses %s at its line', (value) => {
    const { exercise, problems } = parseExercise({ ...base, yamlText: `${yamlText}serverVersion: ${value}\n` });
    expect(exercise).toBeNull();
    expect(problems[0]).toMatchObject({ line: 12 });
    expect(problems[0].message).toMatch(/serverVersion/);
  });
});
