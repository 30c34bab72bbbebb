// Kubernetes regex library (`find`, `findAll`) and CEL `matches`, RE2 semantics in linear time.
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-regex-library;
// upstream staging/src/k8s.io/apiserver/pkg/cel/library/regex.go.
import type { Environment } from '@marcbachmann/cel-js';
import { compileRe2, type Re2Regex } from '../regex';
import { celFail } from './errors';

/** The name `matches` calls are rewritten to (same length, so error offsets stay right). */
export const MATCHES_ALIAS = '__re2__';

function regexFor(pattern: string): Re2Regex {
  const compiled = compileRe2(pattern);
  if (!compiled.ok) return celFail(compiled.message);
  return compiled.regex;
}

/** Registers `matches` (via the alias), global `matches(string, string)`, `find`, `findAll`. */
export function registerRegex(env: Environment): void {
  const matches = (s: string, p: string): boolean => regexFor(p).test(s);
  env.registerFunction(`string.${MATCHES_ALIAS}(string): bool`, matches);
  env.registerFunction('matches(string, string): bool', matches);
  env.registerFunction('string.find(string): string', (s: string, p: string) => regexFor(p).find(s));
  env.registerFunction('string.findAll(string): list<string>', (s: string, p: string) => regexFor(p).findAll(s, -1));
  env.registerFunction('string.findAll(string, int): list<string>', (s: string, p: string, n: bigint) => regexFor(p).findAll(s, Number(n)));
}
