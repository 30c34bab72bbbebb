// Two-variable comprehensions (cel-go ext.TwoVarComprehensions, google/cel-go ext/comprehensions.go;
// in the Kubernetes base environment from 1.32: staging/src/k8s.io/apiserver/pkg/cel/environment/base.go):
// `all(i, v, p)`, `exists(i, v, p)`, `existsOne(i, v, p)` (also spelled `exists_one`),
// `transformList(i, v, [filter,] t)`, `transformMap(i, v, [filter,] t)`,
// `transformMapEntry(i, v, [filter,] t)` on lists (index, element) and maps (key, value).
// cel-js lets us register macros (`ast` parameters) with their own type check and evaluation.
import { EvaluationError, ParseError, type Environment } from '@marcbachmann/cel-js';
import { chargeCost } from '../cost';

type Kind = 'all' | 'exists' | 'existsOne' | 'transformList' | 'transformMap' | 'transformMapEntry';

/* eslint-disable @typescript-eslint/no-explicit-any -- the library's macro interface is untyped */
interface Macro {
  kind: Kind;
  args: any[];
  receiver: any;
  first: string;
  second: string;
  filter: any | null;
  body: any;
  types?: [any, any];
  typeCheck(checker: any, macro: Macro, ctx: any): any;
  evaluate(ev: any, macro: Macro, ctx: any): unknown;
}

const ACCUMULATORS = new Set(['__result__', '@result']);

function iterVar(node: any): string {
  if (node?.op !== 'id') throw new ParseError({ code: 'invalid_macro_argument', message: 'argument must be a simple name', node });
  if (ACCUMULATORS.has(node.args)) {
    throw new ParseError({ code: 'invalid_macro_argument', message: 'iteration variable overwrites accumulator variable', node });
  }
  return node.args as string;
}

function expander(kind: Kind) {
  return ({ args, receiver }: { args: any[]; receiver: any }): Macro => {
    const first = iterVar(args[0]);
    const second = iterVar(args[1]);
    if (first === second) throw new ParseError({ code: 'invalid_macro_argument', message: `duplicate variable name: ${first}`, node: args[1] });
    const filter = args.length === 4 ? args[2] : null;
    return { kind, args, receiver, first, second, filter, body: args[args.length - 1], typeCheck, evaluate };
  };
}

function rangeTypes(checker: any, macro: Macro, ctx: any): [any, any] {
  const t = checker.check(macro.receiver, ctx);
  if (t.kind === 'dyn') return [t, t];
  if (t.kind === 'list') return [checker.getType('int'), t.valueType];
  if (t.kind === 'map') return [t.keyType, t.valueType];
  throw checker.createError(
    'invalid_comprehension_range',
    `Expression of type '${checker.formatType(t)}' cannot be range of a comprehension (must be list, map, or dynamic).`,
    macro.receiver,
  );
}

function requireBool(checker: any, node: any, ctx: any, op: string): void {
  const t = checker.check(node, ctx);
  if (t.kind !== 'dyn' && checker.formatType(t) !== 'bool') {
    throw checker.createError('no_matching_overload', `found no matching overload for '${op}' applied to '(bool, ${checker.formatType(t)})'`, node);
  }
}

function typeCheck(checker: any, macro: Macro, ctx: any): any {
  const types = rangeTypes(checker, macro, ctx);
  macro.types = types;
  const inner = ctx.forkWithVariable(macro.first, types[0]).forkWithVariable(macro.second, types[1]);
  if (macro.kind === 'all' || macro.kind === 'exists' || macro.kind === 'existsOne') {
    requireBool(checker, macro.body, inner, macro.kind === 'exists' ? '_||_' : macro.kind === 'all' ? '_&&_' : '_?_:_');
    return checker.getType('bool');
  }
  if (macro.filter) requireBool(checker, macro.filter, inner, '_?_:_');
  const out = checker.check(macro.body, inner);
  if (macro.kind === 'transformList') return checker.registry.getListType(out);
  if (macro.kind === 'transformMap') return checker.registry.getMapType(types[0], out);
  if (out.kind !== 'dyn' && out.kind !== 'map') {
    throw checker.createError(
      'no_matching_overload',
      `found no matching overload for 'cel.@mapInsert' applied to '(map, ${checker.formatType(out)})'`,
      macro.body,
    );
  }
  return out.kind === 'map' ? out : checker.getType('map<dyn, dyn>');
}

/** (index or key, element or value) pairs of a list or map. */
function entriesOf(value: unknown, node: any): [unknown, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [BigInt(i), v]);
  if (value instanceof Map) return [...value.entries()];
  if (isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    return Object.keys(record).map((k) => [k, record[k]]);
  }
  throw new EvaluationError({ code: 'invalid_comprehension_range', message: 'cannot be range of a comprehension (must be list, map, or dynamic)', node });
}

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

function asBool(value: unknown, node: any): boolean {
  if (typeof value === 'boolean') return value;
  throw new EvaluationError({ code: 'no_matching_overload', message: 'no such overload: predicate must return bool', node });
}

function evaluate(ev: any, macro: Macro, ctx: any): unknown {
  const entries = entriesOf(ev.run(macro.receiver, ctx), macro.receiver);
  const [t1, t2] = macro.types ?? [ev.getType('dyn'), ev.getType('dyn')];
  const outer = ctx.forkWithVariable(macro.first, t1);
  const inner = outer.forkWithVariable(macro.second, t2);
  const bind = (entry: [unknown, unknown]): any => {
    chargeCost(1);
    outer.setIterValue(entry[0], ev);
    return inner.setIterValue(entry[1], ev);
  };
  if (macro.kind === 'all' || macro.kind === 'exists') return quantify(ev, macro, entries, bind);
  if (macro.kind === 'existsOne') {
    let count = 0;
    for (const entry of entries) if (asBool(ev.run(macro.body, bind(entry)), macro.body)) count++;
    return count === 1;
  }
  return transform(ev, macro, entries, bind);
}

/** all/exists: short-circuit on the deciding value; errors are absorbed unless nothing decides (as `&&`/`||`). */
function quantify(ev: any, macro: Macro, entries: [unknown, unknown][], bind: (e: [unknown, unknown]) => any): boolean {
  const deciding = macro.kind === 'exists';
  let error: unknown = null;
  for (const entry of entries) {
    const result = ev.tryEval(macro.body, bind(entry));
    if (result instanceof Error) {
      error ??= result;
      continue;
    }
    if (asBool(result, macro.body) === deciding) return deciding;
  }
  if (error) throw error;
  return !deciding;
}

function transform(ev: any, macro: Macro, entries: [unknown, unknown][], bind: (e: [unknown, unknown]) => any): unknown {
  const list: unknown[] = [];
  const map = Object.create(null) as Record<string, unknown>;
  for (const entry of entries) {
    const scope = bind(entry);
    if (macro.filter && !asBool(ev.run(macro.filter, scope), macro.filter)) continue;
    const value = ev.run(macro.body, scope);
    if (macro.kind === 'transformList') list.push(value);
    else if (macro.kind === 'transformMap') map[String(entry[0])] = value;
    else insertEntries(map, value, macro.body);
  }
  return macro.kind === 'transformList' ? list : map;
}

/** cel.@mapInsert(map, map): every key of the produced map must be new. */
function insertEntries(target: Record<string, unknown>, produced: unknown, node: any): void {
  const pairs =
    produced instanceof Map
      ? [...produced.entries()]
      : typeof produced === 'object' && produced !== null && !Array.isArray(produced)
        ? Object.keys(produced).map((k) => [k, (produced as Record<string, unknown>)[k]])
        : null;
  if (!pairs) throw new EvaluationError({ code: 'no_matching_overload', message: 'no such overload: transformMapEntry must produce a map', node });
  for (const [k, v] of pairs) {
    const key = String(k);
    if (Object.prototype.hasOwnProperty.call(target, key)) {
      throw new EvaluationError({ code: 'insert_failed', message: `insert failed: key ${key} already exists`, node });
    }
    target[key] = v;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Registers the two-variable macros (receiver type is not checked by the library for macros; we check it). */
export function registerTwoVarComprehensions(env: Environment): void {
  const kinds: [string, Kind, number[]][] = [
    ['all', 'all', [3]],
    ['exists', 'exists', [3]],
    ['existsOne', 'existsOne', [3]],
    ['exists_one', 'existsOne', [3]],
    ['transformList', 'transformList', [3, 4]],
    ['transformMap', 'transformMap', [3, 4]],
    ['transformMapEntry', 'transformMapEntry', [3, 4]],
  ];
  for (const [name, kind, arities] of kinds) {
    for (const n of arities) {
      const params = Array.from({ length: n }, () => 'ast').join(', ');
      const result = kind === 'transformList' ? 'list<dyn>' : kind.startsWith('transformMap') ? 'map<dyn, dyn>' : 'bool';
      env.registerFunction(`list.${name}(${params}): ${result}`, expander(kind) as never);
    }
  }
}
