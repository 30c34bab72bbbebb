// evaluateTraffic: may this connection be opened, and why.
import { english } from '../messages/english';
import type { Cluster, Protocol, Traffic } from '../types';
import { createCluster } from '../cluster';
import { isRecord } from '../cluster/objectUtils';
import { netpolIndex, type NetpolIndex } from './netpolIndex';
import { networkMemo } from './networkMemo';
import { contentKey } from '../support/contentKey';
import { probeEnd, resolveEndpoint, type Concrete } from './resolveEndpoint';
import { planProbes, type Probe } from './planProbes';
import { evaluatePair, type DirectionOutcome, type PairOutcome } from './evaluatePair';
import { explainPair } from './explainDirection';
import { podClasses } from './podClasses';
import { describeTraffic } from './describeTraffic';
import { problemVerdict } from './problemVerdict';
import type { EndpointRef, NetpolTrafficVerdict, PairResult, TrafficProblem } from './types';

const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];
/** Pairs listed in a verdict at most (counts stay exact). */
const MAX_LISTED_PAIRS = 100;

/**
 * Decides whether a new connection `from` → `to` on `port`/`protocol` is allowed by the
 * NetworkPolicies of the cluster, exactly as semantics/networkpolicy.md states (upstream:
 * networking/v1 types.go; docs concepts/services-networking/network-policies): the source
 * pod's egress AND the destination pod's ingress must allow it. Endpoints: `"ns/pod"`,
 * `"ns/workload"` (all its pods), `{ip}`, `{node}`, `{service: "ns/name"}` (its ready
 * backends on their target ports). When an endpoint stands for several pods the verdict is
 * allowed only if EVERY pair is, with the per-pair detail in `pairs`. Never throws.
 */
export function evaluateTraffic(cluster: Cluster, traffic: Traffic): NetpolTrafficVerdict {
  try {
    if (!isClusterLike(cluster)) return evaluateChecked(createCluster([]), traffic);
    // The same question on the same network has the same answer (networkMemo.ts).
    const key = contentKey(traffic);
    const memo = networkMemo<NetpolTrafficVerdict>(cluster, 'evaluateTraffic');
    const known = key === undefined ? undefined : memo.get(key);
    if (known) return known;
    const verdict = evaluateChecked(cluster, traffic);
    if (key !== undefined) memo.set(key, verdict);
    return verdict;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return problemVerdict(unknownRef('?'), unknownRef('?'), 0, 'TCP', { code: 'bad-endpoint', subject: `internal error: ${detail}` });
  }
}

function isClusterLike(value: unknown): value is Cluster {
  return isRecord(value) && value.pods instanceof Map && value.nodes instanceof Map && value.namespaces instanceof Map && value.byKind instanceof Map;
}

function unknownRef(name: string): EndpointRef {
  return { kind: 'unknown', name };
}

/** A question resolved to concrete probes, or the problem verdict that answers it. */
type Planned =
  | { ok: true; index: NetpolIndex; from: EndpointRef; to: EndpointRef; asked: number | string; protocol: Protocol; probes: Probe[] }
  | { ok: false; verdict: () => NetpolTrafficVerdict };

function planned(cluster: Cluster, traffic: Traffic): Planned {
  const t: Partial<Traffic> = isRecord(traffic) ? traffic : {};
  const index = netpolIndex(cluster);
  const from = resolveEndpoint(index, t.from);
  const to = resolveEndpoint(index, t.to);
  const port = normalizePort(t.port);
  const asked =
    typeof t.port === 'number' || typeof t.port === 'string' ? t.port : typeof t.port === 'object' && t.port !== null ? '(a mapping)' : String(t.port);
  const protocol =
    t.protocol === undefined
      ? undefined
      : typeof t.protocol === 'string'
        ? t.protocol
        : typeof t.protocol === 'object' && t.protocol !== null
          ? '(a mapping)'
          : String(t.protocol);
  const shownProtocol = (protocol !== undefined && PROTOCOLS.includes(protocol) ? protocol : 'TCP') as Protocol;
  const fail = (problem: TrafficProblem): Planned => ({ ok: false, verdict: () => problemVerdict(from.ref, to.ref, asked, shownProtocol, problem) });
  if (!from.ok) return fail(from.problem);
  if (!to.ok) return fail(to.problem);
  if (from.service) return fail({ code: 'service-as-source', subject: from.ref.name });
  if (protocol !== undefined && !PROTOCOLS.includes(protocol)) return fail({ code: 'unsupported-protocol', subject: protocol });
  if (port === undefined) return fail({ code: 'bad-port', subject: String(asked) });
  const plan = planProbes(index, from.endpoints, to.endpoints, to.service, port, protocol as Protocol | undefined);
  if (!plan.ok) return { ok: false, verdict: () => problemVerdict(from.ref, to.ref, asked, plan.protocol, plan.problem) };
  return { ok: true, index, from: from.ref, to: to.ref, asked, protocol: plan.protocol, probes: plan.probes };
}

function evaluateChecked(cluster: Cluster, traffic: Traffic): NetpolTrafficVerdict {
  const plan = planned(cluster, traffic);
  return plan.ok ? decide(plan.index, plan.from, plan.to, plan.asked, plan.protocol, plan.probes) : plan.verdict();
}

/** The decided directions of a traffic question, without its explanation (see trafficDecision). */
export interface TrafficDecision {
  allowed: boolean;
  egress: Pick<DirectionOutcome, 'allowedBy' | 'isolated'>;
  ingress: Pick<DirectionOutcome, 'allowedBy' | 'isolated'>;
}

/**
 * The decision evaluateTraffic would return (`allowed`, and `allowedBy`/`isolated` of each
 * direction of the pair it explains), without building the explanation and its words: for
 * callers that ask many questions and read only the decision (attack paths). Never throws.
 */
export function trafficDecision(cluster: Cluster, traffic: Traffic): TrafficDecision {
  try {
    const plan = planned(isClusterLike(cluster) ? cluster : createCluster([]), traffic);
    if (!plan.ok) {
      const verdict = plan.verdict();
      return { allowed: verdict.allowed, egress: verdict.egress, ingress: verdict.ingress };
    }
    const { outcomes, detailed } = chosenOutcome(plan.index, plan.probes, plan.protocol);
    return { allowed: outcomes.every((o) => o.allowed), egress: detailed.egress, ingress: detailed.ingress };
  } catch {
    return { allowed: false, egress: { allowedBy: [], isolated: false }, ingress: { allowedBy: [], isolated: false } };
  }
}

/** A port number 1-65535 (numeric strings too), a port name, or undefined. */
function normalizePort(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 65535 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return normalizePort(Number(text));
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(text) && text.length <= 63 ? text : undefined;
}

function decide(
  index: NetpolIndex,
  fromRef: EndpointRef,
  toRef: EndpointRef,
  asked: number | string,
  protocol: Protocol,
  probes: Probe[],
): NetpolTrafficVerdict {
  const { outcomes, deniedAt, probe, detailed } = chosenOutcome(index, probes, protocol);
  const directions = explainPair(index, probe.src, probe.dst, detailed);
  const ports = new Set(probes.map((p) => p.port));
  const verdict: NetpolTrafficVerdict = {
    allowed: deniedAt < 0,
    code: 'evaluated',
    from: fromRef,
    to: toRef,
    port: asked,
    ...(ports.size === 1 ? { targetPort: probe.port } : {}),
    protocol,
    ...directions,
    reason: '',
  };
  if (probes.length > 1) {
    verdict.aggregate = { pairs: probes.length, allowed: outcomes.filter((o) => o.allowed).length };
    verdict.pairs = listPairs(probes, outcomes);
  }
  verdict.reason = english(describeTraffic(verdict));
  return verdict;
}

/**
 * Every probe decided, and the one the verdict explains (the first denied, else the first)
 * with every rule that allows it. A single probe is evaluated once.
 */
function chosenOutcome(
  index: NetpolIndex,
  probes: Probe[],
  protocol: Protocol,
): { outcomes: PairOutcome[]; deniedAt: number; probe: Probe; detailed: PairOutcome } {
  const outcomes = probes.length === 1 ? [evaluatePair(index, probes[0].src, probes[0].dst, probes[0].port, protocol)] : evaluateMany(index, probes, protocol);
  const deniedAt = outcomes.findIndex((o) => !o.allowed);
  const chosen = deniedAt >= 0 ? deniedAt : 0;
  const probe = probes[chosen];
  const detailed = probes.length === 1 ? outcomes[0] : evaluatePair(index, probe.src, probe.dst, probe.port, protocol);
  return { outcomes, deniedAt, probe, detailed };
}

/** Evaluates many probes, once per (source class, destination class, port). */
function evaluateMany(index: NetpolIndex, probes: Probe[], protocol: Protocol): PairOutcome[] {
  const classes = podClasses(index);
  const memo = new Map<string, PairOutcome>();
  return probes.map((probe) => {
    const same = 'pod' in probe.src && 'pod' in probe.dst && probe.src.pod === probe.dst.pod;
    const key = same ? undefined : `${endKey(classes.classOf, probe.src)}|${endKey(classes.classOf, probe.dst)}|${probe.port}`;
    const cached = key === undefined ? undefined : memo.get(key);
    if (cached) return cached;
    const outcome = evaluatePair(index, probe.src, probe.dst, probe.port, protocol, true);
    if (key !== undefined) memo.set(key, outcome);
    return outcome;
  });
}

function endKey(classOf: Map<string, number>, end: Concrete): string {
  switch (end.kind) {
    case 'pod':
      return `p${classOf.get(`${end.pod.namespace}/${end.pod.name}`) ?? `?${end.pod.namespace}/${end.pod.name}`}`;
    case 'host-pod':
      return `h${end.pod.namespace}/${end.pod.name}`;
    case 'node':
      return `n${end.node.name}`;
    case 'external':
      return `i${end.ip}`;
  }
}

function listPairs(probes: Probe[], outcomes: PairOutcome[]): PairResult[] {
  const order = outcomes.map((o, i) => i).sort((a, b) => Number(outcomes[a].allowed) - Number(outcomes[b].allowed) || a - b);
  return order.slice(0, MAX_LISTED_PAIRS).map((i) => ({
    from: probeEnd(probes[i].src),
    to: probeEnd(probes[i].dst),
    port: probes[i].port,
    allowed: outcomes[i].allowed,
    egress: outcomes[i].egress.code,
    ingress: outcomes[i].ingress.code,
  }));
}
