/**
 * Label selectors and label maps as kubectl prints them: apimachinery
 * `metav1.FormatLabelSelector` (requirements sorted by key, `in`/`notin`/`!key`, `<none>` for
 * an empty selector) and `labels.FormatLabels` (`a=b,c=d` sorted, `<none>`).
 */
import { arr, isRecord, rec, str, strMap } from '../apiserver/objectData';

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

/** A selector requirement parsed from `-l` (`a=b`, `a!=b`, `a in (x,y)`, `!a`, `a`). */
export interface Requirement {
  key: string;
  op: '=' | '!=' | 'in' | 'notin' | 'exists' | '!';
  values: string[];
}

const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;

function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function parseOne(raw: string): Requirement | string {
  const term = raw.trim();
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
  if (set)
    return KEY.test(set[1])
      ? {
          key: set[1],
          op: set[2] as 'in' | 'notin',
          values: set[3]
            .split(',')
            .map((v) => v.trim())
            .filter((v) => v !== ''),
        }
      : `invalid label key "${set[1]}"`;
  const cmp = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (cmp) return KEY.test(cmp[1]) ? { key: cmp[1], op: cmp[2] === '!=' ? '!=' : '=', values: [cmp[3]] } : `invalid label key "${cmp[1]}"`;
  if (/^!\s*\S+$/.test(term)) return { key: term.slice(1).trim(), op: '!', values: [] };
  if (KEY.test(term)) return { key: term, op: 'exists', values: [] };
  return `unable to parse requirement: found '${term}', expected: identifier`;
}

/** Parse a `-l` selector; a string is kubectl's error text. */
export function parseSelector(text: string): Requirement[] | string {
  if (text.trim() === '') return [];
  const out: Requirement[] = [];
  for (const part of splitTop(text)) {
    const parsed = parseOne(part);
    if (typeof parsed === 'string') return parsed;
    out.push(parsed);
  }
  return out;
}

/** Do these labels satisfy every requirement? */
export function requirementsMatch(requirements: readonly Requirement[], labels: Record<string, string>): boolean {
  return requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    switch (r.op) {
      case '=':
        return has && labels[r.key] === r.values[0];
      case '!=':
        return !has || labels[r.key] !== r.values[0];
      case 'in':
        return has && r.values.includes(labels[r.key]);
      case 'notin':
        return !has || !r.values.includes(labels[r.key]);
      case 'exists':
        return has;
      default:
        return !has;
    }
  });
}
