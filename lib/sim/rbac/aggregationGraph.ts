/**
 * Aggregated ClusterRoles resolved in one pass over the pick graph (k8s
 * `pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go`; docs:
 * reference/access-authn-authz/rbac/#aggregated-clusterroles).
 *
 * Each aggregated role picks, per selector, the other ClusterRoles whose labels match (by
 * name); its rules are the picked roles' rules in that order, a rule equal to one already
 * taken dropped (the controller's ruleExists). Roles are resolved in dependency order
 * (strongly connected components, Tarjan), so every role's list is built once, and a picked
 * list whose rule set was already merged is skipped whole: the work is linear in roles +
 * picks + rules, not rounds × roles × rules.
 *
 * SIMPLIFICATION(k8s): in a cycle of aggregated roles (A picks B, B picks A) the controller
 * has no fixed order (each sync reorders the other; it can flip forever). Here every role of
 * the cycle gets every rule reachable from it; a pick inside the cycle contributes the
 * cycle's own rules (its members' outside picks, members by name) at that place.
 */
import { clusterRoleSelectorMatches, type ClusterRoleSource } from './aggregation';
import { compareGo } from '../support/goText';
import { policyRuleKey, readStringMap } from './read';
import type { ResolvedRule } from './types';

/** A resolved list with each rule's identity (interned policyRuleKey) and its set's identity. */
interface Resolved {
  rules: ResolvedRule[];
  ids: number[];
  /** Identity of the set of ids (-1: never interned, the list is iterated; -2: not computed yet). */
  setId: number;
}

interface Context {
  roles: ReadonlyMap<string, ClusterRoleSource>;
  picks: Map<string, string[][]>;
  ruleIds: Map<string, number>;
  setIds: Map<string, number>;
  resolved: Map<string, Resolved>;
  /** seen[id] === generation of the merger that took rule id (no Set per merger). */
  seen: Int32Array;
  generation: number;
}

/** Names each selector of each aggregated role picks, by name (Go order), never itself. */
function selectedNames(roles: ReadonlyMap<string, ClusterRoleSource>): Map<string, string[][]> {
  const names = [...roles.keys()].sort(compareGo);
  const byLabel = new Map<string, string[]>();
  for (const name of names) {
    for (const [key, value] of Object.entries(roles.get(name)?.labels ?? {})) {
      const pair = `${key}\u0000${value}`;
      const list = byLabel.get(pair);
      if (list) list.push(name);
      else byLabel.set(pair, [name]);
    }
  }
  const position = new Map(names.map((name, i) => [name, i]));
  const out = new Map<string, string[][]>();
  for (const role of roles.values()) {
    if (role.selectors === null) continue;
    out.set(
      role.name,
      role.selectors.map((selector) => {
        const candidates = narrowed(selector, byLabel, position) ?? names;
        return candidates.filter((name) => name !== role.name && clusterRoleSelectorMatches(selector, roles.get(name)?.labels ?? {}));
      }),
    );
  }
  return out;
}

/**
 * The roles a selector can only pick from, in Go order: those with its first matchLabels pair,
 * else those with one of the values of its first `In` expression (a label selector ANDs its
 * requirements, so each one bounds the matches; apimachinery labels.Selector). Undefined: any.
 * The full selector is still evaluated on each candidate.
 */
function narrowed(selector: unknown, byLabel: Map<string, string[]>, position: Map<string, number>): string[] | undefined {
  const first = Object.entries(readStringMap((selector as { matchLabels?: unknown } | null)?.matchLabels))[0];
  if (first) return byLabel.get(`${first[0]}\u0000${first[1]}`) ?? [];
  const expressions = (selector as { matchExpressions?: unknown } | null)?.matchExpressions;
  const isIn = (e: unknown): e is { key: string; values: unknown[] } =>
    typeof e === 'object' &&
    e !== null &&
    (e as { operator?: unknown }).operator === 'In' &&
    typeof (e as { key?: unknown }).key === 'string' &&
    Array.isArray((e as { values?: unknown }).values);
  const inExpression = Array.isArray(expressions) ? (expressions as unknown[]).find(isIn) : undefined;
  if (!inExpression || !inExpression.values.every((value) => typeof value === 'string')) return undefined;
  const union = new Set<string>();
  for (const value of inExpression.values as string[]) for (const name of byLabel.get(`${inExpression.key}\u0000${value}`) ?? []) union.add(name);
  return [...union].sort((a, b) => position.get(a)! - position.get(b)!);
}

function ruleId(context: Context, rule: ResolvedRule): number {
  const key = policyRuleKey(rule);
  let id = context.ruleIds.get(key);
  if (id === undefined) context.ruleIds.set(key, (id = context.ruleIds.size));
  return id;
}

function setIdOf(context: Context, ids: number[]): number {
  const key = [...ids].sort((a, b) => a - b).join(',');
  let id = context.setIds.get(key);
  if (id === undefined) context.setIds.set(key, (id = context.setIds.size));
  return id;
}

/** A hand-written (not aggregated) role: its rules, each marked with where it comes from once picked. */
function baseList(context: Context, role: ClusterRoleSource): Resolved {
  const rules = role.rules.map((rule, ruleIndex): ResolvedRule => ({ ...rule, aggregatedFrom: { clusterRole: role.name, ruleIndex } }));
  return { rules, ids: rules.map((rule) => ruleId(context, rule)), setId: -1 };
}

/** Dedup-concatenate lists in order (first occurrence wins); a list whose set was merged already adds nothing. */
class Merger {
  readonly rules: ResolvedRule[] = [];
  readonly ids: number[] = [];
  private readonly mergedSets = new Set<number>();
  private readonly generation: number;

  constructor(private readonly context: Context) {
    this.generation = ++context.generation;
  }

  add(list: Resolved): void {
    if (list.setId === -2) list.setId = setIdOf(this.context, list.ids);
    if (list.setId >= 0 && this.mergedSets.has(list.setId)) return;
    const seen = this.context.seen;
    for (let i = 0; i < list.rules.length; i++) {
      const id = list.ids[i];
      if (seen[id] === this.generation) continue;
      seen[id] = this.generation;
      this.rules.push(list.rules[i]);
      this.ids.push(id);
    }
    if (list.setId >= 0) this.mergedSets.add(list.setId);
  }

  /** The merged list; its set identity is computed only if another role picks it. */
  result(): Resolved {
    return { rules: this.rules, ids: this.ids, setId: -2 };
  }
}

const EMPTY: Resolved = { rules: [], ids: [], setId: -1 };

/** The list a pick contributes: a hand-written role's rules, a resolved role's result, or the cycle's list. */
function contribution(context: Context, name: string, cycle: Resolved | null, members: Set<string>): Resolved {
  if (cycle && members.has(name)) return cycle;
  return context.resolved.get(name) ?? EMPTY;
}

/** Resolve one strongly connected component (every dependency outside it is resolved already). */
function resolveComponent(context: Context, component: string[]): void {
  const members = new Set(component);
  let cycle: Resolved | null = null;
  if (component.length > 1) {
    const merger = new Merger(context);
    for (const name of [...component].sort(compareGo)) {
      for (const names of context.picks.get(name) ?? [])
        for (const pick of names) if (!members.has(pick)) merger.add(contribution(context, pick, null, members));
    }
    cycle = merger.result();
  }
  for (const name of component) {
    const merger = new Merger(context);
    for (const names of context.picks.get(name) ?? []) for (const pick of names) merger.add(contribution(context, pick, cycle, members));
    context.resolved.set(name, merger.result());
  }
}

/**
 * Strongly connected components of the aggregated roles (edges: picks that are aggregated),
 * dependencies first (Tarjan over integer ids, iterative: no recursion however long the chain).
 */
function components(picks: Map<string, string[][]>): string[][] {
  const names = [...picks.keys()];
  const id = new Map(names.map((name, i) => [name, i]));
  const edges = names.map((name) => {
    const targets = new Set<number>();
    for (const list of picks.get(name) ?? [])
      for (const pick of list) {
        const target = id.get(pick);
        if (target !== undefined) targets.add(target);
      }
    return [...targets];
  });
  const index = new Int32Array(names.length).fill(-1);
  const low = new Int32Array(names.length);
  const onStack = new Uint8Array(names.length);
  const stack: number[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (let root = 0; root < names.length; root++) {
    if (index[root] >= 0) continue;
    const work: number[][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const node = frame[0];
      if (frame[1] === 0 && index[node] < 0) {
        index[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = 1;
      }
      const targets = edges[node];
      if (frame[1] < targets.length) {
        const target = targets[frame[1]++];
        if (index[target] < 0) work.push([target, 0]);
        else if (onStack[target]) low[node] = Math.min(low[node], index[target]);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        const component: string[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(names[member]);
        } while (member !== node);
        out.push(component);
      }
    }
  }
  return out;
}

/** Every ClusterRole's effective rules, in the order of `roles` (see the file comment). */
export function buildResolvedClusterRoles(roles: ReadonlyMap<string, ClusterRoleSource>): Map<string, ResolvedRule[]> {
  const context: Context = {
    roles,
    picks: selectedNames(roles),
    ruleIds: new Map(),
    setIds: new Map(),
    resolved: new Map(),
    seen: new Int32Array(0),
    generation: 0,
  };
  for (const role of roles.values()) if (role.selectors === null) context.resolved.set(role.name, baseList(context, role));
  context.seen = new Int32Array(context.ruleIds.size);
  for (const component of components(context.picks)) resolveComponent(context, component);
  const out = new Map<string, ResolvedRule[]>();
  for (const role of roles.values()) {
    out.set(role.name, role.selectors === null ? role.rules.map((rule) => ({ ...rule })) : (context.resolved.get(role.name)?.rules ?? []));
  }
  return out;
}
