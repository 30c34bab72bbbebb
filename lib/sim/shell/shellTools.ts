/**
 * The text tools learners pipe kubectl into: grep, head, tail, wc, sort, uniq, cat (of the
 * session's files), plus jq (jq.ts). Each reads stdin lines and returns stdout lines.
 */
import { runJq } from './jq';
import { runBase64 } from './base64Tool';

export interface ToolResult {
  out: string[];
  err: string[];
  exitCode: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function grepRegex(pattern: string, extended: boolean, fixed: boolean, ignoreCase: boolean): RegExp {
  const flags = ignoreCase ? 'i' : '';
  if (fixed) return new RegExp(escapeRegExp(pattern), flags);
  const source = extended
    ? pattern
    : pattern
        .replace(/\\([|+?(){}])/g, '\u0000$1')
        .replace(/[|+?(){}]/g, '\\$&')
        .replace(/\u0000/g, '');
  try {
    return new RegExp(source, flags);
  } catch {
    return new RegExp(escapeRegExp(pattern), flags);
  }
}

/** `grep [-i] [-v] [-c] [-E] [-F] [-n] [-w] PATTERN`. */
export function runGrep(args: string[], input: string[]): ToolResult {
  const options = new Set<string>();
  let pattern: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-e' && i + 1 < args.length) {
      pattern = args[++i];
      continue;
    }
    if (a.startsWith('--')) {
      options.add(a);
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && pattern === undefined) {
      for (const ch of a.slice(1)) options.add(ch);
      continue;
    }
    if (pattern === undefined) pattern = a;
  }
  if (pattern === undefined) return { out: [], err: ['Usage: grep [OPTION]... PATTERNS [FILE]...', "Try 'grep --help' for more information."], exitCode: 2 };
  let regex = grepRegex(pattern, options.has('E'), options.has('F'), options.has('i') || options.has('--ignore-case'));
  if (options.has('w')) regex = new RegExp(`(^|[^A-Za-z0-9_])(${regex.source})([^A-Za-z0-9_]|$)`, regex.flags);
  const invert = options.has('v');
  const matched = input.map((line, i) => ({ line, i })).filter(({ line }) => regex.test(line) !== invert);
  if (options.has('c')) return { out: [String(matched.length)], err: [], exitCode: matched.length > 0 ? 0 : 1 };
  return { out: matched.map(({ line, i }) => (options.has('n') ? `${i + 1}:${line}` : line)), err: [], exitCode: matched.length > 0 ? 0 : 1 };
}

function countArg(args: string[], fallback: number): number {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-n' && i + 1 < args.length) return Number(args[i + 1]);
    const m = /^-n?(\d+)$/.exec(args[i]);
    if (m) return Number(m[1]);
  }
  return fallback;
}

/** Run one text tool; undefined when `name` is not one of them. */
export function runTextTool(name: string, args: string[], input: string[]): ToolResult | undefined {
  switch (name) {
    case 'grep':
    case 'egrep':
      return runGrep(name === 'egrep' ? ['-E', ...args] : args, input);
    case 'head': {
      const n = countArg(args, 10);
      return { out: input.slice(0, Math.max(0, n)), err: [], exitCode: 0 };
    }
    case 'tail': {
      const n = countArg(args, 10);
      return { out: n <= 0 ? [] : input.slice(-n), err: [], exitCode: 0 };
    }
    case 'wc': {
      const text = input.join('\n');
      const lines = input.length === 0 ? 0 : input.length;
      const words = text.split(/\s+/).filter((w) => w !== '').length;
      if (args.includes('-l')) return { out: [String(lines)], err: [], exitCode: 0 };
      if (args.includes('-w')) return { out: [String(words)], err: [], exitCode: 0 };
      return {
        out: [`${String(lines).padStart(7)} ${String(words).padStart(7)} ${String(text.length + (lines > 0 ? 1 : 0)).padStart(7)}`],
        err: [],
        exitCode: 0,
      };
    }
    case 'sort': {
      const sorted = [...input].sort();
      return { out: args.includes('-r') ? sorted.reverse() : sorted, err: [], exitCode: 0 };
    }
    case 'uniq':
      return { out: input.filter((line, i) => i === 0 || line !== input[i - 1]), err: [], exitCode: 0 };
    case 'base64':
      return runBase64(args, input);
    case 'jq':
      return runJq(args, input.join('\n'));
    default:
      return undefined;
  }
}
