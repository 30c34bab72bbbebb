/**
 * A small jq (https://jqlang.github.io/jq/manual/): `.`, `.a.b`, `.a[0]`, `.["k"]`, `.[]`,
 * `.a[]`, pipes, `keys`, `length`, `select(PATH == VALUE)` / `!=`; options `-r` (raw strings),
 * `-c` (compact). Input is a stream of JSON values; output pretty-printed with 2 spaces like jq.
 * SIMPLIFICATION(k8s): no arithmetic, object construction, functions beyond these.
 */
import { isRecord } from '../apiserver/objectData';
import { appendLines } from '../kubectl/lines';

export interface JqResult {
  /** stdout lines. */
  out: string[];
  /** stderr lines (jq's errors). */
  err: string[];
  exitCode: number;
}

type Filter = (input: unknown) => unknown[];

function parsePathFilter(text: string): Filter | string {
  const steps: ((v: unknown) => unknown[])[] = [];
  let s = text.trim();
  if (!s.startsWith('.')) return `syntax error: unexpected '${s.slice(0, 10)}'`;
  s = s.slice(1);
  while (s.length > 0) {
    let m = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(s);
    if (m) {
      const key = m[1];
      steps.push((v) => [isRecord(v) ? (v[key] ?? null) : v === null ? null : Symbol.for('error')]);
      s = s.slice(m[0].length);
      continue;
    }
    m = /^\[\s*"([^"]*)"\s*\]/.exec(s) ?? /^"([^"]*)"/.exec(s);
    if (m) {
      const key = m[1];
      steps.push((v) => [isRecord(v) ? (v[key] ?? null) : null]);
      s = s.slice(m[0].length);
      continue;
    }
    m = /^\[\s*(-?\d+)\s*\]/.exec(s);
    if (m) {
      const i = Number(m[1]);
      steps.push((v) => [Array.isArray(v) ? (v[i < 0 ? v.length + i : i] ?? null) : null]);
      s = s.slice(m[0].length);
      continue;
    }
    m = /^\[\s*\]/.exec(s);
    if (m) {
      steps.push((v) => (Array.isArray(v) ? v : isRecord(v) ? Object.values(v) : [Symbol.for('iterate-error')]));
      s = s.slice(m[0].length);
      continue;
    }
    if (s.startsWith('.')) {
      s = s.slice(1);
      continue;
    }
    return `syntax error, unexpected '${s.slice(0, 10)}'`;
  }
  return (input) => steps.reduce<unknown[]>((values, step) => values.flatMap(step), [input]);
}

function literal(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseStage(text: string): Filter | string {
  const t = text.trim();
  if (t === '' || t === '.') return (v) => [v];
  if (t === 'keys') return (v) => [isRecord(v) ? Object.keys(v).sort() : Array.isArray(v) ? v.map((_, i) => i) : null];
  if (t === 'length') return (v) => [Array.isArray(v) ? v.length : isRecord(v) ? Object.keys(v).length : typeof v === 'string' ? v.length : 0];
  const select = /^select\((.+?)\s*(==|!=)\s*(.+)\)$/.exec(t);
  if (select) {
    const path = parsePathFilter(select[1]);
    if (typeof path === 'string') return path;
    const want = literal(select[3].trim());
    return (v) => {
      const equal = path(v).some((x) => JSON.stringify(x) === JSON.stringify(want));
      return (select[2] === '==') === equal ? [v] : [];
    };
  }
  return parsePathFilter(t);
}

function compile(program: string): Filter | string {
  const stages = program.split('|').map(parseStage);
  const error = stages.find((s) => typeof s === 'string');
  if (typeof error === 'string') return error;
  return (input) => (stages as Filter[]).reduce<unknown[]>((values, stage) => values.flatMap(stage), [input]);
}

/** jq's complaint about text that is not JSON: where the first bad token ends. */
function literalError(line: string, lineNumber: number): string {
  const lead = line.search(/\S/);
  const token = /^\S+/.exec(line.slice(Math.max(0, lead)))?.[0] ?? '';
  const kind = /^[A-Za-z]/.test(token) ? 'Invalid literal' : 'Invalid numeric literal';
  return `jq: parse error: ${kind} at line ${lineNumber}, column ${Math.max(0, lead) + token.length + 1}`;
}

/** Parse a stream of JSON values (one per line, or spread over lines). */
export function parseJsonStream(text: string): { values: unknown[]; error?: string } {
  const values: unknown[] = [];
  let buffer = '';
  let startLine = 1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (buffer === '' && lines[i].trim() === '') {
      startLine = i + 2;
      continue;
    }
    buffer += `${lines[i]}\n`;
    try {
      values.push(JSON.parse(buffer));
      buffer = '';
      startLine = i + 2;
    } catch {
      if (buffer.length > 200_000 || !/^\s*[[{"]/.test(buffer)) return { values, error: literalError(lines[startLine - 1] ?? '', startLine) };
    }
  }
  if (buffer.trim() !== '') return { values, error: `jq: parse error: Unfinished JSON term at EOF at line ${lines.length}, column 0` };
  return { values };
}

function show(value: unknown, raw: boolean, compact: boolean): string[] {
  if (raw && typeof value === 'string') return value.split('\n');
  return (compact ? JSON.stringify(value) : (JSON.stringify(value, null, 2) ?? 'null')).split('\n');
}

/** Run `jq [-r] [-c] FILTER` over `input`. */
export function runJq(args: string[], input: string): JqResult {
  const raw = args.some((a) => /^-[a-z]*r/.test(a) || a === '--raw-output');
  const compact = args.some((a) => /^-[a-z]*c/.test(a) || a === '--compact-output');
  const program = args.find((a) => !a.startsWith('-')) ?? '.';
  const filter = compile(program);
  if (typeof filter === 'string') return { out: [], err: [`jq: error: ${filter} at <top-level>, line 1:`, program, 'jq: 1 compile error'], exitCode: 3 };
  const { values, error } = parseJsonStream(input);
  const out: string[] = [];
  for (const value of values) {
    for (const result of filter(value)) {
      if (typeof result === 'symbol')
        return { out, err: [`jq: error (at <stdin>:0): Cannot index ${Array.isArray(value) ? 'array' : typeof value}`], exitCode: 5 };
      appendLines(out, show(result, raw, compact));
    }
  }
  if (error) return { out, err: [error], exitCode: 2 };
  return { out, err: [], exitCode: 0 };
}
