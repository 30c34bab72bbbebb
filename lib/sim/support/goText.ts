/**
 * Go formatting the API server and kubectl use in the texts we reproduce exactly:
 * `%q` (strconv.Quote), `%v` and `%q` of a []string, Go's byte-wise string order, and the
 * Go-style serialisations of kubectl's `-o yaml` and `-o json` (below).
 */
import { isRecord } from './record';

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/u;

const SURROGATE = /[\ud800-\udfff]/;

const SHORT_ESCAPES: Record<string, string> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

function quoteChar(char: string): string {
  const short = SHORT_ESCAPES[char];
  if (short) return short;
  if (char === ' ' || !NOT_PRINTABLE.test(char)) return char;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return `\\x${hex(code, 2)}`;
  if (code >= 0xd800 && code <= 0xdfff) return '\\ufffd';
  return code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
}

/** Go's `%q` of a string (strconv.Quote). */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of text) out += quoteChar(char);
  return `${out}"`;
}

/** Go's `%v` of a []string: `[get list]`, `[]` when empty. */
export function goList(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

/** Go's `%q` of a []string: `["get" "list"]`. */
export function goQuotedList(items: readonly string[]): string {
  return `[${items.map(goQuote).join(' ')}]`;
}

/** Go's strings.Compare (byte order of UTF-8, which is code-point order). */
export function compareGo(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const left = [...a];
  const right = [...b];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const diff = (left[i].codePointAt(0) ?? 0) - (right[i].codePointAt(0) ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return left.length === right.length ? 0 : left.length < right.length ? -1 : 1;
}

/*
 * Go-style serialisations kubectl uses: `-o yaml` (sigs.k8s.io/yaml over go-yaml: keys
 * sorted, sequences not indented under their key, ambiguous strings double-quoted, strings
 * with indicators single-quoted, multi-line strings as literal blocks) and `-o json`
 * (encoding/json MarshalIndent with 4 spaces, keys sorted, `<`, `>`, `&` escaped).
 */
const MAX_DEPTH = 64;

/** Strings YAML 1.1 would read as something else: go-yaml double-quotes them. */
const AMBIGUOUS =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?(?:[0-9][0-9_]*)?\.[0-9.]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.?[0-9_]*|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?|<<|=)$/;

function plainAllowed(s: string): boolean {
  if (s === '' || /^\s|\s$/.test(s)) return false;
  if (/[\u0000-\u001f\u007f]/.test(s)) return false;
  if (/^[#,[\]{}&*!|>'"%@`]/.test(s)) return false;
  if (/^[-?:](\s|$)/.test(s)) return false;
  if (/: |:$| #/.test(s)) return false;
  return true;
}

function doubleQuoted(s: string): string {
  return JSON.stringify(s);
}

function yamlScalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === '') return '""';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '.nan';
  const s = String(value);
  if (AMBIGUOUS.test(s)) return doubleQuoted(s);
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s)) return doubleQuoted(s);
  if (plainAllowed(s)) return s;
  return `'${s.replace(/'/g, "''")}'`;
}

function literalBlock(s: string, indent: string): string {
  const chomp = s.endsWith('\n') ? (s.endsWith('\n\n') ? '+' : '') : '-';
  const body = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n');
  return `|${chomp}\n${body.map((l) => (l === '' ? '' : indent + l)).join('\n')}`;
}

function emitValue(value: unknown, indent: string, depth: number, lines: string[], prefix: string): void {
  if (depth > MAX_DEPTH) {
    lines.push(`${prefix}null`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      lines.push(`${prefix}[]`);
      return;
    }
    if (prefix.trim() !== '') lines.push(prefix.replace(/ $/, ''));
    // go-yaml writes a sequence under a key at the key's own indentation.
    const itemIndent = prefix.trim() !== '' ? indent.slice(2) : indent;
    value.forEach((item) => emitItem(item, itemIndent, depth + 1, lines));
    return;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    if (keys.length === 0) {
      lines.push(`${prefix}{}`);
      return;
    }
    if (prefix.trim() !== '') lines.push(prefix.replace(/ $/, ''));
    for (const key of keys) emitValue(value[key], `${indent}  `, depth + 1, lines, `${indent}${yamlScalar(key)}: `);
    return;
  }
  if (typeof value === 'string' && value.includes('\n') && !/[\u0000-\u0008\u000b-\u001f]/.test(value) && !/ \n|\n /.test(value.replace(/\n+$/, ''))) {
    lines.push(`${prefix}${literalBlock(value, indent)}`);
    return;
  }
  lines.push(`${prefix}${yamlScalar(value)}`);
}

function emitItem(item: unknown, indent: string, depth: number, lines: string[]): void {
  if (isRecord(item) && Object.keys(item).some((k) => item[k] !== undefined)) {
    const sub: string[] = [];
    emitValue(item, `${indent}  `, depth, sub, '');
    sub[0] = `${indent}- ${sub[0].slice(indent.length + 2)}`;
    lines.push(...sub);
    return;
  }
  if (Array.isArray(item) && item.length > 0) {
    const sub: string[] = [];
    emitValue(item, `${indent}  `, depth, sub, '');
    sub[0] = `${indent}- ${sub[0].slice(indent.length + 2)}`;
    lines.push(...sub);
    return;
  }
  emitValue(item, `${indent}  `, depth, lines, `${indent}- `);
}

/** `kubectl get -o yaml` text of a value (ends with a newline). */
export function toGoYaml(value: unknown): string {
  const lines: string[] = [];
  emitValue(value, '', 0, lines, '');
  return `${lines.join('\n')}\n`;
}

function sortDeep(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((v) => sortDeep(v, depth + 1));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) if (value[key] !== undefined) out[key] = sortDeep(value[key], depth + 1);
    return out;
  }
  return value;
}

/** `kubectl get -o json` text: keys sorted, 4-space indent, HTML characters escaped like Go. */
export function toGoJson(value: unknown): string {
  const text = JSON.stringify(sortDeep(value, 0), null, 4) ?? 'null';
  return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
