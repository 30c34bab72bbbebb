// RE2 as Kubernetes CEL runs it (Go regexp; staging/src/k8s.io/apiserver/pkg/cel/library/regex.go,
// https://github.com/google/re2/wiki/Syntax): syntax errors are Go's messages, and every pattern
// RE2 accepts is accepted (matching is linear time, see bench/ for the timings).
import { describe, expect, it } from 'vitest';
import { render } from '../../../../lib/i18n/messages';
import { compileRe2 } from '../../../../lib/sim/cel';

describe('compileRe2: RE2 syntax', () => {
  it.each([
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', 'my-app', true],
    ['(?i)^nginx', 'NGINX:1.25', true],
    ['(?s)a.b', 'a\nb', true],
    ['a.b', 'a\nb', false],
    ['(?P<repo>[a-z]+)/x', 'lib/x', true],
    ['(?<repo>[a-z]+)/x', 'lib/x', true],
    ['\\Aab\\z', 'ab', true],
    ['\\Aab\\z', 'abc', false],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Qa.b\\E', 'axb', false],
    ['^\\pL+$', 'ñandú', true],
    ['^[[:upper:]]+$', 'ABC', true],
    ['^[[:^digit:]]+$', 'abc', true],
    ['^(foo|bar)+$', 'foobarfoo', true],
    ['a{2,3}', 'aa', true],
    ['x{', 'x{', true],
    ['\\-\\.', '-.', true],
    ['\\x41\\x{42}', 'AB', true],
    // Inline flags anywhere, ungreedy mode, nested and ambiguous repetition: all RE2.
    ['a(?i)b', 'aB', true],
    ['(?i:A)b', 'ab', true],
    ['(?U)a+', 'aaa', true],
    ['^(a+)+$', 'aaaa', true],
    ['^(a|ab)*c$', 'ababc', true],
    // $ is end of text without (?m); with it, end of line.
    ['a$', 'a\nb', false],
    ['(?m)a$', 'a\nb', true],
  ])('%s on %j → %s', (pattern, input, expected) => {
    const re = compileRe2(pattern);
    expect(re.ok).toBe(true);
    if (re.ok) expect(re.regex.test(input)).toBe(expected);
  });

  it.each([
    ['(?=a)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
    ['(?!a)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?!`'],
    ['(?<=a)b', 'error parsing regexp: invalid named capture: `(?<=a)b`'],
    ['(a)\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
    ['(?>a)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?>`'],
    ['a++', 'error parsing regexp: invalid nested repetition operator: `++`'],
    ['a**', 'error parsing regexp: invalid nested repetition operator: `**`'],
    ['a{1001}', 'error parsing regexp: invalid repeat count: `{1001}`'],
    ['(a', 'error parsing regexp: missing closing ): `(a`'],
    ['a)', 'error parsing regexp: unexpected ): `a)`'],
    ['[:alpha:', 'error parsing regexp: missing closing ]: `[:alpha:`'],
    ['[[:foo:]]', 'error parsing regexp: invalid character class range: `[:foo:]`'],
    ['\\C', 'error parsing regexp: invalid escape sequence: `\\C`'],
  ])('rejects %s as Go does', (pattern, message) => {
    const re = compileRe2(pattern);
    expect(re.ok).toBe(false);
    if (!re.ok) {
      expect(re.message).toBe(message);
      expect(render('en', re.text)).toBe(message);
      expect(render('es', re.text)).toBe(message.replace('error parsing regexp: ', 'error al interpretar la expresión regular: '));
    }
  });
});

describe('compileRe2: patterns that explode a backtracking engine are plain RE2', () => {
  it.each([
    ['(?i)(a|A)*b', 'a'.repeat(30), false],
    ['a*a*a*a*a*b', 'a'.repeat(2000), false],
    ['.*.*.*.*x', 'a'.repeat(5000), false],
    ['^(a+)+$', `${'a'.repeat(5000)}b`, false],
    ['^(a|aa)*$', `${'a'.repeat(5000)}b`, false],
    ['.*.*.*.*x', `${'a'.repeat(5000)}x`, true],
  ])('%s on %i characters → %s', (pattern, input, expected) => {
    const re = compileRe2(pattern);
    expect(re.ok).toBe(true);
    if (re.ok) expect(re.regex.test(input)).toBe(expected);
  });
});

describe('find and findAll follow Go (FindString, FindAllString)', () => {
  const re = (p: string) => {
    const r = compileRe2(p);
    if (!r.ok) throw new Error(r.message);
    return r.regex;
  };
  it('find is the leftmost match, or the empty string', () => {
    expect(re('[0-9]+').find('abc 123 456')).toBe('123');
    expect(re('[0-9]+').find('abc')).toBe('');
  });
  it('findAll skips an empty match right after the previous match', () => {
    expect(re('a*').findAll('baaab', -1)).toEqual(['', 'aaa', '']);
    expect(re('[0-9]+').findAll('1 22 333', 2)).toEqual(['1', '22']);
    expect(re('.').findAll('😀é', -1)).toEqual(['😀', 'é']);
  });
});

describe('patterns under a unary operator are RE2 too (cel-go matches is RE2 wherever it appears)', () => {
  it("`!'…'.matches(p)` runs the linear-time engine: a backtracking bomb answers at once", async () => {
    const { compileCel } = await import('../../../../lib/sim/cel');
    const compiled = compileCel(`!('${'a'.repeat(40)}!'.matches('^(a+)+$'))`, 'validation');
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    // A backtracking engine needs about 2^40 steps here (the test would time out); RE2 is linear.
    expect(compiled.program.run({})).toBe(true);
  });
});
