// "Try to break it" for an exercise: from its goals, what the brief intends; from the learner's
// world, a concrete witness that it allows more. Each comes with objects to add to the world.
import {
  findAuditCounterexample,
  findImageCounterexample,
  findPodSecurityCounterexample,
  findTrafficCounterexample,
  labelSelectorMatches,
  listPermissions,
  type Cluster,
  type KubeObject,
  type TrafficIntent,
} from '../sim';
import { accessRequestOf, goalIdentity, podIdentity } from './identity';
import { extraGrants, grantedRules } from './leastPrivilege';
import type { Goal } from './types';

export type Counterexample =
  | {
      kind: 'traffic';
      goalIds: string[];
      direction: 'ingress' | 'egress';
      target: string;
      from: string | { ip: string };
      to: string | { ip: string };
      port: number | string;
      protocol: string;
      objects: KubeObject[];
    }
  | { kind: 'rbac'; goalIds: string[]; user: string; grant: string; namespace?: string }
  | { kind: 'podSecurity'; goalIds: string[]; namespace: string; level: 'baseline' | 'restricted'; breaks: string[]; objects: KubeObject[] }
  | { kind: 'image'; goalIds: string[]; namespace: string; breaks: string[]; objects: KubeObject[] }
  | { kind: 'audit'; goalIds: string[]; verb: string; resource: string; namespace?: string; user: string; level: string; expected: string };

type TrafficGoal = Extract<Goal, { kind: 'traffic' }>;

/** Destinations (ingress) and sources (egress) the brief both opens and closes: it states an intent. */
/** A traffic intent read from goals: its target is the goal's `ns/name` text. */
type GoalIntent = TrafficIntent & { target: string };

function trafficIntents(goals: Goal[]): { intent: GoalIntent; goalIds: string[] }[] {
  const traffic = goals.filter((g): g is TrafficGoal => g.kind === 'traffic');
  const out: { intent: GoalIntent; goalIds: string[] }[] = [];
  const key = (e: TrafficGoal['traffic']['from']) => (typeof e === 'string' ? e : 'ip' in e ? 'internet' : JSON.stringify(e));
  for (const direction of ['ingress', 'egress'] as const) {
    const byTarget = new Map<string, TrafficGoal[]>();
    for (const g of traffic) {
      const end = direction === 'ingress' ? g.traffic.to : g.traffic.from;
      if (typeof end !== 'string') continue;
      byTarget.set(`${end}|${g.traffic.port}|${g.traffic.protocol ?? 'TCP'}`, [
        ...(byTarget.get(`${end}|${g.traffic.port}|${g.traffic.protocol ?? 'TCP'}`) ?? []),
        g,
      ]);
    }
    for (const [k, list] of byTarget) {
      const allows = list.filter((g) => g.expect === 'allow');
      if (allows.length === 0 || !list.some((g) => g.expect === 'deny')) continue;
      const [target] = k.split('|');
      const first = list[0].traffic;
      const intended = allows.map((g) => key(direction === 'ingress' ? g.traffic.from : g.traffic.to));
      out.push({ intent: { direction, target, port: first.port, protocol: first.protocol, intended }, goalIds: list.map((g) => g.id) });
    }
  }
  return out;
}

function rbacCounterexamples(goals: Goal[], cluster: Cluster, pods: (ref: string) => string | undefined): Counterexample[] {
  const out: Counterexample[] = [];
  for (const g of goals) {
    if (g.kind !== 'leastPrivilege') continue;
    const lp = g.leastPrivilege as { as?: string; asPod?: string };
    const as = lp.asPod ? pods(lp.asPod) : lp.as;
    if (!as) continue;
    const { user, groups } = goalIdentity(as, g.leastPrivilege.groups);
    const extra = extraGrants(grantedRules(listPermissions(cluster, { user, groups, namespace: g.leastPrivilege.namespace })), g.leastPrivilege.allowed);
    if (extra.length) out.push({ kind: 'rbac', goalIds: [g.id], user, grant: extra[0], namespace: g.leastPrivilege.namespace });
  }
  return out;
}

/**
 * Namespaces the learner's files guard with Pod Security labels, and the level the brief wants
 * there: the strictest podSecurity goal on a target of that namespace, else the enforce label's.
 */
function guardedNamespaces(goals: Goal[], learnerObjects: KubeObject[]): { namespace: string; level: 'baseline' | 'restricted' }[] {
  const out: { namespace: string; level: 'baseline' | 'restricted' }[] = [];
  for (const ns of learnerObjects) {
    const labels = ns.kind === 'Namespace' ? (ns.metadata?.labels ?? {}) : {};
    if (!Object.keys(labels).some((k) => k.startsWith('pod-security.kubernetes.io/'))) continue;
    const name = String(ns.metadata.name);
    const levels = goals.flatMap((g) =>
      g.kind === 'podSecurity' && g.expect === 'pass' && g.podSecurity.target.split('/').at(-2) === name ? [g.podSecurity.level] : [],
    );
    const enforce = labels['pod-security.kubernetes.io/enforce'];
    const level = levels.includes('restricted')
      ? 'restricted'
      : levels.includes('baseline')
        ? 'baseline'
        : enforce === 'restricted' || enforce === 'baseline'
          ? enforce
          : undefined;
    if (level) out.push({ namespace: name, level });
  }
  return out;
}

/** Namespaces where the learner's admission policies or webhooks look at images. */
function imageGuardedNamespaces(learnerObjects: KubeObject[], cluster: Cluster): string[] {
  const guards = learnerObjects.some((o) => o.kind === 'ValidatingAdmissionPolicy' && JSON.stringify(o.spec ?? {}).includes('.image'));
  if (!guards) return [];
  const used = [...cluster.pods.values()].map((p) => p.namespace).filter((n) => n !== 'kube-system');
  return [...new Set(used.length ? used : ['default'])].slice(0, 1);
}

/**
 * Does a NetworkPolicy select the target for this direction? (policyTypes default: Ingress, plus
 * Egress when the spec has egress rules; docs/concepts/services-networking/network-policies.) Where
 * nothing isolates it, the exercise is not about confining it, and a witness would be noise.
 */
function isolated(cluster: Cluster, intent: GoalIntent): boolean {
  const [ns, name] = intent.target.split('/');
  const pods = [...cluster.pods.values()].filter((p) => p.namespace === ns && (p.name === name || p.owner?.name === name));
  return (cluster.byKind.get('NetworkPolicy') ?? []).some((policy) => {
    if ((policy.metadata.namespace ?? 'default') !== ns) return false;
    const spec = (policy.spec ?? {}) as { podSelector?: unknown; policyTypes?: unknown; egress?: unknown };
    const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : ['Ingress', ...(spec.egress ? ['Egress'] : [])];
    return types.includes(intent.direction === 'ingress' ? 'Ingress' : 'Egress') && pods.some((p) => labelSelectorMatches(spec.podSelector, p.labels));
  });
}

export interface CounterexampleInput {
  goals: Goal[];
  cluster: Cluster;
  /** Objects of the learner's editable files (not the world). */
  learnerObjects: KubeObject[];
  /** The Audit Policy in play, if any. */
  auditPolicy?: unknown;
}

/**
 * Witnesses that the learner's world allows more than the exercise's goals intend, at most one
 * per intent, smallest first. Pure; every search is bounded (see lib/sim/counterexample).
 */
export function findCounterexamples(input: CounterexampleInput): Counterexample[] {
  const { goals, cluster, learnerObjects } = input;
  const podUser = (ref: string) => podIdentity(ref, cluster);
  const out: Counterexample[] = [];
  for (const { intent, goalIds } of trafficIntents(goals).filter(({ intent }) => isolated(cluster, intent))) {
    const found = findTrafficCounterexample(cluster, intent);
    if (found)
      out.push({
        kind: 'traffic',
        goalIds,
        direction: intent.direction,
        target: intent.target,
        from: found.from,
        to: found.to,
        port: found.port,
        protocol: found.protocol,
        objects: found.objects,
      });
  }
  out.push(...rbacCounterexamples(goals, cluster, podUser));
  for (const { namespace, level } of guardedNamespaces(goals, learnerObjects)) {
    const found = findPodSecurityCounterexample(cluster, namespace, level);
    if (found) out.push({ kind: 'podSecurity', goalIds: [], namespace, level, breaks: found.breaks, objects: [found.object] });
  }
  for (const namespace of imageGuardedNamespaces(learnerObjects, cluster)) {
    const found = findImageCounterexample(cluster, namespace);
    if (found) out.push({ kind: 'image', goalIds: [], namespace, breaks: found.breaks, objects: [found.object] });
  }
  if (input.auditPolicy) {
    for (const g of goals) {
      if (g.kind !== 'audit' || g.expect.level === 'None') continue;
      const q = g.audit.request;
      const found = findAuditCounterexample(input.auditPolicy, accessRequestOf({ ...q, as: q.as ?? q.user ?? '' }), g.expect.level);
      const attrs = found?.request.resourceAttributes;
      if (found && attrs)
        out.push({
          kind: 'audit',
          goalIds: [g.id],
          verb: attrs.verb,
          resource: attrs.resource,
          namespace: attrs.namespace || undefined,
          user: found.request.user,
          level: found.decision.level,
          expected: found.expected,
        });
    }
  }
  return out;
}
