import { describe, expect, it } from 'vitest';
import { buildCelActivation, compileCel, evaluateCel } from '../../../../lib/sim/cel';

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
  spec: {
    replicas: 3,
    template: {
      spec: {
        containers: [
          { name: 'nginx', image: 'nginx:latest' },
          { name: 'side', image: 'busybox:1.36', securityContext: { runAsNonRoot: true } },
        ],
      },
    },
  },
};
const params = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'limits' }, data: { maxReplicas: '5' } };
const inputs = {
  object: deployment,
  oldObject: null,
  params,
  request: { operation: 'CREATE', userInfo: { username: 'ana' } },
  namespaceObject: { metadata: { name: 'shop', labels: { env: 'prod' } } },
};

function run(expression: string, kind: Parameters<typeof compileCel>[1] = 'variable', given: Parameters<typeof evaluateCel>[1] = inputs) {
  return evaluateCel(expression, given, kind);
}

describe('evaluateCel: number typing (integral JSON numbers become int)', () => {
  it.each([
    ['object.spec.replicas <= 5', true],
    ['object.spec.replicas == 3', true],
    ['object.spec.replicas + 1 == 4', true],
    ['object.spec.replicas / 2 == 1', true],
    ['type(object.spec.replicas) == int', true],
    ['object.spec.replicas <= int(params.data.maxReplicas)', true],
    ['object.spec.replicas < 3.5', true],
    ['dyn(3) == 3.0', true],
    ['7 / 2 == 3', true],
    ["string(object.spec.replicas) == '3'", true],
  ])('%s → %s', (expression, expected) => {
    expect(run(expression, 'validation')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['object.spec.replicas <= params.data.maxReplicas', /no such overload/],
    ["'n=' + object.spec.replicas", /no such overload/],
    ['9223372036854775807 + 1', /overflow/],
    ["int('abc')", /convert/],
    ['3 + 1.0', /no such overload/],
  ])('%s is an error, as in Kubernetes', (expression, pattern) => {
    const result = run(expression);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(pattern);
  });

  it('gives numbers back as plain JS numbers', () => {
    expect(run('[object.spec.replicas, 2.5]', 'variable')).toEqual({ ok: false, error: expect.anything() });
    expect(run('object.spec.replicas * 2')).toEqual({ ok: true, value: 6 });
    expect(run('{"a": object.spec.replicas}')).toEqual({ ok: true, value: { a: 3 } });
  });
});

describe('evaluateCel: absent fields, errors and their absorption', () => {
  it.each([
    ['has(object.metadata.labels) && "app" in object.metadata.labels', true],
    ['!has(object.metadata.annotations) || object.metadata.annotations.owner == "x"', true],
    ['object.metadata.labels.owner == "x" || true', true],
    ['[0, 1].all(x, 1 / x == 5)', false],
    ['[0, 1].exists(x, 1 / x == 1)', true],
    ['oldObject == null', true],
    ['has(object.metadata.constructor)', false],
    ["object.spec.template.spec.containers.all(c, has(c.securityContext) || c.name != 'x')", true],
    ["object.spec.template.spec.containers.exists(c, c.image.endsWith(':latest'))", true],
    ['namespaceObject.metadata.labels.env == "prod"', true],
    ['request.userInfo.username == "ana"', true],
  ])('%s → %s', (expression, expected) => {
    expect(run(expression, 'validation')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['object.metadata.labels.owner == "x"', 'owner'],
    ['oldObject.metadata.name == "x"', ''],
    ['object.spec.template.spec.containers.all(c, c.securityContext.runAsNonRoot)', 'securityContext'],
  ])('%s errors at the missing field', (expression, field) => {
    const result = run(expression, 'validation');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('cel-runtime');
      if (field) expect(expression.slice(result.error.offset, result.error.offset + result.error.length)).toBe(field);
    }
  });

  it('a non-bool validation result is an error, not a pass', () => {
    const compiled = compileCel('object.spec.template', 'validation');
    expect(compiled.ok).toBe(true);
    if (compiled.ok) {
      const result = evaluateCel(compiled.program, inputs);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('cel-result-type');
    }
  });

  it('does not change its inputs', () => {
    const copy = JSON.parse(JSON.stringify(inputs));
    run('object.spec.replicas + 1 == 4');
    expect(inputs).toEqual(copy);
  });
});

describe('evaluateCel: Kubernetes extension libraries', () => {
  it.each([
    ["'a-b-c'.replace('-', '_')", 'a_b_c'],
    ["'a-b-c'.replace('-', '_', 1)", 'a_b-c'],
    ["'abc'.charAt(1)", 'b'],
    ["'abc'.charAt(3)", ''],
    ["'%s has %d replicas'.format([object.metadata.name, object.spec.replicas])", 'web has 3 replicas'],
    ["'%.2f'.format([dyn(1.5)])", '1.50'],
    ['strings.quote("a\\"b")', '"a\\"b"'],
    ["'ABC'.lowerAscii()", 'abc'],
    ['[1, 2, 3].sum()', 6],
    ['[1.5, 2.0].sum()', 3.5],
    ['[3, 1, 2].min()', 1],
    ['[3, 1, 2].max()', 3],
    ["['a', 'b'].isSorted()", true],
    ['[1, 2, 2].indexOf(2)', 1],
    ['[1, 2, 2].lastIndexOf(2)', 2],
    ["'abc123def456'.find('[0-9]+')", '123'],
    ["'abc123def456'.findAll('[0-9]+')", ['123', '456']],
    ["'abc123def456'.findAll('[0-9]+', 1)", ['123']],
    ["'ABC'.matches('(?i)abc')", true],
    ["'ÄB'.matches('^\\\\p{Lu}+$')", true],
    ["'x1'.matches('^[[:alpha:]][[:digit:]]$')", true],
    ["matches('abc', '^a')", true],
    ['sets.contains([1, 2, 3], [2, 3])', true],
    ['sets.equivalent([1, 2], [2, 1, 1])', true],
    ['sets.intersects([1, 2], [3])', false],
    ["quantity('1Gi').isGreaterThan(quantity('1000Mi'))", true],
    ["quantity('500m').add(quantity('1')).isInteger()", false],
    ["quantity('2k').asInteger()", 2000],
    ["quantity('1.5').asApproximateFloat()", 1.5],
    ["quantity('100Mi').compareTo(quantity('100Mi'))", 0],
    ["isQuantity('1.5Gi')", true],
    ["isQuantity('1.5GB')", false],
    ["quantity('1Gi').sub(quantity('1Gi')).sign()", 0],
  ])('%s → %j', (expression, expected) => {
    expect(run(expression)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['[].min()', /empty list/],
    ["'abc'.charAt(5)", /out of range/],
    ["quantity('abc')", /quantities must match/],
    ["quantity('1.5').asInteger()", /cannot convert/],
    ["'%d'.format(['x'])", /integer/],
    ["'x'.matches(params.data.maxReplicas + '(?<=a)')", /error parsing regexp: invalid named capture/],
  ])('%s errors', (expression, pattern) => {
    const result = run(expression);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(pattern);
  });

  it('error messages name matches, not its internal alias', () => {
    const result = run("object.spec.replicas.matches('a')", 'validation');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toMatch(/__re2__/);
  });
});

describe('evaluateCel: variables are lazy and cached', () => {
  it('evaluates composited variables on use, in order', () => {
    const act = buildCelActivation({
      ...inputs,
      variables: [
        { name: 'n', expression: 'object.spec.replicas * 2' },
        { name: 'm', expression: 'variables.n + 1' },
      ],
    });
    expect(evaluateCel('variables.m == 7', act, 'validation')).toEqual({ ok: true, value: true });
  });

  it('never evaluates an unused variable (an unused broken one does no harm)', () => {
    const act = buildCelActivation({
      ...inputs,
      variables: [
        { name: 'bad', expression: 'object.nope.x' },
        { name: 'ok', expression: 'true' },
      ],
    });
    expect(evaluateCel('variables.ok', act, 'validation')).toEqual({ ok: true, value: true });
    const used = evaluateCel('variables.bad == 1', act, 'validation');
    expect(used.ok).toBe(false);
    expect(evaluateCel('variables.bad == 1 || true', act, 'validation')).toEqual({ ok: true, value: true });
  });

  it('reports a self-referencing variable instead of recursing forever', () => {
    const act = buildCelActivation({ ...inputs, variables: [{ name: 'a', expression: 'variables.a' }] });
    const result = evaluateCel('variables.a == 1', act, 'validation');
    expect(result.ok).toBe(false);
  });
});
