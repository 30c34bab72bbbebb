/**
 * Label selectors and label maps as kubectl prints them: apimachinery
 * `metav1.FormatLabelSelector` (requirements sorted by key, `in`/`notin`/`!key`, `<none>` for
 * an empty selector) and `labels.FormatLabels` (`a=b,c=d` sorted, `<none>`).
 */
import { arr, isRecord, rec, str, strMap } from '../apiserver/objectData';
import { parseSelectorText, selectorTextMatches, type SelectorRequirement } from '../support/labelSelectorText';

/** `app=web,tier in (a,b)`; `<none>` for `{}`, absent or invalid. */
export function formatLabelSelector(selector: unknown): string {
  if (!isRecord(selector)) return '<none>';
  const parts: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(strMap(selector.matchLabels))) parts.push({ key, text: `${key}=${value}` });
  for (const term of arr(selector.matchExpressions)) {
    const t = rec(term);
    const key = str(t.key);
    const values = arr(t.values)
      .map((v) => str(v))
      .sort()
      .join(',');
    if (t.operator === 'In') parts.push({ key, text: `${key} in (${values})` });
    else if (t.operator === 'NotIn') parts.push({ key, text: `${key} notin (${values})` });
    else if (t.operator === 'Exists') parts.push({ key, text: key });
    else if (t.operator === 'DoesNotExist') parts.push({ key, text: `!${key}` });
  }
  if (parts.length === 0) return '<none>';
  return parts
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => p.text)
    .join(',');
}

/** `a=b,c=d` (sorted), `<none>` when empty. */
export function formatLabels(labels: unknown): string {
  const map = strMap(labels);
  const keys = Object.keys(map).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${map[k]}`).join(',');
}

/** A selector requirement parsed from `-l`: the one parser in lib/sim/support/labelSelectorText.ts. */
export type Requirement = SelectorRequirement;

/**
 * Parse a `-l` selector (labels.Parse, k8s.io/apimachinery/pkg/labels/selector.go); a string is
 * upstream's error text, printed after `error: `.
 */
export function parseSelector(text: string): Requirement[] | string {
  const parsed = parseSelectorText(text);
  return parsed.ok ? parsed.requirements : parsed.error.message;
}

/** Do these labels satisfy every requirement? (Requirement.Matches) */
export function requirementsMatch(requirements: readonly Requirement[], labels: Record<string, string>): boolean {
  return selectorTextMatches(requirements, labels);
}
