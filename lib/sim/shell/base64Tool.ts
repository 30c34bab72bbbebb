/**
 * `base64` and `base64 -d` as GNU coreutils prints them (what learners pipe a Secret's
 * `.data` value into). Upstream behaviour: coreutils base64(1) (`--decode`, `--wrap=76`);
 * Secret `data` values are standard base64 (RFC 4648 section 4), see
 * https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data
 */
import { base64 } from '../support/hash';
import { decodeBase64 } from '../apiserver/base64';
import type { ToolResult } from './shellTools';

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
