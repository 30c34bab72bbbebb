/**
 * Go's %#v of the values field errors carry (k8s.io/apimachinery pkg/util/validation/field/errors.go
 * ErrorBody falls back to %#v for maps, slices and structs, pointers dereferenced): maps with their
 * keys sorted, nil slices and maps as `[]T(nil)` / `map[K]V(nil)`, the internal type's package name.
 */
import { goQuote } from './goText';
import { isRecord } from './record';

function rec(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function goStringSlice(value: unknown): string {
  if (!Array.isArray(value)) return '[]string(nil)';
  return `[]string{${value.map((v) => goQuote(String(v))).join(', ')}}`;
}

/** %#v of map[string]string: keys sorted, `"k":"v"` pairs joined by ", "; nil when absent. */
export function goStringMap(value: unknown): string {
  if (!isRecord(value)) return 'map[string]string(nil)';
  const pairs = Object.keys(value)
    .sort()
    .map((k) => `${goQuote(k)}:${goQuote(String(value[k]))}`);
  return `map[string]string{${pairs.join(', ')}}`;
}

function goRequirements(value: unknown): string {
  if (!Array.isArray(value)) return '[]v1.LabelSelectorRequirement(nil)';
  const items = value.map((r) => {
    const req = rec(r);
    return `v1.LabelSelectorRequirement{Key:${goQuote(text(req.key))}, Operator:${goQuote(text(req.operator))}, Values:${goStringSlice(req.values)}}`;
  });
  return `[]v1.LabelSelectorRequirement{${items.join(', ')}}`;
}

/** %#v of a metav1.LabelSelector. */
export function goLabelSelector(value: unknown): string {
  const selector = rec(value);
  return `v1.LabelSelector{MatchLabels:${goStringMap(selector.matchLabels)}, MatchExpressions:${goRequirements(selector.matchExpressions)}}`;
}
