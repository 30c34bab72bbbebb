// A one-goal exercise the world tests share: can `ana` get pods in `shop`?
import type { ExerciseDefinition } from '@/lib/lesson';

const text = { en: 'goal', es: 'objetivo' };

export const oneGoalExercise: ExerciseDefinition = {
  id: 'x',
  title: text,
  description: text,
  world: { file: 'world.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n' },
  files: ['main.yaml'],
  start: { 'main.yaml': '' },
  solution: { 'main.yaml': '' },
  hints: [],
  goals: [{ id: 'g', text, kind: 'can', can: { as: 'ana', verb: 'get', resource: 'pods', namespace: 'shop' }, expect: 'allow' }],
};
