/**
 * `base64` and `base64 -d` as GNU coreutils prints them (what learners pipe a Secret's
 * `.data` value into). Upstream behaviour: coreutils base64(1) (`--decode`, `--wrap=76`);
 * Secret `data` values are standard base64 (RFC 4648 section 4), see
 * https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data
 */
import { base64 } from './hash';
import type { ToolResult } from './shellTools';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes to text; a malformed sequence becomes U+FFFD as decoders do. */
function utf8Text(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const extra = b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : b < 0x80 ? 0 : -1;
    const tail = bytes.slice(i + 1, i + 1 + Math.max(extra, 0));
    if (extra < 0 || tail.length < extra || tail.some((t) => (t & 0xc0) !== 0x80)) { out += '\uFFFD'; continue; }
    const code = tail.reduce((acc, t) => (acc << 6) | (t & 0x3f), extra === 0 ? b : b & (0x3f >> extra));
    out += String.fromCodePoint(code);
    i += extra;
  }
  return out;
}

/** Decode standard base64 (whitespace ignored); undefined when the text is not base64. */
export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean.replace(/=+$/, '')) {
    buffer = (buffer << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return utf8Text(bytes);
}

function wrap(text: string, width: number): string[] {
  if (width <= 0 || text.length <= width) return [text];
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

/** `base64 [-d|--decode] [-w N|--wrap=N]` over stdin lines. */
export function runBase64(args: string[], input: string[]): ToolResult {
  const decode = args.some((a) => a === '-d' || a === '--decode' || /^-[a-z]*d[a-z]*$/.test(a));
  const wrapAt = (() => {
    const i = args.findIndex((a) => a === '-w');
    const value = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--wrap='))?.slice(7);
    const n = Number(value);
    return value !== undefined && Number.isInteger(n) && n >= 0 ? n : 76;
  })();
  const files = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-w');
  if (files.length > 0) return { out: [], err: [`base64: ${files[0]}: No such file or directory`], exitCode: 1 };
  if (!decode) {
    const text = input.length > 0 ? `${input.join('\n')}\n` : '';
    return { out: text === '' ? [] : wrap(base64(text), wrapAt), err: [], exitCode: 0 };
  }
  const decoded = decodeBase64(input.join(''));
  if (decoded === undefined) return { out: [], err: ['base64: invalid input'], exitCode: 1 };
  // A decoded value without a trailing newline runs into the prompt in a real terminal; here each line is printed.
  return { out: decoded === '' ? [] : decoded.replace(/\n$/, '').split('\n'), err: [], exitCode: 0 };
}
