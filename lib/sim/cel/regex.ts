// RE2 regular expressions, as Kubernetes CEL has them (cel-go `matches` and the Kubernetes regex
// library `find`/`findAll` run Go's regexp: RE2 syntax, linear-time matching). We use re2js, a
// port of RE2/J (the same automata), behind this adapter: syntax errors read like Go's
// (`error parsing regexp: missing closing ): ...`) and no pattern can make matching super-linear.
// Upstream: staging/src/k8s.io/apiserver/pkg/cel/library/regex.go; https://github.com/google/re2/wiki/Syntax
import { RE2JS } from 're2js';
import { msg, type Message } from '../messages';

/** A compiled pattern: CEL's three ways of using one. */
export interface Re2Regex {
  /** `matches`: is there a match anywhere in `s` (Go MatchString)? */
  test(s: string): boolean;
  /** `find`: the leftmost match, or '' (Go FindString). */
  find(s: string): string;
  /** `findAll`: successive non-overlapping matches, at most `limit` (< 0: all) (Go FindAllString). */
  findAll(s: string, limit: number): string[];
}

export type RegexTranslation = { ok: true; regex: Re2Regex } | { ok: false; message: string; text: Message<'cel.regex'> };

const MAX_CACHE = 500;
const cache = new Map<string, RegexTranslation>();

/** Forget the translated patterns (a cold run, as in a fresh page worker: world/memos.ts). */
export function clearCompiledRegexes(): void {
  cache.clear();
}

function wrap(re: RE2JS): Re2Regex {
  return {
    test: (s) => re.test(s),
    find: (s) => {
      const m = re.matcher(s);
      return m.find() ? (m.group() ?? '') : '';
    },
    findAll: (s, limit) => findAll(re, s, limit),
  };
}

/** Go's FindAllString: an empty match right after the previous match is skipped. */
function findAll(re: RE2JS, s: string, limit: number): string[] {
  const out: string[] = [];
  const m = re.matcher(s);
  let pos = 0;
  let prevEnd = -1;
  while (pos <= s.length && (limit < 0 || out.length < limit) && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    if (end > start || start !== prevEnd) out.push(m.group() ?? '');
    prevEnd = end;
    if (end > start) pos = end;
    else pos = end + (s.codePointAt(end) !== undefined && s.codePointAt(end)! > 0xffff ? 2 : 1);
  }
  return out;
}

/** Compiles an RE2 pattern (cached); a syntax error is Go's message, in both languages. */
export function compileRe2(pattern: string): RegexTranslation {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let result: RegexTranslation;
  try {
    result = { ok: true, regex: wrap(RE2JS.compile(pattern)) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = detail.startsWith('error parsing regexp') ? detail : `error parsing regexp: ${detail}`;
    result = { ok: false, message, text: msg('cel.regex', { detail: message.replace(/^error parsing regexp: /, '') }) };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(pattern, result);
  return result;
}
