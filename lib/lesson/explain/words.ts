// Small shared helpers for explanations: objects as written (YAML words, the same in every language).
import { msg } from '../messages';
import type { LessonMessage } from '../types';

export function ordinal(index: number): string {
  return String(index + 1);
}

/** `app=web, tier=x` from a label selector (matchLabels and matchExpressions). */
export function selectorText(selector: unknown): string {
  if (typeof selector !== 'object' || selector === null) return '{}';
  const s = selector as { matchLabels?: Record<string, unknown>; matchExpressions?: { key?: unknown; operator?: unknown; values?: unknown[] }[] };
  const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${String(v)}`);
  for (const e of Array.isArray(s.matchExpressions) ? s.matchExpressions : []) {
    parts.push(`${String(e?.key)} ${String(e?.operator)} (${Array.isArray(e?.values) ? e.values.join(', ') : ''})`);
  }
  return parts.length ? parts.join(', ') : '{}';
}

/** One NetworkPolicy peer as written: `podSelector app=web AND namespaceSelector team=x`. */
export function peerText(peer: unknown): LessonMessage {
  if (typeof peer !== 'object' || peer === null) return msg('common.text', { text: String(peer) });
  const p = peer as Record<string, unknown>;
  const parts: string[] = [];
  if (p.namespaceSelector != null) parts.push(`namespaceSelector ${selectorText(p.namespaceSelector)}`);
  if (p.podSelector != null) parts.push(`podSelector ${selectorText(p.podSelector)}`);
  if (p.ipBlock != null) parts.push(`ipBlock ${String((p.ipBlock as { cidr?: unknown }).cidr)}`);
  return msg('explain.traffic.peerParts', { parts });
}

/** One NetworkPolicy port entry as written: `TCP 8080`, `UDP 53-60`, `TCP http`. */
export function portEntryText(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return String(entry);
  const e = entry as { protocol?: unknown; port?: unknown; endPort?: unknown };
  const protocol = e.protocol ? String(e.protocol) : 'TCP';
  if (e.port === undefined || e.port === null) return `${protocol} *`;
  return `${protocol} ${String(e.port)}${e.endPort != null ? `-${String(e.endPort)}` : ''}`;
}
