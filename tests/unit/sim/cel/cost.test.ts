// CEL cost limits as the API server applies them: staging/src/k8s.io/apiserver/pkg/apis/cel/config.go
// (PerCallLimit 1,000,000; RuntimeCELCostBudget 10,000,000), cel-go interpreter/runtimecost.go
// (list/string concatenation cost ceil(0.1 x size)), and the messages of cel-go
// ("operation cancelled: actual cost limit exceeded") and validating/validator.go
// ("validation failed due to running out of cost budget, no further validation rules will be run").
// Timings live in bench/cel.bench.ts.
import { describe, expect, it } from 'vitest';
import { buildCelActivation, compileCel, evaluateCel } from '../../../../lib/sim/cel';
import { evaluatePolicy } from '../../../../lib/sim/admission/vapEvaluate';

const items = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('per-call limit', () => {
  it("a 300^3 comprehension is cancelled with cel-go's error", () => {
    const r = evaluateCel('object.items.all(a, object.items.all(b, object.items.all(c, a + b + c >= 0)))', { object: { items: items(300) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'cel-cost-limit', message: 'operation cancelled: actual cost limit exceeded' } });
  });
  it('even when the predicate is a constant (every iteration costs)', () => {
    const r = evaluateCel('object.items.all(a, object.items.all(b, object.items.all(c, true)))', { object: { items: items(300) } });
    expect(r.ok).toBe(false);
  });
  it('the cost error is not absorbed by || (cel-go cancels the whole evaluation)', () => {
    const r = evaluateCel('object.items.all(a, object.items.all(b, object.items.all(c, true))) || true', { object: { items: items(300) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'cel-cost-limit' } });
  });
  it('a 300^2 comprehension stays under the limit', () => {
    expect(evaluateCel('object.items.all(a, object.items.all(b, a + b >= 0))', { object: { items: items(300) } })).toEqual({ ok: true, value: true });
  });
  it('a list doubled through 25 variables is stopped by its size-proportional cost', () => {
    const variables = [{ name: 'v0', expression: '[1, 2, 3, 4]' }];
    for (let i = 1; i <= 25; i++) variables.push({ name: `v${i}`, expression: `variables.v${i - 1} + variables.v${i - 1}` });
    const compiled = compileCel('size(variables.v25) > 0', 'validation', { variableNames: variables.map((v) => v.name) });
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const r = evaluateCel(compiled.program, buildCelActivation({ object: {}, variables }));
    expect(r).toMatchObject({ ok: false, error: { message: 'operation cancelled: actual cost limit exceeded' } });
  });
  it('a few doublings are fine', () => {
    const variables = [
      { name: 'a', expression: '[1, 2]' },
      { name: 'b', expression: 'variables.a + variables.a' },
    ];
    const compiled = compileCel('size(variables.b) == 4', 'validation', { variableNames: ['a', 'b'] });
    if (!compiled.ok) throw new Error(compiled.diagnostic.message);
    expect(evaluateCel(compiled.program, buildCelActivation({ object: {}, variables }))).toEqual({ ok: true, value: true });
  });
  it('the API server does not reject expensive expressions when the policy is written', () => {
    expect(compileCel('object.items.all(a, object.items.all(b, object.items.all(c, true)))', 'validation').ok).toBe(true);
  });
});

describe('RuntimeCELCostBudget: one budget per policy evaluation', () => {
  // Each validation costs about 1,300 here (900-odd for 30 x 30 iterations plus selections).
  const spec = (n: number) => ({ validations: Array.from({ length: n }, () => ({ expression: 'object.items.all(a, object.items.all(b, true))' })) });
  it('past the budget, the evaluation is one error and no further rule runs', () => {
    const activation = buildCelActivation({ object: { items: items(30) } }, { costBudget: 5000 });
    const result = evaluatePolicy(spec(6), activation, false);
    expect(result.violations).toEqual([
      expect.objectContaining({ message: 'validation failed due to running out of cost budget, no further validation rules will be run', error: true }),
    ]);
  });
  it('within the budget every validation runs and passes', () => {
    const activation = buildCelActivation({ object: { items: items(30) } }, { costBudget: 50_000 });
    expect(evaluatePolicy(spec(6), activation, false).violations).toEqual([]);
  });
  it('with failurePolicy Ignore the budget error is ignored', () => {
    const activation = buildCelActivation({ object: { items: items(30) } }, { costBudget: 5000 });
    const result = evaluatePolicy(spec(6), activation, true);
    expect(result.violations).toEqual([]);
    expect(result.ignoredErrors).toContain('validation failed due to running out of cost budget, no further validation rules will be run');
  });
});
