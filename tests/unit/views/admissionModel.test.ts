import { describe, expect, it } from 'vitest';
import { parseManifests } from '@/lib/sim';
import { admissionCandidates, objectRef, parseGroups } from '@/components/views/admissionModel';
import { lessonViewDefaults, subjectOfUser } from '@/components/views/lessonDefaults';
import { worldById } from '@/components/playground/worlds';
import type { ExerciseDefinition } from '@/lib/lesson';

describe('admission candidates', () => {
  it('puts workloads first and configuration objects last, each once', () => {
    const objects = parseManifests(worldById('admission')!.text()).objects;
    const refs = admissionCandidates(objects).map((c) => c.ref);
    expect(refs.slice(0, 3)).toEqual(['Pod/prod/web', 'Pod/prod/debug', 'Pod/prod/cache']);
    expect(refs.at(-1)).toBe('ValidatingWebhookConfiguration/polaris');
    expect(admissionCandidates([...objects, ...objects])).toHaveLength(refs.length);
  });

  it('names objects like the goals do', () => {
    expect(objectRef({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod' } })).toBe('Namespace/prod');
    expect(parseGroups(' a, ,b ')).toEqual(['a', 'b']);
  });

  it('skips junk without throwing', () => {
    expect(admissionCandidates([null, 3, { kind: 'Pod' }] as never[])).toEqual([]);
  });
});

describe('lesson view defaults', () => {
  const base = { id: 'x', title: { en: 'x', es: 'x' }, description: { en: '', es: '' }, files: [], start: {}, solution: {}, hints: [] };
  it('reads the first traffic, can and admission goals', () => {
    const exercise: ExerciseDefinition = {
      ...base,
      goals: [
        { id: 'a', text: { en: '', es: '' }, kind: 'traffic', traffic: { from: 'shop/a', to: 'shop/b', port: 5432 }, expect: 'allow' },
        {
          id: 'b',
          text: { en: '', es: '' },
          kind: 'can',
          can: { as: 'system:serviceaccount:ci:deployer', verb: 'get', resource: 'pods', namespace: 'dev' },
          expect: 'allow',
        },
        { id: 'c', text: { en: '', es: '' }, kind: 'admission', admission: { object: 'Pod/prod/web' }, expect: 'allow' },
      ],
    };
    const defaults = lessonViewDefaults(exercise);
    expect(defaults.port).toBe('5432');
    expect(defaults.subject).toEqual({ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' });
    expect(defaults.namespace).toBe('dev');
    expect(defaults.admission).toEqual({ object: 'Pod/prod/web' });
    expect(subjectOfUser('alice')).toEqual({ kind: 'User', name: 'alice' });
    expect(defaults.vocabulary).toEqual({ resources: [['', 'pods']], verbs: ['get'] });
  });
});
