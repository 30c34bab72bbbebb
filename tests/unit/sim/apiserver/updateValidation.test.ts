// Fields the registry refuses to change on update, in its words (upstream cited in each case):
// pkg/apis/rbac/validation/validation.go ValidateRoleBindingUpdate ("cannot change roleRef", the NEW
// roleRef shown), pkg/registry/apps/deployment/strategy.go ValidateUpdate and pkg/apis/apps/validation
// ValidateDaemonSetUpdate (apimachinery ValidateImmutableField: "field is immutable", the NEW selector
// shown as Go's %#v after field/errors.go ErrorBody dereferences the pointer).
import { describe, expect, it } from 'vitest';
import { goLabelSelector, updateErrors } from '../../../../lib/sim/apiserver/updateValidation';
import type { KubeObject } from '../../../../lib/sim/types';

function deployment(kind: string, selector: unknown): KubeObject {
  return { apiVersion: 'apps/v1', kind, metadata: { name: 'd', namespace: 'default' }, spec: { selector } } as KubeObject;
}

describe('updateErrors', () => {
  it('a Deployment or DaemonSet selector is immutable; the new selector is shown', () => {
    for (const kind of ['Deployment', 'DaemonSet']) {
      const errors = updateErrors(deployment(kind, { matchLabels: { b: '2', a: '1' } }), deployment(kind, { matchLabels: { a: '1' } }));
      expect(errors).toEqual([
        {
          field: 'spec.selector',
          message:
            'Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"a":"1", "b":"2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
        },
      ]);
    }
  });

  it('an unchanged selector, or another kind, is no error', () => {
    expect(updateErrors(deployment('Deployment', { matchLabels: { a: '1' } }), deployment('Deployment', { matchLabels: { a: '1' } }))).toEqual([]);
    expect(updateErrors(deployment('Job', { matchLabels: { a: '2' } }), deployment('Job', { matchLabels: { a: '1' } }))).toEqual([]);
  });

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

  it('a binding cannot change its roleRef; the new roleRef is shown', () => {
    const rb = (name: string) =>
      ({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'b' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      }) as KubeObject;
    expect(updateErrors(rb('edit'), rb('view'))).toEqual([
      {
        field: 'roleRef',
        message: 'Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef',
      },
    ]);
    expect(updateErrors(rb('view'), rb('view'))).toEqual([]);
  });
});
