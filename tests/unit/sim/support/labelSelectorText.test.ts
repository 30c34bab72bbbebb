// The one label-selector text parser, against apimachinery's behaviour:
// k8s.io/apimachinery/pkg/labels/selector.go (Lexer, Parser, NewRequirement, Requirement.Matches) and
// its selector_test.go (TestSelectorParse's good and bad strings, TestLexer's tokens);
// key/value rules: k8s.io/apimachinery/pkg/api/validate/content/kube.go (IsLabelKey, IsLabelValue).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelKeyProblem, parseSelectorText, selectorTextMatches, type SelectorRequirement } from '@/lib/sim/support/labelSelectorText';

const ok = (text: string): SelectorRequirement[] => {
  const parsed = parseSelectorText(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.requirements;
};
const err = (text: string) => {
  const parsed = parseSelectorText(text);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return parsed.error;
};

describe('parseSelectorText: what upstream accepts', () => {
  it.each([
    ['x=a,y=b,z=c', 3],
    ['', 0],
    ['   ', 0],
    ['x!=a,y=b', 2],
    ['x=', 1],
    ['x= ', 1],
    ['x=,z= ', 2],
    ['!x', 1],
    ['x>1', 1],
    ['x>1,z<5', 2],
    ['app in (web, api),tier notin (front),!legacy,team', 4],
  ])('%s (TestSelectorParse)', (text, count) => {
    expect(ok(text)).toHaveLength(count);
  });

  it('reads each operator into a typed requirement, sorted by key, values sorted and deduplicated', () => {
    expect(ok('z==1, app in (web,api,web), !legacy, tier!=front, team, n<3, m>0')).toEqual([
      { key: 'app', operator: 'in', values: ['api', 'web'] },
      { key: 'legacy', operator: '!', values: [] },
      { key: 'm', operator: 'gt', values: ['0'] },
      { key: 'n', operator: 'lt', values: ['3'] },
      { key: 'team', operator: 'exists', values: [] },
      { key: 'tier', operator: '!=', values: ['front'] },
      { key: 'z', operator: '==', values: ['1'] },
    ]);
  });

  it('an empty exact value and empty set members are the empty value ("x=", "(,a)", "()")', () => {
    expect(ok('x=')).toEqual([{ key: 'x', operator: '=', values: [''] }]);
    expect(ok('x in ()')).toEqual([{ key: 'x', operator: 'in', values: [''] }]);
    expect(ok('x in (,a)')).toEqual([{ key: 'x', operator: 'in', values: ['', 'a'] }]);
    expect(ok('x in (a,)')).toEqual([{ key: 'x', operator: 'in', values: ['', 'a'] }]);
  });

  it('`in` and `notin` are identifiers where a key or value is expected', () => {
    expect(ok('in=notin')).toEqual([{ key: 'in', operator: '=', values: ['notin'] }]);
    expect(ok('a in (in,notin)')).toEqual([{ key: 'a', operator: 'in', values: ['in', 'notin'] }]);
  });

  it('prefixed keys (example.com/name) are label keys', () => {
    expect(ok('app.kubernetes.io/name=web')).toEqual([{ key: 'app.kubernetes.io/name', operator: '=', values: ['web'] }]);
  });
});

describe('parseSelectorText: errors say where, in upstream words', () => {
  it.each([
    // [text, code, column, found, message]
    ['x==a==b', 'syntax', 5, '==', "found '==', expected: ',' or 'end of string'"],
    ['!x=a', 'syntax', 3, '=', "found '=', expected: ',' or 'end of string'"],
    ['x<a', 'values', 3, 'a', "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer"],
    ['a,', 'syntax', 3, '', "found '', expected: identifier after ','"],
    [',a', 'syntax', 1, ',', "found ',', expected: !, identifier, or 'end of string'"],
    ['a b', 'syntax', 3, 'b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['a in b', 'syntax', 6, 'b', "unable to parse requirement: found 'b' expected: '('"],
    ['a in (b', 'syntax', 8, '', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['a in (b c)', 'syntax', 9, 'c', "unable to parse requirement: found 'c', expected: ',' or ')'"],
    ['a=(', 'syntax', 3, '(', "unable to parse requirement: found '(', expected: identifier"],
    ['!', 'syntax', 2, '', "unable to parse requirement: found '', expected: identifier"],
  ] as const)('%s', (text, code, column, found, message) => {
    expect(err(text)).toEqual({ code, column, found, message });
  });

  it('a key that is not a label key fails at its column', () => {
    const e = err('app=web, -bad=x');
    expect(e).toMatchObject({ code: 'key', column: 10, found: '-bad' });
    expect(e.message).toMatch(/^unable to parse requirement: <nil>: Invalid value: "-bad": name part must consist of alphanumeric characters/);
    expect(err('a/b/c').message).toContain('with an optional DNS subdomain prefix');
    expect(err('Example.com/x').message).toContain('prefix part');
  });

  it('a value that is not a label value names its place (values[i][key])', () => {
    const e = err('tier=-front');
    expect(e).toMatchObject({ code: 'value', column: 6, found: '-front' });
    expect(e.message).toBe(
      'unable to parse requirement: values[0][tier]: Invalid value: "-front": a valid label must be an empty string or consist of alphanumeric ' +
        "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345', " +
        "regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
    expect(err(`a=${'v'.repeat(64)}`).message).toContain('must be no more than 63 bytes');
  });

  it('never throws, whatever the text (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '=', '!', '(', ')', ',', ' ', '<', '>', 'in', 'notin', '-', '/', '1') }), (text) => {
        const parsed = parseSelectorText(text);
        if (!parsed.ok) {
          expect(parsed.error.column).toBeGreaterThanOrEqual(1);
          expect(parsed.error.column).toBeLessThanOrEqual(text.length + 1);
        }
      }),
      { seed: 4242, numRuns: 500 },
    );
  });
});

describe('the two parsers it replaces answer the same', () => {
  // What kubectl's selectorText.ts and the traffic view's labelFilter.ts accepted before (equality
  // terms, `in`, `!key`): the same requirements and the same matches now.
  it.each([
    ['app=api', [{ key: 'app', operator: '=', values: ['api'] }]],
    [
      'app==api, tier!=web',
      [
        { key: 'app', operator: '==', values: ['api'] },
        { key: 'tier', operator: '!=', values: ['web'] },
      ],
    ],
    [
      'team,!legacy',
      [
        { key: 'legacy', operator: '!', values: [] },
        { key: 'team', operator: 'exists', values: [] },
      ],
    ],
    [
      'app in (web,api),tier!=front',
      [
        { key: 'app', operator: 'in', values: ['api', 'web'] },
        { key: 'tier', operator: '!=', values: ['front'] },
      ],
    ],
  ])('%s', (text, requirements) => {
    expect(ok(text)).toEqual(requirements);
  });
  it('rejects what they rejected', () => {
    for (const bad of ['app=a b', '=x', 'a in (b', '-bad']) expect(parseSelectorText(bad).ok, bad).toBe(false);
  });
});

describe('selectorTextMatches (Requirement.Matches)', () => {
  const labels = { app: 'web', tier: 'front', replicas: '3', odd: 'x1' };
  it.each([
    ['app=web', true],
    ['app==web', true],
    ['app=api', false],
    ['app!=api', true],
    ['missing!=x', true],
    ['missing notin (x)', true],
    ['app in (api,web)', true],
    ['app notin (api,web)', false],
    ['tier', true],
    ['missing', false],
    ['!missing', true],
    ['!tier', false],
    ['replicas>2', true],
    ['replicas>3', false],
    ['replicas<4', true],
    ['odd>0', false],
    ['missing<9', false],
    ['app=web,tier=back', false],
    ['', true],
  ])('%s -> %s', (text, expected) => {
    expect(selectorTextMatches(ok(text), labels)).toBe(expected);
  });
});

describe('labelKeyProblem', () => {
  it('accepts qualified names and rejects the rest', () => {
    for (const good of ['a', 'A-b_c.d', 'example.com/x', `${'k'.repeat(63)}`]) expect(labelKeyProblem(good), good).toBeUndefined();
    for (const bad of ['', '-a', 'a-', '/a', 'a/', `${'k'.repeat(64)}`, 'a b']) expect(labelKeyProblem(bad), bad).toBeDefined();
  });
});
