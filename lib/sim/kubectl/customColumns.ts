/**
 * `kubectl get -o custom-columns=NAME:.metadata.name,...` and `--sort-by=<jsonpath>`.
 * Upstream: kubectl pkg/cmd/get/customcolumn.go (RelaxedJSONPathExpression, the spec's errors,
 * `<none>` for a missing value, several values joined by `,`, Go's fmt.Sprint of each value)
 * and pkg/cmd/get/sorter.go (RuntimeSort/TableSorter: objects without the field first, numbers
 * by value, strings as Kubernetes quantities when both parse, else lexically; a path no object
 * has is an error).
 */
import { isRecord } from '../apiserver/objectData';
import { select } from './jsonPath';

export interface CustomColumn {
  header: string;
  /** The path after RelaxedJSONPathExpression, without braces (`.metadata.name`). */
  path: string;
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}`, `{.a.b}` all mean `.a.b`; a string is kubectl's error. */
export function relaxedPath(expression: string): string | { error: string } {
  if (expression === '') return '';
  const m = RELAXED.exec(expression);
  if (!m) return { error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
  return `.${m[1] ?? m[2]}`;
}

/** NewCustomColumnsPrinterFromSpec: `HEADER:path` pairs split on `,`. */
export function parseCustomColumns(spec: string): CustomColumn[] | { error: string } {
  if (spec === '') return { error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const path = relaxedPath(part.slice(colon + 1));
    if (typeof path !== 'string') return path;
    columns.push({ header: part.slice(0, colon), path });
  }
  return columns;
}

/** Go's fmt.Sprint of a decoded JSON value: maps as `map[k:v]` (sorted keys), slices as `[a b]`. */
export function goSprint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goSprint).join(' ')}]`;
  if (isRecord(value))
    return `map[${Object.keys(value)
      .sort()
      .map((k) => `${k}:${goSprint(value[k])}`)
      .join(' ')}]`;
  return String(value);
}

/** One row: each column's values joined by `,`, `<none>` when the path finds nothing. */
export function customColumnRow(object: unknown, columns: readonly CustomColumn[]): string[] | { error: string } {
  const row: string[] = [];
  for (const column of columns) {
    const values = column.path === '' ? [] : select(object, column.path);
    if (typeof values === 'string') return { error: values };
    row.push(values.length === 0 ? '<none>' : values.map(goSprint).join(','));
  }
  return row;
}

const QUANTITY = /^([+-]?\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;
const FACTORS: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

function quantity(text: string): number | undefined {
  const m = QUANTITY.exec(text);
  return m ? Number(m[1]) * FACTORS[m[2] ?? ''] : undefined;
}

/** sorter.go isLess for the first value of each side (undefined: the object lacks the field). */
function less(a: unknown, b: unknown): boolean {
  if (a === undefined) return b !== undefined;
  if (b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = quantity(a);
    const qb = quantity(b);
    return qa !== undefined && qb !== undefined ? qa < qb : a < b;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return false;
}

/**
 * Order `items` by the value at `sortBy` in each one's `view` (the object as the server returns it).
 * An error when no object has the field (`couldn't find any field with path "{.x}" in the list of objects`).
 */
export function sortByPath<T>(items: readonly T[], view: (item: T) => unknown, sortBy: string): T[] | { error: string } {
  const path = relaxedPath(sortBy);
  const field = typeof path === 'string' ? path : sortBy;
  const keys = items.map((item) => {
    const values = field === '' ? [] : select(view(item), field);
    return typeof values === 'string' ? undefined : values[0];
  });
  if (items.length > 0 && keys.every((k) => k === undefined)) return { error: `couldn't find any field with path "{${field}}" in the list of objects` };
  const order = items.map((_, i) => i).sort((i, j) => (less(keys[i], keys[j]) ? -1 : less(keys[j], keys[i]) ? 1 : i - j));
  return order.map((i) => items[i]);
}
