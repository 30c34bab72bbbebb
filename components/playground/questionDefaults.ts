// Defaults for the playground's question forms, taken from the loaded world (not Shop's names).
import type { Cluster } from '@/lib/sim';

export interface QuestionDefaults {
  user: string;
  namespace: string;
  from: string;
  to: string;
  port: string;
}

function rec(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** A user named by some binding (and its namespace), and two pods with a declared port. */
export function questionDefaults(cluster: Cluster): QuestionDefaults {
  const bindings = [...(cluster.byKind.get('RoleBinding') ?? []), ...(cluster.byKind.get('ClusterRoleBinding') ?? [])];
  let user = 'alice';
  let namespace = [...cluster.namespaces.keys()].find((n) => !n.startsWith('kube-')) ?? 'default';
  for (const b of bindings) {
    const subject = (Array.isArray(b.subjects) ? b.subjects : []).map(rec).find((s) => s.kind === 'User' && typeof s.name === 'string');
    if (subject) {
      user = String(subject.name);
      if (typeof b.metadata?.namespace === 'string') namespace = b.metadata.namespace;
      break;
    }
  }
  const pods = [...cluster.pods.values()].filter((p) => !p.hostNetwork);
  const to = pods.find((p) => p.ports.length > 0) ?? pods[1] ?? pods[0];
  const from = pods.find((p) => p !== to && p.namespace === to?.namespace) ?? pods.find((p) => p !== to) ?? to;
  return {
    user,
    namespace,
    from: from ? `${from.namespace}/${from.owner?.name ?? from.name}` : '',
    to: to ? `${to.namespace}/${to.owner?.name ?? to.name}` : '',
    port: to?.ports[0] ? String(to.ports[0].containerPort) : '80',
  };
}
