// Two-variable comprehensions (cel-go ext/comprehensions.go, TwoVarComprehensions; in the Kubernetes
// base environment from 1.32: staging/src/k8s.io/apiserver/pkg/cel/environment/base.go).
// The first block is data from the examples in the doc comment of ext/comprehensions.go
// (Apache-2.0, Google LLC).
import { describe, expect, it } from 'vitest';
import { evaluateCel } from '../../../../../lib/sim/cel';
import { errorOf, value } from './helpers';

describe('two-variable comprehensions (cel-go ext/comprehensions.go)', () => {
  it.each([
    ['[1, 2, 3].all(i, j, i < j)', true],
    ["{'hello': 'world', 'taco': 'taco'}.all(k, v, k != v)", false],
    ["{'h': ['hello', 'hi'], 'j': ['joke', 'jog']}.all(k, vals, vals.all(v, v.startsWith(k)))", true],
    ["{'greeting': 'hello', 'farewell': 'goodbye'}.exists(k, v, k.startsWith('good') || v.endsWith('bye'))", true],
    ['[1, 2, 4, 8, 16].exists(i, v, v == 1024 && i == 10)', false],
    ['[1, 2, 1, 3, 1, 4].existsOne(i, v, i == 1 || v == 1)', false],
    ['[1, 1, 2, 2, 3, 3].existsOne(i, v, i == 2 && v == 2)', true],
    ["{'i': 0, 'j': 1, 'k': 2}.existsOne(i, v, i == 'l' || v == 1)", true],
    ['[1, 1, 2, 2, 3, 3].exists_one(i, v, i == 2 && v == 2)', true],
    ['[1, 2, 3].transformList(indexVar, valueVar, (indexVar * valueVar) + valueVar)', [1, 4, 9]],
    ['[1, 2, 3].transformList(indexVar, valueVar, indexVar % 2 == 0, (indexVar * valueVar) + valueVar)', [1, 9]],
    ["{'greeting': 'hello', 'farewell': 'goodbye'}.transformList(k, _, k)", ['greeting', 'farewell']],
    ["{'greeting': 'hello', 'farewell': 'goodbye'}.transformList(_, v, v)", ['hello', 'goodbye']],
    ['[1, 2, 3].transformMap(indexVar, valueVar, (indexVar * valueVar) + valueVar)', { 0: 1, 1: 4, 2: 9 }],
    ['[1, 2, 3].transformMap(indexVar, valueVar, indexVar % 2 == 0, (indexVar * valueVar) + valueVar)', { 0: 1, 2: 9 }],
    ["{'greeting': 'hello'}.transformMap(k, v, v + '!')", { greeting: 'hello!' }],
    ["{'greeting': 'hello'}.transformMapEntry(keyVar, valueVar, {valueVar: keyVar})", { hello: 'greeting' }],
    ['[1, 2, 3].transformMapEntry(indexVar, valueVar, {valueVar: indexVar})', { 1: 0, 2: 1, 3: 2 }],
  ])('%s is %j', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it('transformMapEntry fails on a duplicate key', () => {
    expect(errorOf("{'greeting': 'aloha', 'farewell': 'aloha'}.transformMapEntry(keyVar, valueVar, {valueVar: keyVar})")).toBe(
      'insert failed: key aloha already exists',
    );
  });

  it('all/exists absorb errors like && and || (the accumulator steps of quantifierAll/Exists)', () => {
    expect(value('[0, 1].exists(i, v, 1 / v == 1)')).toBe(true);
    expect(value('[0, 1].all(i, v, 1 / v == 5)')).toBe(false);
    expect(errorOf('[0, 1].all(i, v, 1 / v == 1)')).toMatch(/division by zero/);
    expect(errorOf('[0, 1].existsOne(i, v, 1 / v == 1)')).toMatch(/division by zero/);
  });

  it.each([
    ['[1].all(i, i, true)', 'duplicate variable name: i'],
    ['[1].all(x.y, v, true)', 'argument must be a simple name'],
    ['[1].all(i, v, v)', "found no matching overload for '_&&_' applied to '(bool, int)'"],
    ['1.all(i, v, true)', 'cannot be range of a comprehension'],
  ])('%s is a compile error: %s', (expression, message) => {
    expect(errorOf(expression)).toContain(message);
  });

  it('works over admission objects: every label value non-empty, keys of annotations', () => {
    const object = { metadata: { labels: { app: 'web', team: '' }, annotations: { a: 'x', b: 'y' } } };
    const run = (e: string) => evaluateCel(e, { object }, 'variable');
    expect(run("object.metadata.labels.all(k, v, v != '')")).toEqual({ ok: true, value: false });
    expect(run("object.metadata.labels.exists(k, v, k == 'app' && v == 'web')")).toEqual({ ok: true, value: true });
    expect(run('object.metadata.annotations.transformList(k, v, k + "=" + v)')).toEqual({ ok: true, value: ['a=x', 'b=y'] });
  });

  it('each iteration is charged to the per-call cost limit (apis/cel/config.go PerCallLimit)', () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const result = evaluateCel('object.items.all(i, a, object.items.all(j, b, object.items.all(k, c, a + b + c >= 0)))', { object: { items } }, 'validation');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('cel-cost-limit');
  });
});
