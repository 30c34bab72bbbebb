import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCelActivation, compileCel, compileRe2, evaluateCel, parseQuantity } from '../../../../lib/sim/cel';

const kinds = ['validation', 'messageExpression', 'matchCondition', 'variable', 'auditAnnotation'] as const;
const fragments = [
  'object',
  'oldObject',
  'params',
  'request',
  'variables',
  '.',
  'spec',
  'metadata',
  'labels',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '1',
  '2.5',
  "'a'",
  '"b"',
  '+',
  '-',
  '*',
  '/',
  '%',
  '==',
  '!=',
  '<',
  '&&',
  '||',
  '!',
  '?',
  'has',
  'all',
  'exists',
  'map',
  'filter',
  'size',
  'int',
  'string',
  'matches',
  'find',
  'findAll',
  'sum',
  'min',
  'charAt',
  'format',
  'quantity',
  'sets',
  'contains',
  'x',
  'c',
  ' ',
  '.?',
  'orValue',
  'in',
  'null',
  'true',
  "'(a+)+'",
  "'[0-9]+'",
  'replace',
  'indexOf',
  'ip',
  'isIP',
  'cidr',
  'isCIDR',
  'containsIP',
  'url',
  'isURL',
  'getHost',
  'getQuery',
  "'10.0.0.0/8'",
  "'::1'",
  "'https://a:1/'",
  'transformList',
  'transformMapEntry',
  'existsOne',
  'k, v',
  'format',
  '.dns1123Label()',
  'validate',
  'authorizer',
  ".group('')",
  ".resource('pods')",
  ".check('get')",
  'allowed',
  'requestResource',
];

const junkExpression = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join('')),
);

describe('CEL adapter never throws', () => {
  it('compileCel and evaluateCel on junk expressions and junk inputs', () => {
    fc.assert(
      fc.property(junkExpression, fc.constantFrom(...kinds), fc.anything(), fc.anything(), (expression, kind, object, params) => {
        const compiled = compileCel(expression, kind);
        const result = evaluateCel(expression, { object, params }, kind);
        expect(typeof result.ok).toBe('boolean');
        if (compiled.ok)
          expect(typeof evaluateCel(compiled.program, buildCelActivation({ object, params, variables: [{ name: 'v', expression }] })).ok).toBe('boolean');
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('compileRe2 and parseQuantity on junk', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const re = compileRe2(text);
        if (re.ok) expect(typeof re.regex.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toBe('boolean');
        parseQuantity(text);
      }),
      { numRuns: 300 },
    );
  });
});
