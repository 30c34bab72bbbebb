import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/lesson';
import { FixedNames, fixedNames } from '@/lib/lesson/mutate/rewrites/fixedNames';
import { exercise, text } from '../fixtures';

describe('fixed names', () => {
  it('classifies what a goal mentions by its shape', () => {
    const f = new FixedNames();
    f.mention('system:serviceaccount:shop:api');
    f.mention('Deployment/shop/web');
    f.mention('shop/frontend');
    f.mention('api-config');
    expect(f.has('ServiceAccount', 'api')).toBe(true);
    expect(f.has('Role', 'api')).toBe(false);
    expect(f.has('Deployment', 'web')).toBe(true);
    expect(f.has('ServiceAccount', 'web')).toBe(false);
    expect(f.has('Pod', 'frontend') && f.has('Service', 'frontend')).toBe(true);
    expect(f.has('ServiceAccount', 'frontend')).toBe(false);
    expect(f.has('ConfigMap', 'api-config') && f.has('Secret', 'api-config')).toBe(true);
  });

  it('reads goals, `code` in the title and description (both languages), the world and the start', () => {
    const goals: Goal[] = [
      { id: 'g', text, kind: 'can', can: { asPod: 'shop/api', verb: 'get', resource: 'secrets', namespace: 'shop', name: 'db-credentials' }, expect: 'allow' },
    ];
    const def = {
      ...exercise({ 'a.yaml': '' }, { goals }),
      description: { en: 'Bind the Role `reader` to **the api**.', es: 'Usá la ServiceAccount `lector`.' },
    };
    const world = [
      {
        kind: 'RoleBinding',
        metadata: { name: 'wb', namespace: 'shop' },
        roleRef: { kind: 'ClusterRole', name: 'viewer' },
        subjects: [{ kind: 'ServiceAccount', name: 'robot', namespace: 'shop' }],
      },
    ];
    const start = [{ kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' }, spec: { template: { spec: { serviceAccountName: 'web-sa' } } } }];
    const f = fixedNames(def, world, start);
    expect(f.has('Role', 'reader') && f.has('ServiceAccount', 'lector')).toBe(true);
    expect(f.has('ServiceAccount', 'api')).toBe(false);
    expect(f.has('Deployment', 'api')).toBe(true);
    expect(f.has('Secret', 'db-credentials')).toBe(true);
    expect(f.has('RoleBinding', 'wb') && f.has('ClusterRole', 'viewer') && f.has('ServiceAccount', 'robot')).toBe(true);
    expect(f.has('ClusterRole', 'wb')).toBe(false);
    expect(f.has('Deployment', 'web') && f.has('ServiceAccount', 'web-sa')).toBe(true);
  });

  it("a request's name fixes the kind of its resource only", () => {
    const goals: Goal[] = [
      {
        id: 'g',
        text,
        kind: 'audit',
        audit: { request: { user: 'ana', verb: 'delete', resource: 'deployments', group: 'apps', namespace: 'shop', name: 'api' } },
        expect: { level: 'Metadata' },
      },
    ];
    const f = fixedNames(exercise({ 'a.yaml': '' }, { goals }), [], []);
    expect(f.has('Deployment', 'api')).toBe(true);
    expect(f.has('Role', 'api') || f.has('ServiceAccount', 'api')).toBe(false);
  });
});
