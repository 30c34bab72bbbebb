// Traffic goals: which policy, rule, peer and port entry matched or missed, what to change, where.
// Peers of a rule are ORed; podSelector + namespaceSelector inside one peer are ANDed; port
// entries are ORed: https://kubernetes.io/docs/concepts/services-networking/network-policies/
import { describeSuggestion, refText, type NetpolDirectionVerdict, type NetpolTrafficVerdict, type RuleCheck } from '../../sim';
import type { GoalContext } from '../goals';
import { msg } from '../messages';
import type { LessonMessage, SourcePointer } from '../types';
import { editableObject, firstEditableFile, isEditable, objectOf, pointTo, preferEditable } from './pointer';
import { peerText, portEntryText } from './words';
import type { Explained } from './types';

interface Step {
  fact: LessonMessage;
  action: LessonMessage;
  source?: SourcePointer;
  /** A fallback place (start of a file), ranked after real causes. */ weak?: boolean;
}

const PEER_FIELD = { ingress: 'from', egress: 'to' } as const;

function ruleOf(ctx: GoalContext, check: RuleCheck, dir: 'ingress' | 'egress'): Record<string, unknown> | undefined {
  const spec = objectOf(ctx, 'NetworkPolicy', check.policy.namespace, check.policy.name)?.spec as Record<string, unknown> | undefined;
  const rules = spec?.[dir];
  return Array.isArray(rules) ? (rules[check.ruleIndex] as Record<string, unknown>) : undefined;
}

function at(ctx: GoalContext, check: RuleCheck, path: string): SourcePointer | undefined {
  return pointTo(ctx, 'NetworkPolicy', check.policy.namespace, check.policy.name, path);
}

function on(v: NetpolTrafficVerdict): string {
  return `${v.protocol} ${v.targetPort ?? v.port}`;
}

/** A denied direction: the nearest rule (one half matched), or where a new rule goes. */
function missStep(ctx: GoalContext, v: NetpolTrafficVerdict, d: NetpolDirectionVerdict): Step {
  const dir = d.direction;
  const field = PEER_FIELD[dir];
  const portHit = d.checked.find((c) => c.peerMatches && !c.portMatches);
  const peerHit = d.checked.find((c) => !c.peerMatches && c.portMatches);
  if (portHit) {
    const n = portHit.ruleIndex + 1;
    return {
      fact: msg('explain.traffic.portMiss', {
        direction: dir,
        number: n,
        policy: refText(portHit.policy),
        peer: d.peer,
        count: portHit.portCount ?? 0,
        on: on(v),
      }),
      action: msg('explain.traffic.addPort', {
        port: String(v.targetPort ?? v.port),
        protocol: v.protocol,
        direction: dir,
        number: n,
        policy: refText(portHit.policy),
      }),
      source: at(ctx, portHit, `spec.${dir}[${portHit.ruleIndex}].ports`),
    };
  }
  if (peerHit) return peerMissStep(ctx, v, d, peerHit, field);
  const s = d.suggestion;
  const editable = d.policies
    .map((policy) => ({ policy, p: at(ctx, { policy, ruleIndex: 0, peerMatches: false, portMatches: false }, `spec.${dir}`) }))
    .find((x) => isEditable(ctx, x.p));
  const fallback = editableObject(ctx, 'NetworkPolicy', s?.namespace)?.pointer ?? firstEditableFile(ctx);
  return {
    fact: msg('explain.traffic.isolated', { subject: d.subject, direction: dir, policies: d.policies.map(refText).join(', '), peer: d.peer }),
    action: s ? msg('explain.noFinalPeriod', { text: describeSuggestion(s) }) : msg('explain.traffic.addRule', { direction: dir, peer: d.peer }),
    source: editable?.p ?? fallback,
    weak: !editable,
  };
}

function peerMissStep(ctx: GoalContext, v: NetpolTrafficVerdict, d: NetpolDirectionVerdict, hit: RuleCheck, field: string): Step {
  const dir = d.direction;
  const n = hit.ruleIndex + 1;
  const peers = ruleOf(ctx, hit, dir)?.[field];
  const list = Array.isArray(peers) ? peers : [];
  const anded = list.findIndex((p) => typeof p === 'object' && p !== null && 'podSelector' in p && 'namespaceSelector' in p);
  const wanted = d.suggestion ? describeSuggestionPeer(d.suggestion.peer) : d.peer;
  return {
    fact: msg('explain.traffic.peerMiss', {
      direction: dir,
      number: n,
      policy: refText(hit.policy),
      on: on(v),
      count: hit.peerCount ?? list.length,
      peer: d.peer,
      anded: anded < 0 ? undefined : msg('explain.traffic.anded', { number: anded + 1, peer: peerText(list[anded]) }),
    }),
    action: msg('explain.traffic.fixPeer', { field, direction: dir, number: n, policy: refText(hit.policy), peer: d.peer, wanted }),
    source: at(ctx, hit, `spec.${dir}[${hit.ruleIndex}].${field}`),
  };
}

function describeSuggestionPeer(peer: NonNullable<NetpolDirectionVerdict['suggestion']>['peer']): string {
  if ('ipBlock' in peer) return `ipBlock: {cidr: ${peer.ipBlock}}`;
  const sel = (m: Record<string, string>) =>
    `{matchLabels: {${Object.entries(m)
      .map(([k, x]) => `${k}: ${x}`)
      .join(', ')}}}`;
  return peer.namespaceSelector
    ? `namespaceSelector: ${sel(peer.namespaceSelector)}, podSelector: ${sel(peer.podSelector)}`
    : `podSelector: ${sel(peer.podSelector)}`;
}

export { describeSuggestionPeer };
export type { Step };

/** A traffic goal's failing verdict: fact (which rule/peer/port), fix and pointer. */
export function explainTraffic(expectAllow: boolean, v: NetpolTrafficVerdict, ctx: GoalContext): Explained {
  const steps = expectAllow ? allowSteps(ctx, v) : blockSteps(ctx, v);
  if (steps.length === 0) return {};
  const rank = (s: Step) => (isEditable(ctx, s.source) ? (s.weak ? 1 : 0) : 2);
  const sorted = [...steps].sort((a, b) => rank(a) - rank(b));
  // A way out elsewhere (isolating another pod) is only offered when no rule of the learner's is the cause.
  const ordered = rank(sorted[0]) === 0 ? sorted.filter((s) => rank(s) === 0) : sorted;
  return {
    detail: msg('explain.traffic.facts', { facts: ordered.map((s) => s.fact) }),
    fix: msg(expectAllow ? 'explain.traffic.allActions' : 'explain.traffic.anyAction', { actions: ordered.map((s) => s.action) }),
    source: preferEditable(
      ctx,
      ordered.map((s) => s.source),
    ),
  };
}

function allowSteps(ctx: GoalContext, v: NetpolTrafficVerdict): Step[] {
  if (v.problem) return [problemStep(ctx, v)];
  return [v.egress, v.ingress].filter((d) => d.code === 'denied').map((d) => missStep(ctx, v, d));
}

function blockSteps(ctx: GoalContext, v: NetpolTrafficVerdict): Step[] {
  return [v.egress, v.ingress].map((d) => openStep(ctx, v, d)).filter((s): s is Step => s !== undefined);
}

/** An allowed direction: the rule, peer and port entry that admitted it, or the missing isolation. */
function openStep(ctx: GoalContext, v: NetpolTrafficVerdict, d: NetpolDirectionVerdict): Step | undefined {
  const dir = d.direction;
  const m = d.matched?.[0];
  if (d.code === 'allowed' && m) {
    const field = PEER_FIELD[dir];
    const rule = ruleOf(ctx, m, dir);
    const peer = m.peerIndex !== undefined && Array.isArray(rule?.[field]) ? (rule[field] as unknown[])[m.peerIndex] : undefined;
    const port = m.portIndex !== undefined && Array.isArray(rule?.ports) ? (rule.ports as unknown[])[m.portIndex] : undefined;
    const others = (d.matched ?? []).slice(1).map((x) => `${refText(x.policy)} #${x.ruleIndex + 1}`);
    return {
      fact: msg('explain.traffic.admits', {
        direction: dir,
        number: m.ruleIndex + 1,
        policy: refText(m.policy),
        peer: d.peer,
        via:
          peer !== undefined ? msg('explain.traffic.viaPeer', { number: m.peerIndex! + 1, peer: peerText(peer) }) : msg('explain.traffic.viaAnyone', { field }),
        port:
          port !== undefined
            ? msg('explain.traffic.onPortEntry', { number: m.portIndex! + 1, entry: portEntryText(port) })
            : msg('explain.traffic.onAnyPort', {}),
        also: others.length ? msg('explain.traffic.alsoAdmitted', { others: others.join(', ') }) : undefined,
      }),
      action: msg('explain.traffic.narrow', { direction: dir, number: m.ruleIndex + 1, policy: refText(m.policy), peer: d.peer }),
      source: at(ctx, m, peer !== undefined ? `spec.${dir}[${m.ruleIndex}].${field}[${m.peerIndex}]` : `spec.${dir}[${m.ruleIndex}]`),
    };
  }
  if (d.code !== 'not-isolated' || !d.pod) return undefined;
  const ns = d.pod.namespace;
  const policy = editableObject(ctx, 'NetworkPolicy', ns);
  const self = dir === 'egress' ? v.from : v.to;
  const pod = self.kind === 'workload' ? `${self.workloadKind ?? ''} ${self.name}`.trim() : refText(d.pod);
  const peerEnd = dir === 'egress' ? v.to : v.from;
  const peer = peerEnd.kind === 'workload' ? `${peerEnd.workloadKind ?? ''} ${peerEnd.name}`.trim() : d.peer;
  const policyType = dir === 'ingress' ? 'Ingress' : 'Egress';
  return {
    fact: msg('explain.traffic.notIsolated', { pod, direction: dir }),
    action: msg('explain.traffic.isolate', { pod, namespace: ns, policyType, peer, on: on(v) }),
    source: policy ? pointTo(ctx, 'NetworkPolicy', policy.namespace, policy.name, 'spec.policyTypes') : firstEditableFile(ctx),
    // Opening a new isolation elsewhere is a way out, not the cause: rank it after the rule that admits.
    weak: true,
  };
}

/** Where the pods of a namespace get their labels, in an editable workload or pod. */
function podLabels(ctx: GoalContext, ns: string): SourcePointer | undefined {
  for (const kind of ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod']) {
    const found = editableObject(ctx, kind, ns);
    if (found) return pointTo(ctx, kind, found.namespace, found.name, kind === 'Pod' ? 'metadata.labels' : 'spec.template.metadata.labels');
  }
  return undefined;
}

const WORKLOADS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'];

function problemStep(ctx: GoalContext, v: NetpolTrafficVerdict): Step {
  const p = v.problem!;
  // `ns/name` means a pod or workload first, a Service only when neither exists.
  const shadowed = [v.from, v.to].find(
    (end) => end.kind === 'service' && end.object && !WORKLOADS.some((k) => objectOf(ctx, k, end.object!.namespace, end.object!.name)),
  );
  if (shadowed && p.code !== 'no-backends') {
    return {
      fact: msg('explain.traffic.shadowed', { name: shadowed.name }),
      action: msg('explain.traffic.writeWorkload', { name: shadowed.name }),
      source: firstEditableFile(ctx, 'Deployment'),
    };
  }
  const service = v.to.kind === 'service' ? v.to.name : undefined;
  const { namespace: ns, name } = (v.to.kind === 'service' ? v.to.object : undefined) ?? { namespace: '', name: '' };
  if (p.code === 'no-backends' && service) {
    return {
      fact: msg('explain.traffic.noBackends', { service }),
      action: msg('explain.traffic.matchSelector', { service }),
      source: preferEditable(
        ctx,
        [pointTo(ctx, 'Service', ns, name, 'spec.selector'), podLabels(ctx, ns), firstEditableFile(ctx)].filter((x) => isEditable(ctx, x)),
      ),
    };
  }
  if (p.code === 'unknown-service-port' && service) {
    return {
      fact: msg('explain.traffic.unknownPort', { service, port: String(p.subject) }),
      action: msg('explain.traffic.addServicePort', { service, port: String(p.subject) }),
      source: preferEditable(
        ctx,
        [pointTo(ctx, 'Service', ns, name, 'spec.ports'), firstEditableFile(ctx, 'Service')].filter((x) => isEditable(ctx, x)),
      ),
    };
  }
  return {
    fact: msg('explain.traffic.unknown', { subject: String(p.subject) }),
    action: msg('explain.traffic.checkNames', {}),
    source: firstEditableFile(ctx, 'Deployment'),
  };
}
