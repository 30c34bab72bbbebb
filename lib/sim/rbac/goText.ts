/**
 * Go formatting the API server and kubectl use in the texts we reproduce exactly:
 * `%q` (strconv.Quote), `%v` and `%q` of a []string, and Go's byte-wise string order.
 */

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
