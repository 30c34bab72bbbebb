/**
 * A subset of kubectl's JSONPath templates (k8s.io/client-go/util/jsonpath): literal text,
 * `{.a.b}`, `{.items[*].metadata.name}`, `{.items[0].x}`, `{['key.with.dots']}`,
 * `{"\n"}`, `{range .items[*]}...{end}`. Several results are joined by spaces.
 * SIMPLIFICATION(k8s): no filters (`?()`), recursive descent or slices.
 */
import { isRecord } from '../apiserver/objectData';
import { appendLines } from './lines';

type Step = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'all' };

function parsePath(text: string): Step[] | string {
  const steps: Step[] = [];
  let i = 0;
  const s = text.trim();
  if (s === '' || s === '.' || s === '$') return steps;
  while (i < s.length) {
    if (s[i] === '$' && i === 0) {
      i++;
      continue;
    }
    if (s[i] === '.') {
      const m = /^\.([A-Za-z0-9_\-/]*)/.exec(s.slice(i));
      if (!m) return `unrecognized character in action: ${s.slice(i)}`;
      if (m[1] !== '') steps.push({ kind: 'key', key: m[1] });
      i += m[0].length;
      continue;
    }
    const bracket = /^\[(\*|-?\d+|'[^']*'|"[^"]*")\]/.exec(s.slice(i));
    if (!bracket) return `unrecognized character in action: ${s.slice(i)}`;
    const inner = bracket[1];
    if (inner === '*') steps.push({ kind: 'all' });
    else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
    else steps.push({ kind: 'key', key: inner.slice(1, -1) });
    i += bracket[0].length;
  }
  return steps;
}

function walk(values: unknown[], step: Step): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (step.kind === 'key' && isRecord(v) && v[step.key] !== undefined) out.push(v[step.key]);
    else if (step.kind === 'all') {
      if (Array.isArray(v)) appendLines(out, v);
      else if (isRecord(v)) out.push(...Object.values(v));
    } else if (step.kind === 'index' && Array.isArray(v)) {
      const item = v[step.index < 0 ? v.length + step.index : step.index];
      if (item !== undefined) out.push(item);
    }
  }
  return out;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The values a path (`.metadata.name`, `.spec.containers[*].image`) selects, or its parse error. */
export function select(root: unknown, path: string): unknown[] | string {
  const steps = parsePath(path);
  if (typeof steps === 'string') return steps;
  return steps.reduce<unknown[]>((values, step) => walk(values, step), [root]);
}

interface Segment {
  kind: 'text' | 'expr';
  text: string;
}

function segments(template: string): Segment[] | string {
  const out: Segment[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) out.push({ kind: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}', open);
    if (close < 0) return 'unclosed action';
    out.push({ kind: 'expr', text: template.slice(open + 1, close).trim() });
    i = close + 1;
  }
  return out;
}

function render(segs: Segment[], from: number, to: number, root: unknown, scope: unknown): string | { error: string } {
  let out = '';
  for (let i = from; i < to; i++) {
    const seg = segs[i];
    if (seg.kind === 'text') {
      out += seg.text;
      continue;
    }
    if (/^".*"$/s.test(seg.text)) {
      out += seg.text.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t');
      continue;
    }
    if (seg.text.startsWith('range ')) {
      const end = segs.findIndex((s, k) => k > i && s.kind === 'expr' && s.text === 'end');
      if (end < 0) return { error: 'error parsing jsonpath: range without end' };
      const items = select(scope, seg.text.slice(6));
      if (typeof items === 'string') return { error: `error parsing jsonpath ${seg.text}, ${items}` };
      for (const item of items) {
        const body = render(segs, i + 1, end, root, item);
        if (typeof body !== 'string') return body;
        out += body;
      }
      i = end;
      continue;
    }
    const values = select(scope, seg.text.startsWith('$') ? seg.text.slice(1) : seg.text);
    if (typeof values === 'string') return { error: `error parsing jsonpath {${seg.text}}, ${values}` };
    out += values.map(show).join(' ');
  }
  return out;
}

/** Evaluate a template against a value; a string result, or kubectl's error text. */
export function evaluateJsonPath(value: unknown, template: string): string | { error: string } {
  const segs = segments(template);
  if (typeof segs === 'string') return { error: `error parsing jsonpath ${template}, ${segs}` };
  return render(segs, 0, segs.length, value, value);
}
