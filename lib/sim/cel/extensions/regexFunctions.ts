// Kubernetes regex library (`find`, `findAll`) and CEL `matches`, with RE2 syntax checks.
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-regex-library
import type { Environment } from '@marcbachmann/cel-js';
import { compileRe2 } from '../regex';
import { celFail } from './errors';

/** The name `matches` calls are rewritten to (same length, so error offsets stay right). */
export const MATCHES_ALIAS = '__re2__';
const MAX_INPUT = 100_000;

function regexFor(pattern: string, input: string): RegExp {
  if (input.length > MAX_INPUT) celFail('input too long for the simulator\'s regular expressions');
  const compiled = compileRe2(pattern);
  if (!compiled.ok) return celFail(compiled.message);
  return compiled.regex;
}

function findAll(s: string, pattern: string, limit: number): string[] {
  const source = regexFor(pattern, s);
  const re = new RegExp(source.source, source.flags.includes('g') ? source.flags : source.flags + 'g');
  const out: string[] = [];
  let lastEnd = -1;
  for (let m = re.exec(s); m && (limit < 0 || out.length < limit); m = re.exec(s)) {
    if (m[0] === '') {
      if (m.index !== lastEnd) out.push('');
      re.lastIndex = m.index + 1;
    } else {
      out.push(m[0]);
      lastEnd = re.lastIndex;
    }
  }
  return out;
}

/** Registers `matches` (via the alias), global `matches(string, string)`, `find`, `findAll`. */
export function registerRegex(env: Environment): void {
  const matches = (s: string, p: string): boolean => regexFor(p, s).test(s);
  env.registerFunction(`string.${MATCHES_ALIAS}(string): bool`, matches);
  env.registerFunction('matches(string, string): bool', matches);
  env.registerFunction('string.find(string): string', (s: string, p: string) => regexFor(p, s).exec(s)?.[0] ?? '');
  env.registerFunction('string.findAll(string): list<string>', (s: string, p: string) => findAll(s, p, -1));
  env.registerFunction('string.findAll(string, int): list<string>', (s: string, p: string, n: bigint) => findAll(s, p, Number(n)));
}
