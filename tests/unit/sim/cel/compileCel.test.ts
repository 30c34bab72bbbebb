import { describe, expect, it } from 'vitest';
import { render } from '../../../../lib/i18n/messages';
import { compileCel } from '../../../../lib/sim/cel';

describe('compileCel', () => {
  it.each([
    ['object.spec.replicas <= 5', 'validation', 'bool'],
    ["'replicas: ' + string(object.spec.replicas)", 'messageExpression', 'string'],
    ['object.spec.replicas * 2', 'variable', 'int'],
    ['has(object.metadata.labels) && "team" in object.metadata.labels', 'matchCondition', 'bool'],
    ['object.metadata.?labels.?owner.orValue("none")', 'auditAnnotation', 'dyn'],
  ] as const)('compiles %s as %s (type %s)', (expression, kind, type) => {
    const result = compileCel(expression, kind);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.resultType).toBe(type);
  });

  it.each([
    ['1 +', 'cel-syntax', 3],
    ['"abc', 'cel-syntax', 0],
    ["'a' + 1", 'cel-type', 0],
    ['objekt.spec', 'cel-type', 0],
    ['object.spec.replicas + 1', 'cel-result-type', 0],
    ['', 'cel-empty', 0],
  ])('rejects %j with %s at offset %i', (expression, code, offset) => {
    const result = compileCel(expression, 'validation');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic.code).toBe(code);
      expect(result.diagnostic.offset).toBe(offset);
      // Words at the edge: the message renders to the English `message` and to a different Spanish text.
      expect(render('en', result.diagnostic.text)).toBe(result.diagnostic.message);
      expect(render('es', result.diagnostic.text)).not.toBe(result.diagnostic.message);
    }
  });

  it('a messageExpression must be a string', () => {
    const result = compileCel('object.spec.replicas > 1', 'messageExpression');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.message).toMatch(/must evaluate to string/);
  });

  it.each([
    "semver('1.2.3').major() == 1",
    "isImage('nginx:1.27')",
    "authorizer.group('apps').resource('deployments').check('create').allowed()",
    "url('https://x').getHost() == 'x'",
  ])('compiles the Kubernetes library call %s (nothing is left unsupported)', (expression) => {
    expect(compileCel(expression, 'validation')).toMatchObject({ ok: true });
  });

  it('a messageExpression has no authorizer (validating/plugin.go compiles it without HasAuthorizer)', () => {
    const message = compileCel("'denied: ' + authorizer.requestResource.check('approve').reason()", 'messageExpression');
    expect(message).toMatchObject({
      ok: false,
      diagnostic: { code: 'cel-type', message: "undeclared reference to 'authorizer' (in container '')", offset: 13 },
    });
    const check = "authorizer.requestResource.check('approve')";
    for (const kind of ['validation', 'matchCondition', 'variable'] as const) expect(compileCel(`${check}.allowed()`, kind)).toMatchObject({ ok: true });
    expect(compileCel(`${check}.reason()`, 'auditAnnotation')).toMatchObject({ ok: true });
  });

  it('checks variables.<name> against the declared variables', () => {
    expect(compileCel('variables.a > 1', 'validation', { variableNames: ['a'] }).ok).toBe(true);
    const missing = compileCel('variables.b > 1', 'validation', { variableNames: ['a'] });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.diagnostic.code).toBe('cel-undefined-variable');
      expect(missing.diagnostic.offset).toBe(0);
      expect(missing.diagnostic.length).toBe('variables.b'.length);
    }
  });

  it.each([
    ["'abc'.matches('(?<=a)b')", 14],
    ["'abc'.matches('(?=a)')", 14],
    ["'aa'.matches('(a)\\\\1')", 13],
    ["'ab'.find('a**')", 10],
    ["'x'.findAll('(a')", 12],
  ])('rejects the RE2-invalid literal pattern in %s at its offset (cel-go ValidateRegexLiterals)', (expression, offset) => {
    const result = compileCel(expression, 'variable');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic.code).toBe('cel-regex');
      expect(result.diagnostic.offset).toBe(offset);
    }
  });

  it.each(["'aaa'.matches('(a+)+$')", "'ab'.find('(a|ab)*c')", "'x'.findAll('(?U)a+')", "'aB'.matches('a(?i)b')"])(
    'accepts %s: valid RE2, linear time',
    (expression) => {
      expect(compileCel(expression, 'variable').ok).toBe(true);
    },
  );

  it('caches compiled programs by expression text', () => {
    const a = compileCel('object.spec.replicas < 10', 'validation');
    const b = compileCel('object.spec.replicas < 10', 'validation');
    expect(a).toBe(b);
  });

  it('never throws on non-string input', () => {
    expect(compileCel(42 as unknown as string, 'validation').ok).toBe(false);
    expect(compileCel(null as unknown as string, 'validation').ok).toBe(false);
  });
});
