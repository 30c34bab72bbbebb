// The round-based aggregation the simulator used before the linear one (kept as the reference
// the property test compares against): every aggregated ClusterRole recomputed from every role
// it picks, each round, until nothing changes.
import { compareGo } from '@/lib/sim/support/goText';
import { clusterRoleSelectorMatches, type ClusterRoleSource } from '@/lib/sim/rbac/aggregation';
import { policyRuleKey } from '@/lib/sim/rbac/read';
import type { ResolvedRule } from '@/lib/sim/rbac/types';

function selectedNames(roles: ReadonlyMap<string, ClusterRoleSource>): Map<string, string[][]> {
  const names = [...roles.keys()].sort(compareGo);
  const out = new Map<string, string[][]>();
  for (const role of roles.values()) {
    if (role.selectors === null) continue;
    out.set(
      role.name,
      role.selectors.map((selector) => names.filter((name) => name !== role.name && clusterRoleSelectorMatches(selector, roles.get(name)?.labels ?? {}))),
    );
  }
  return out;
}

function aggregateOnce(picks: string[][], current: ReadonlyMap<string, readonly ResolvedRule[]>): ResolvedRule[] {
  const seen = new Set<string>();
  const out: ResolvedRule[] = [];
  for (const names of picks) {
    for (const name of names) {
      (current.get(name) ?? []).forEach((rule, ruleIndex) => {
        const key = policyRuleKey(rule);
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ ...rule, aggregatedFrom: rule.aggregatedFrom ?? { clusterRole: name, ruleIndex } });
      });
    }
  }
  return out;
}

function sameRules(a: readonly ResolvedRule[] | undefined, b: readonly ResolvedRule[]): boolean {
  return !!a && a.length === b.length && a.every((rule, i) => policyRuleKey(rule) === policyRuleKey(b[i]));
}

export function referenceResolvedClusterRoles(roles: ReadonlyMap<string, ClusterRoleSource>): Map<string, ResolvedRule[]> {
  const picks = selectedNames(roles);
  let current = new Map<string, ResolvedRule[]>();
  for (const role of roles.values()) current.set(role.name, picks.has(role.name) ? [] : role.rules.map((rule) => ({ ...rule })));
  for (let round = 0; round < picks.size + 2; round++) {
    const next = new Map(current);
    let changed = false;
    for (const [name, rolePicks] of picks) {
      const rules = aggregateOnce(rolePicks, current);
      if (!sameRules(current.get(name), rules)) changed = true;
      next.set(name, rules);
    }
    current = next;
    if (!changed) break;
  }
  return current;
}
