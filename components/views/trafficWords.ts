import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import type { ObjectRef } from '@/lib/sim';
import type { MatrixCell, TrafficNode, TrafficQuery } from './trafficModel';
import { partialOf } from './partialReach';

/** `TCP 5432`, `TCP 8080 (http)`, or `every declared port`, for captions. */
export function queryProbeText(query: TrafficQuery, lang: Lang): string {
  if (query.port === undefined || query.port === '') return `${query.protocol ? `${query.protocol}, ` : ''}${tv(lang, 'everyPort')}`;
  return `${query.protocol ?? (typeof query.port === 'number' || /^\d+$/.test(String(query.port)) ? 'TCP' : '')} ${query.port}`.trim();
}

/** The ports a cell was probed on, each with its outcome when there are several. */
export function cellProbeText(cell: MatrixCell, query: TrafficQuery, lang: Lang): string {
  if (cell.probes.length === 0) return queryProbeText(query, lang);
  const named = typeof query.port === 'string' && !/^\d+$/.test(query.port) ? ` (${query.port})` : '';
  if (cell.probes.length === 1) return `${cell.probes[0].protocol} ${cell.probes[0].port}${named}`;
  return cell.probes.map((p) => `${p.protocol} ${p.port} ${tv(lang, p.allowed ? 'allowed' : 'denied')}`).join(', ');
}

/** `ns/name` in words (built from a typed reference, never read back). */
function refWords(ref: ObjectRef): string {
  return `${ref.namespace}/${ref.name}`;
}

function nodeText(node: TrafficNode): string {
  return node.pods.length === 1 ? refWords(node.pods[0]) : `${node.namespace}/${node.name}`;
}

/** Policy names, without the namespace when it is the pod's own. */
function shortPolicies(policies: ObjectRef[], namespace: string): string {
  return policies.map((p) => (p.namespace === namespace ? p.name : refWords(p))).join(', ');
}

/** Why a cell is what it is, in a few words (the full explanation comes from describeTraffic). */
export function cellReason(from: TrafficNode, to: TrafficNode, cell: MatrixCell, query: TrafficQuery, lang: Lang): string {
  if (cell.egress === 'self') return tv(lang, 'reasonSelf');
  if (cell.missingPort !== undefined) return tf(lang, 'reasonMissingPort', { to: to.name, port: cell.missingPort });
  if (cell.allowed) {
    if (cell.allowedBy.length === 0) return tv(lang, 'reasonOpen');
    const rules = cell.allowedBy.map((r) => tf(lang, 'ruleRef', { policy: refWords(r.policy), n: r.ruleIndex + 1 }));
    return tf(lang, 'reasonAllowedBy', { rules: [...new Set(rules)].join(', ') });
  }
  const parts: string[] = [];
  if (cell.egress === 'denied') parts.push(tf(lang, 'reasonEgressDenied', { pod: from.name, policies: shortPolicies(from.isolation.egress, from.namespace) }));
  if (cell.ingress === 'denied') parts.push(tf(lang, 'reasonIngressDenied', { pod: to.name, policies: shortPolicies(to.isolation.ingress, to.namespace) }));
  return parts.length > 0 ? parts.join('; ') : cell.reason;
}

/** Screen-reader text of a cell: "shop/frontend to shop/db, TCP 5432: denied, db is isolated by policy default-deny ...". */
export function describeCell(from: TrafficNode, to: TrafficNode, cell: MatrixCell, query: TrafficQuery, lang: Lang): string {
  return tf(lang, 'cellLine', {
    from: nodeText(from),
    to: nodeText(to),
    probe: cellProbeText(cell, query, lang),
    decision: partialOf(cell) ? tf(lang, 'partialDecision', partialOf(cell)!) : tv(lang, cell.allowed ? 'allowed' : 'denied'),
    reason: cellReason(from, to, cell, query, lang),
  });
}

/** "isolated for ingress by default-deny; not isolated for egress" for a node's label. */
export function isolationText(node: TrafficNode, lang: Lang): string {
  if (node.hostNetwork) return tv(lang, 'hostNetwork');
  const parts: string[] = [];
  if (node.isolation.ingress.length > 0) parts.push(tf(lang, 'isolatedIngress', { policies: shortPolicies(node.isolation.ingress, node.namespace) }));
  if (node.isolation.egress.length > 0) parts.push(tf(lang, 'isolatedEgress', { policies: shortPolicies(node.isolation.egress, node.namespace) }));
  return parts.length > 0 ? parts.join('; ') : tv(lang, 'notIsolated');
}

/** Every pod of a node in words (`shop/api-1, shop/api-2`), for a header's title. */
export function podsText(node: TrafficNode): string {
  return node.pods.map(refWords).join(', ');
}

/** Full name of a node for headers: `shop/frontend`, or `shop/app=api ×3`. */
export function nodeLabel(node: TrafficNode): string {
  return nodeText(node);
}
