// "Try to break it" for NetworkPolicies: a concrete new pod (or outside address) that the
// learner's policies let through although the brief names other peers only. Candidates are
// built from the boundaries of the selectors in play (semantics/networkpolicy.md §3-§5):
// no labels, the labels a podSelector asks for but in another namespace, a namespace carrying
// the labels a namespaceSelector asks for, and addresses inside an ipBlock but outside its except.
import { createCluster } from '../cluster';
import { asArray, asRecord, asString, isRecord } from '../cluster/objectUtils';
import { evaluateTraffic } from '../netpol';
import { trafficDecision } from '../netpol/evaluateTraffic';
import { podsNamed, resolvePods } from '../attack/nodes';
import { refText } from '../objectRef';
import type { Cluster, KubeObject, ObjectRef, PodInfo, Protocol, TrafficVerdict } from '../types';

export interface TrafficCounterexample {
  /** What to add to the world to see it: a Namespace when it is new, and the Pod (none for an address). */
  objects: KubeObject[];
  /** The new peer: `ns/name` of the pod, or `{ ip }`. */
  peer: string | { ip: string };
  /** The traffic that is allowed. */
  from: string | { ip: string };
  to: string | { ip: string };
  port: number | string;
  protocol: Protocol;
  verdict: TrafficVerdict;
}

export interface TrafficIntent {
  /** `ingress`: who may reach `target`; `egress`: where `target` may go. */
  direction: 'ingress' | 'egress';
  /** The pod or workload the brief protects or confines: `ns/name` as a goal writes it, or a typed reference. */
  target: string | ObjectRef;
  port: number | string;
  protocol?: Protocol;
  /**
   * Peers the brief allows: `ns/name` of pods or workloads (or the typed reference), `namespace:ns`
   * for a whole namespace, `internet` for any outside address, or `{ ip }`.
   */
  intended: (string | { ip: string } | ObjectRef)[];
}

/** The pods of a goal's `ns/name` (read once here), or of a typed reference: the pod, else the workload's pods. */
function podsOf(cluster: Cluster, target: string | ObjectRef): PodInfo[] {
  return typeof target === 'string' ? podsNamed(cluster, target) : resolvePods(cluster, target);
}

/** Labels the controllers add; a pod that carries a workload's own labels is that workload for the network. */
const GENERATED =
  /^(pod-template-hash|controller-revision-hash|statefulset\.kubernetes\.io\/pod-name|apps\.kubernetes\.io\/pod-index|job-name|controller-uid|batch\.kubernetes\.io\/.*)$/;

type Labels = Record<string, string>;

function satisfy(selector: unknown): Labels | undefined {
  if (!isRecord(selector)) return undefined;
  const labels: Labels = {};
  for (const [k, v] of Object.entries(asRecord(selector.matchLabels))) if (typeof v === 'string') labels[k] = v;
  for (const e of asArray(selector.matchExpressions)) {
    const key = asString(asRecord(e).key);
    const op = asRecord(e).operator;
    const values = asArray(asRecord(e).values).filter((x): x is string => typeof x === 'string');
    if (!key) continue;
    if (op === 'In' && values[0] !== undefined) labels[key] = values[0];
    else if (op === 'Exists') labels[key] = 'x';
    else if (op === 'NotIn') labels[key] = `not-${values[0] ?? 'x'}`.slice(0, 63);
  }
  return labels;
}

interface Boundaries {
  podLabels: Labels[];
  namespaceLabels: Labels[];
  cidrs: { cidr: string; except: string[] }[];
}

/** Selectors and ipBlocks of every rule that could let traffic through in this direction. */
function boundaries(cluster: Cluster): Boundaries {
  const out: Boundaries = { podLabels: [{}], namespaceLabels: [], cidrs: [] };
  for (const policy of cluster.byKind.get('NetworkPolicy') ?? []) {
    const spec = asRecord(policy.spec);
    for (const rule of [...asArray(spec.ingress), ...asArray(spec.egress)]) {
      for (const peer of [...asArray(asRecord(rule).from), ...asArray(asRecord(rule).to)]) {
        const p = asRecord(peer);
        const pod = satisfy(p.podSelector);
        const ns = satisfy(p.namespaceSelector);
        if (pod) out.podLabels.push(pod);
        if (ns) out.namespaceLabels.push(ns);
        const block = asRecord(p.ipBlock);
        if (typeof block.cidr === 'string')
          out.cidrs.push({ cidr: block.cidr, except: asArray(block.except).filter((x): x is string => typeof x === 'string') });
      }
    }
  }
  return out;
}

const key = (l: Labels) => JSON.stringify(Object.entries(l).sort());

function uniqueLabels(list: Labels[]): Labels[] {
  const seen = new Set<string>();
  return list.filter((l) => (seen.has(key(l)) ? false : (seen.add(key(l)), true)));
}

interface Candidate {
  namespace: string;
  newNamespace?: Labels;
  labels: Labels;
  cost: number;
}

function candidates(cluster: Cluster, b: Boundaries): Candidate[] {
  const pods = uniqueLabels(b.podLabels);
  const out: Candidate[] = [];
  for (const ns of [...cluster.namespaces.keys()].sort()) {
    for (const labels of pods) out.push({ namespace: ns, labels, cost: Object.keys(labels).length });
  }
  const newNamespaces = uniqueLabels([{}, ...b.namespaceLabels]);
  newNamespaces.forEach((nsLabels, i) => {
    for (const labels of pods)
      out.push({ namespace: `probe-${i + 1}`, newNamespace: nsLabels, labels, cost: 1 + Object.keys(nsLabels).length + Object.keys(labels).length });
  });
  return out.sort((a, c) => a.cost - c.cost).slice(0, 200);
}

function podObject(c: Candidate, index: number, port: number | string, protocol: Protocol): KubeObject {
  const ports = typeof port === 'number' ? [{ containerPort: port, protocol }] : [];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `probe-${index}`, namespace: c.namespace, labels: c.labels },
    spec: { containers: [{ name: 'probe', image: 'busybox:1.36', ...(ports.length ? { ports } : {}) }] },
  };
}

function namespaceObject(name: string, labels: Labels): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

/** Is this (namespace, labels) one of the peers the brief allows? */
function isIntended(cluster: Cluster, intent: TrafficIntent, namespace: string, labels: Labels): boolean {
  return intent.intended.some((peer) => {
    if (typeof peer !== 'string' && !('namespace' in peer)) return false;
    if (typeof peer === 'string' && peer.startsWith('namespace:')) return peer.slice('namespace:'.length) === namespace;
    return podsOf(cluster, peer).some((p) => p.namespace === namespace && Object.entries(p.labels).every(([k, v]) => GENERATED.test(k) || labels[k] === v));
  });
}

/** Addresses inside each ipBlock but outside its excepts (the first and last usable ones). */
function addressCandidates(b: Boundaries): string[] {
  const out = new Set<string>(['203.0.113.10']);
  for (const { cidr, except } of b.cidrs) {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
    if (!m) continue;
    const base = ((+m[1] << 24) | (+m[2] << 16) | (+m[3] << 8) | +m[4]) >>> 0;
    const size = 2 ** (32 - Math.min(32, +m[5]));
    for (const offset of [1, size - 2, Math.floor(size / 2) + 1]) {
      if (offset < 0 || offset >= size) continue;
      const ip = base + offset;
      const text = [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
      if (!except.includes(`${text}/32`)) out.add(text);
    }
  }
  return [...out];
}

/**
 * The smallest peer the policies let through that the brief does not allow: an existing pod
 * first, then a new pod (in an existing or a new namespace), then an outside address. Pure;
 * builds one extra cluster holding every candidate (verdicts are per pair, so they do not
 * interfere). Undefined when every boundary candidate is refused.
 */
export function findTrafficCounterexample(cluster: Cluster, intent: TrafficIntent): TrafficCounterexample | undefined {
  const protocol = intent.protocol ?? 'TCP';
  const targets = podsOf(cluster, intent.target);
  if (targets.length === 0) return undefined;
  const targetRef = { namespace: targets[0].namespace, name: targets[0].name };
  const target = refText(targetRef);
  // Asked with typed ends ({ pod: ObjectRef }); `peer`, `from` and `to` are the words shown.
  // Each candidate is decided without words (trafficDecision: the same `allowed` as
  // evaluateTraffic); only the one found is explained. A refused candidate costs no sentence.
  const ask = (c: Cluster, peer: string | { ip: string }, peerRef?: ObjectRef) => {
    const traffic = intent.direction === 'ingress' ? { from: peer, to: target } : { from: target, to: peer };
    const end = peerRef ? { pod: peerRef } : (peer as { ip: string });
    const asked = intent.direction === 'ingress' ? { from: end, to: { pod: targetRef } } : { from: { pod: targetRef }, to: end };
    const question = { ...asked, port: intent.port, protocol };
    if (!trafficDecision(c, question).allowed) return undefined;
    return { ...traffic, verdict: evaluateTraffic(c, question) };
  };
  for (const pod of [...cluster.pods.values()].sort((a, c) => Object.keys(a.labels).length - Object.keys(c.labels).length)) {
    if (targets.includes(pod) || isIntended(cluster, intent, pod.namespace, pod.labels)) continue;
    const ref = { namespace: pod.namespace, name: pod.name };
    const peer = refText(ref);
    const asked = ask(cluster, peer, ref);
    if (asked?.verdict.allowed) return { objects: [], peer, port: intent.port, protocol, ...asked };
  }
  const b = boundaries(cluster);
  const list = candidates(cluster, b).filter((c) => !isIntended(cluster, intent, c.namespace, c.labels));
  const added = list.map((c, i) => podObject(c, i + 1, intent.direction === 'egress' ? intent.port : 80, protocol));
  const namespaces = new Map<string, KubeObject>();
  list.forEach((c) => {
    if (c.newNamespace) namespaces.set(c.namespace, namespaceObject(c.namespace, c.newNamespace));
  });
  const probe = createCluster([...cluster.declared, ...namespaces.values(), ...added]);
  for (let i = 0; i < list.length; i++) {
    const ref = { namespace: list[i].namespace, name: `probe-${i + 1}` };
    const asked = ask(probe, refText(ref), ref);
    if (asked?.verdict.allowed) {
      const ns = namespaces.get(list[i].namespace);
      const pod = { ...added[i], metadata: { ...added[i].metadata, name: 'probe' } };
      return {
        objects: ns ? [ns, pod] : [pod],
        peer: `${list[i].namespace}/probe`,
        port: intent.port,
        protocol,
        ...asked,
        ...(intent.direction === 'ingress' ? { from: `${list[i].namespace}/probe` } : { to: `${list[i].namespace}/probe` }),
      };
    }
  }
  if (intent.intended.includes('internet')) return undefined;
  for (const ip of addressCandidates(b)) {
    if (intent.intended.some((p) => typeof p !== 'string' && 'ip' in p && p.ip === ip)) continue;
    const asked = ask(cluster, { ip });
    if (asked?.verdict.allowed) return { objects: [], peer: { ip }, port: intent.port, protocol, ...asked };
  }
  return undefined;
}
