import { describe, expect, it } from 'vitest';
import { describeLabelSelector, labelSelectorMatches, mapSelectorMatches } from '@/lib/sim/cluster';

const web = { app: 'web', tier: 'front' };

describe('labelSelectorMatches (metav1.LabelSelector)', () => {
  const cases: { title: string; selector: unknown; labels: Record<string, string>; expected: boolean }[] = [
    { title: '{} matches everything', selector: {}, labels: web, expected: true },
    { title: '{} matches a pod without labels', selector: {}, labels: {}, expected: true },
    { title: 'null matches nothing', selector: null, labels: web, expected: false },
    { title: 'absent matches nothing', selector: undefined, labels: web, expected: false },
    { title: 'matchLabels equal', selector: { matchLabels: { app: 'web' } }, labels: web, expected: true },
    { title: 'matchLabels different value', selector: { matchLabels: { app: 'api' } }, labels: web, expected: false },
    { title: 'matchLabels all must hold', selector: { matchLabels: { app: 'web', tier: 'back' } }, labels: web, expected: false },
    { title: 'matchLabels key missing', selector: { matchLabels: { role: 'x' } }, labels: web, expected: false },
    { title: 'In', selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['api', 'web'] }] }, labels: web, expected: true },
    { title: 'In with absent key', selector: { matchExpressions: [{ key: 'role', operator: 'In', values: ['x'] }] }, labels: web, expected: false },
    { title: 'NotIn', selector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, labels: web, expected: false },
    {
      title: 'NotIn is true when the key is absent',
      selector: { matchExpressions: [{ key: 'role', operator: 'NotIn', values: ['x'] }] },
      labels: web,
      expected: true,
    },
    { title: 'Exists', selector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels: web, expected: true },
    { title: 'DoesNotExist', selector: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, labels: web, expected: false },
    {
      title: 'matchLabels AND expressions',
      selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] },
      labels: web,
      expected: false,
    },
    {
      title: 'unknown operator matches nothing',
      selector: { matchExpressions: [{ key: 'app', operator: 'in', values: ['web'] }] },
      labels: web,
      expected: false,
    },
    { title: 'a malformed term matches nothing', selector: { matchExpressions: ['app'] }, labels: web, expected: false },
    { title: 'numbers are compared as text (YAML 1.2 tier: 1)', selector: { matchLabels: { tier: 1 } }, labels: { tier: '1' }, expected: true },
    { title: 'inherited property names are not labels', selector: { matchLabels: { constructor: 'x' } }, labels: {}, expected: false },
  ];
  for (const c of cases) {
    it(c.title, () => expect(labelSelectorMatches(c.selector, c.labels)).toBe(c.expected));
  }
});

describe('mapSelectorMatches (Service spec.selector)', () => {
  const cases: { title: string; selector: unknown; expected: boolean }[] = [
    { title: 'every pair present', selector: { app: 'web' }, expected: true },
    { title: 'a pair missing', selector: { app: 'web', role: 'x' }, expected: false },
    { title: 'empty selects nothing', selector: {}, expected: false },
    { title: 'absent selects nothing', selector: undefined, expected: false },
  ];
  for (const c of cases) {
    it(c.title, () => expect(mapSelectorMatches(c.selector, web)).toBe(c.expected));
  }
});

describe('describeLabelSelector', () => {
  it('prints like kubectl', () => {
    expect(
      describeLabelSelector({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'ready', operator: 'Exists' },
          { key: 'debug', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),env notin (dev),ready,!debug');
    expect(describeLabelSelector({})).toBe('');
  });
});
