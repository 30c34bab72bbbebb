import { describe, expect, it } from 'vitest';
import { compileRe2 } from '../../../../lib/sim/cel';

describe('compileRe2: RE2 syntax on JavaScript RegExp', () => {
  it.each([
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'my-app', true],
    ['(?i)^nginx', 'NGINX:1.25', true],
    ['(?s)a.b', 'a\nb', true],
    ['(?P<repo>[a-z]+)/x', 'lib/x', true],
    ['\\Aab\\z', 'ab', true],
    ['\\Aab\\z', 'abc', false],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Qa.b\\E', 'axb', false],
    ['^\\pL+$', 'ñandú', true],
    ['^[[:upper:]]+$', 'ABC', true],
    ['^(foo|bar)+$', 'foobarfoo', true],
    ['a{2,3}', 'aa', true],
    ['x{', 'x{', true],
    ['\\-\\.', '-.', true],
    ['\\x41\\x{42}', 'AB', true],
  ])('%s on %j → %s', (pattern, input, expected) => {
    const re = compileRe2(pattern);
    expect(re.ok).toBe(true);
    if (re.ok) expect(re.regex.test(input)).toBe(expected);
  });

  it.each([
    ['(?=a)', /lookahead/],
    ['(?!a)', /lookahead/],
    ['(?<=a)b', /lookbehind/],
    ['(?<!a)b', /lookbehind/],
    ['(a)\\1', /backreferences/],
    ['(?>a)', /atomic/],
    ['a++', /possessive/],
    ['a**', /possessive/],
    ['(a+)+$', /nested quantifiers/],
    ['((a)*)*', /nested quantifiers/],
    ['(a|ab)*c', /alternation/],
    ['(?U)a+', /ungreedy/],
    ['a(?i)b', /inline flags/],
    ['a{1001}', /1000/],
    ['(a', /unbalanced/],
    ['[:alpha:', /unterminated/],
    ['[[:foo:]]', /character class/],
    ['\\C', /escape/],
  ])('rejects %s', (pattern, message) => {
    const re = compileRe2(pattern);
    expect(re.ok).toBe(false);
    if (!re.ok) {
      expect(re.message).toMatch(message);
      expect(re.messageEs.length).toBeGreaterThan(0);
    }
  });
});

describe('compileRe2: repetitions that cannot explode are allowed', () => {
  it.each([
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$', 'api.shop.example', true],
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$', 'Bad_Name', false],
    ['^(/[a-z]+)+$', '/usr/local', true],
    ['^(,\\s*[a-z]+)*$', ', a, b', true],
  ])('%s on %j → %s', (pattern, input, expected) => {
    const re = compileRe2(pattern);
    expect(re.ok).toBe(true);
    if (re.ok) expect(re.regex.test(input)).toBe(expected);
  });

  it.each(['(a[a-z]*)*', '(\\.[^x]*)*', '(\\..*)+', '(\\.a|\\.b+)*'])('still rejects %s (the delimiter can be matched inside)', (pattern) => {
    expect(compileRe2(pattern).ok).toBe(false);
  });
});
