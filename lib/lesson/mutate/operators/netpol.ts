/**
 * NetworkPolicy weakening operators. Policies are additive allow-lists
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/): a rule without
 * `from`/`to` admits every peer, a rule without `ports` every port; a peer with both
 * namespaceSelector and podSelector is their intersection, two peers their union
 * (#behavior-of-to-and-from-selectors); an empty selector selects everything; a policy type
 * dropped (or a policy deleted) leaves the pods unisolated in that direction; a rule from
 * 0.0.0.0/0 except the pod network lets every address outside the cluster in.
 */
import type { MutationSpec } from '../types';
import type { WorkDoc } from '../workspace';
import { asArray, asObj, isObj, kindOf, str } from '../objects';
import { del, set, spec, type Operator } from './context';

type Direction = { list: 'ingress' | 'egress'; peers: 'from' | 'to' };
const DIRECTIONS: Direction[] = [
  { list: 'ingress', peers: 'from' },
  { list: 'egress', peers: 'to' },
];

function nonEmptySelector(value: unknown): boolean {
  const selector = asObj(value);
  return Object.keys(asObj(selector.matchLabels)).length > 0 || asArray(selector.matchExpressions).length > 0;
}

function peerMutants(doc: WorkDoc, d: Direction, i: number, peers: unknown[], j: number): MutationSpec[] {
  const peer = asObj(peers[j]);
  const at = ['spec', d.list, i, d.peers, j];
  const out: MutationSpec[] = [];
  if (isObj(peer.namespaceSelector) && isObj(peer.podSelector)) {
    out.push(
      spec('netpol.split-and-peer', doc, at, `${d.list}[${i}].${d.peers}[${j}]: namespaceSelector AND podSelector split into two peers (OR)`, [
        set(
          doc,
          ['spec', d.list, i, d.peers],
          [...peers.slice(0, j), { namespaceSelector: peer.namespaceSelector }, { podSelector: peer.podSelector }, ...peers.slice(j + 1)],
        ),
      ]),
    );
  }
  for (const key of ['podSelector', 'namespaceSelector'] as const) {
    if (nonEmptySelector(peer[key]))
      out.push(
        spec(
          `netpol.empty-${key === 'podSelector' ? 'pod' : 'namespace'}-selector`,
          doc,
          at,
          `${d.list}[${i}].${d.peers}[${j}].${key} → {} (every ${key === 'podSelector' ? 'pod' : 'namespace'})`,
          [set(doc, [...at, key], {})],
        ),
      );
  }
  const block = asObj(peer.ipBlock);
  const cidr = str(block.cidr);
  if (cidr) {
    const everything = cidr.includes(':') ? '::/0' : '0.0.0.0/0';
    if (cidr !== everything)
      out.push(
        spec('netpol.widen-ipblock', doc, at, `${d.list}[${i}].${d.peers}[${j}].ipBlock.cidr ${cidr} → ${everything}`, [
          set(doc, [...at, 'ipBlock', 'cidr'], everything),
        ]),
      );
    if (asArray(block.except).length > 0)
      out.push(
        spec('netpol.drop-ipblock-except', doc, at, `${d.list}[${i}].${d.peers}[${j}].ipBlock.except removed`, [del(doc, [...at, 'ipBlock', 'except'])]),
      );
  }
  return out;
}

function ruleMutants(doc: WorkDoc, d: Direction, rule: Record<string, unknown>, i: number): MutationSpec[] {
  const at = ['spec', d.list, i];
  const out: MutationSpec[] = [];
  const peers = asArray(rule[d.peers]);
  if (peers.length > 0) out.push(spec(`netpol.drop-${d.peers}`, doc, at, `${d.list}[${i}].${d.peers} removed (every peer)`, [del(doc, [...at, d.peers])]));
  if (asArray(rule.ports).length > 0) out.push(spec('netpol.drop-ports', doc, at, `${d.list}[${i}].ports removed (every port)`, [del(doc, [...at, 'ports'])]));
  peers.forEach((_, j) => out.push(...peerMutants(doc, d, i, peers, j)));
  return out;
}

const policyMutants: Operator = (doc) => {
  if (kindOf(doc.value) !== 'NetworkPolicy') return [];
  const specObj = asObj(asObj(doc.value).spec);
  const out: MutationSpec[] = [spec('netpol.delete-policy', doc, [], 'policy deleted', [{ op: 'deleteDoc', doc: doc.ref }])];
  for (const d of DIRECTIONS) asArray(specObj[d.list]).forEach((rule, i) => out.push(...ruleMutants(doc, d, asObj(rule), i)));
  // A rule for every address outside the pod network: in-cluster traffic is unchanged, the internet gets in.
  const ingress = asArray(specObj.ingress);
  if (ingress.length > 0 && !ingress.some((rule) => asArray(asObj(rule).from).some((peer) => isObj(asObj(peer).ipBlock))))
    out.push(
      spec('netpol.add-outside-rule', doc, ['spec', 'ingress'], 'ingress rule added from 0.0.0.0/0 except 10.0.0.0/8 (every address outside the cluster)', [
        set(doc, ['spec', 'ingress'], [...ingress, { from: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }]),
      ]),
    );
  const types = asArray(specObj.policyTypes);
  if (types.length > 1) {
    types.forEach((type, i) =>
      out.push(
        spec('netpol.drop-policy-type', doc, ['spec', 'policyTypes', String(type)], `policyTypes: ${String(type)} removed`, [
          del(doc, ['spec', 'policyTypes', i]),
        ]),
      ),
    );
  }
  return out;
};

export const NETPOL_OPERATORS: Operator[] = [policyMutants];
