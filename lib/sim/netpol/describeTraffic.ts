// A whole traffic verdict as a message (words: lib/i18n/messages/<lang>/netpol.ts).
import { msg, verbatim, type Message } from '../messages';
import type { TrafficVerdict } from '../types';
import { NETPOL_MESSAGES } from './messages';
import { describeDirection } from './describeDirection';
import { refText } from '../objectRef';
import type { EndpointRef, NetpolTrafficVerdict, ProbeEnd, TrafficProblem } from './types';

export { describeDirection } from './describeDirection';

function endpointText(ref: EndpointRef): string | Message {
  switch (ref.kind) {
    case 'service':
      return `Service ${ref.name}${ref.ip ? ` (${ref.ip})` : ''}`;
    case 'workload':
      return msg('netpol.workloadPods', { workloadKind: ref.workloadKind ?? '', name: ref.name });
    case 'node':
      return msg('netpol.node', { name: ref.name });
    default:
      return ref.name;
  }
}

function portText(v: NetpolTrafficVerdict): string {
  const target = v.targetPort ?? (typeof v.port === 'number' ? v.port : undefined);
  if (v.to.kind === 'service') return `${v.protocol} ${v.port}${target !== undefined && target !== v.port ? ` → ${target}` : ''}`;
  if (typeof v.port === 'string') return `${v.protocol} ${target ?? '?'} (${v.port})`;
  return `${v.protocol} ${v.port}`;
}

/**
 * Explains a NetworkPolicy traffic verdict (semantics/networkpolicy.md §6): the decision,
 * then each direction — which policies isolate the pod and which rules allowed it, or what
 * rule would have to be added. Works on any TrafficVerdict; NetpolTrafficVerdicts get the
 * full explanation.
 */
export function describeTraffic(verdict: TrafficVerdict): Message {
  if (!isNetpolVerdict(verdict)) return verbatim(verdict.reason);
  let described = descriptions.get(verdict);
  if (!described) descriptions.set(verdict, (described = describeNetpol(verdict)));
  return described;
}

/**
 * The explanation of each verdict, made once: evaluateTraffic renders it into `reason`, the
 * lesson's goal shows it, and a verdict kept for the network (networkMemo) is explained again
 * on the next keystroke. It reads every field but `reason`, and verdicts are never changed
 * after they are returned.
 */
const descriptions = new WeakMap<NetpolTrafficVerdict, Message>();

function describeNetpol(verdict: NetpolTrafficVerdict): Message {
  const ends = { allowed: verdict.allowed, from: endpointText(verdict.from), to: endpointText(verdict.to) };
  if (verdict.problem !== undefined) return msg('netpol.traffic.problem', { ...ends, problem: describeProblem(verdict.problem) });
  return msg('netpol.traffic', {
    ...ends,
    port: portText(verdict),
    aggregate: verdict.aggregate ? describeAggregate(verdict) : undefined,
    egress: describeDirection(verdict.egress),
    ingress: describeDirection(verdict.ingress),
  });
}

function isNetpolVerdict(v: TrafficVerdict): v is NetpolTrafficVerdict {
  const candidate = v as Partial<NetpolTrafficVerdict>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.from === 'object' &&
    typeof candidate.to === 'object' &&
    typeof candidate.egress?.subject === 'string' &&
    typeof candidate.ingress?.subject === 'string'
  );
}

/** A pair's end in words: `x/a`, the node's name, or the address. */
function pairEndText(end: ProbeEnd): string {
  return 'pod' in end ? refText(end.pod) : end.kind === 'node' ? end.node : end.ip;
}

function describeAggregate(v: NetpolTrafficVerdict): Message {
  const a = v.aggregate ?? { pairs: 0, allowed: 0 };
  const first = v.pairs?.find((p) => !p.allowed) ?? v.pairs?.[0];
  const which = first ? `${pairEndText(first.from)} → ${pairEndText(first.to)} ${v.protocol} ${first.port}` : '';
  return msg('netpol.aggregate', { allowed: a.allowed, pairs: a.pairs, anyDenied: !v.allowed, first: which });
}

const PROBLEMS = new Set<string>(
  Object.keys(NETPOL_MESSAGES)
    .filter((code) => code.startsWith('netpol.problem.'))
    .map((code) => code.slice('netpol.problem.'.length)),
);

/** A question that could not be evaluated, as a message. */
export function describeProblem(problem: TrafficProblem): Message {
  if (!PROBLEMS.has(problem.code)) return verbatim(problem.code);
  return msg(`netpol.problem.${problem.code}`, { subject: problem.subject, detail: problem.detail });
}
