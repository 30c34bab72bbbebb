// Go's %#v of field-error values (k8s.io/apimachinery pkg/util/validation/field/errors.go ErrorBody
// falls back to %#v; fmt prints map keys sorted; nil slices as []T(nil)).
import { describe, expect, it } from 'vitest';
import { goLabelSelector, goStringMap } from '../../../../lib/sim/support/goValues';

describe('goValues', () => {
  it('match expressions print as %#v of []v1.LabelSelectorRequirement (nil values as []string(nil))', () => {
    const text = goLabelSelector({
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['web', 'api'] },
        { key: 'x', operator: 'Exists' },
      ],
    });
    expect(text).toBe(
      'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"tier", Operator:"In", Values:[]string{"web", "api"}}, v1.LabelSelectorRequirement{Key:"x", Operator:"Exists", Values:[]string(nil)}}}',
    );
  });

  it('a map prints its keys sorted; an absent map is nil', () => {
    expect(goStringMap({ tier: 'web', app: 'shop' })).toBe('map[string]string{"app":"shop", "tier":"web"}');
    expect(goStringMap(undefined)).toBe('map[string]string(nil)');
  });
});
