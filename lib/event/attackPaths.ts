/**
 * Is a defence really a defence? The scripted attack is one path; this asks the simulator's
 * attack-path search (lib/sim/attack) whether ANY path still leads from the challenge's foothold
 * to what the flag stands for, in the defended world.
 *
 * Footholds: the learner's own identity (`start.user`) and a shell in every pod that identity may
 * `kubectl exec` into (RBAC `create` on `pods/exec`, by name:
 * https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb).
 * Targets, read from the world itself (no names written here): every Secret whose value holds the
 * flag, and every pod whose web server answers a request with the flag (the simulator's own HTTP
 * answer, lib/sim/network/httpResponses.ts), since connecting to it is enough.
 */
import { authorize, findAttackPath, type AttackEdge, type AttackPath, type Cluster, type KubeObject } from '../sim';
import { containerFiles } from '../sim/network/containerFiles';
import { httpBody } from '../sim/network/httpResponses';
import type { Challenge } from './types';

/** An attack path the defence leaves open: where it starts, what it reaches, its steps. */
export interface OpenPath {
  entry: string;
  target: string;
  edges: AttackEdge[];
  /** The search stopped at its work budget: it cannot vouch that no path exists. */
  truncated?: boolean;
}

/** The foothold entries: the start identity, and `pod:ns/name` for every pod it may exec into. */
export function footholds(cluster: Cluster, start: Challenge['start']): string[] {
  const pods = [...cluster.pods.values()].filter(
    (pod) =>
      authorize(cluster, {
        user: start.user,
        groups: start.groups,
        resourceAttributes: { verb: 'create', group: '', resource: 'pods', subresource: 'exec', namespace: pod.namespace, name: pod.name },
      }).allowed,
  );
  return [`user:${start.user}`, ...pods.map((pod) => `pod:${pod.namespace}/${pod.name}`).sort()];
}

function decoded(value: string): string {
  try {
    return atob(value);
  } catch {
    return '';
  }
}

/** Does a Secret keep the flag in a value (`stringData`, or base64 `data`)? */
function holdsFlag(secret: KubeObject, flag: string): boolean {
  const text = Object.values((secret.stringData ?? {}) as Record<string, unknown>);
  const data = Object.values((secret.data ?? {}) as Record<string, unknown>).map((v) => (typeof v === 'string' ? decoded(v) : ''));
  return [...text, ...data].some((v) => typeof v === 'string' && v.includes(flag));
}

const DOC_ROOT = '/usr/share/nginx/html';

/** The targets the flag stands for: `secret:ns/name` holding it, `pod:ns/name` serving it over HTTP. */
export function flagTargets(cluster: Cluster, objects: readonly KubeObject[], flag: string): string[] {
  const secrets = objects
    .filter((o) => o.kind === 'Secret' && holdsFlag(o, flag))
    .map((o) => `secret:${String(o.metadata?.namespace ?? 'default')}/${String(o.metadata?.name ?? '')}`);
  const serving = [...cluster.pods.values()].filter((pod) =>
    [...containerFiles(cluster, pod, false)].some(
      ([path, text]) => path.startsWith(`${DOC_ROOT}/`) && text.includes(flag) && httpBody(pod, path.slice(DOC_ROOT.length), pod.name, cluster).includes(flag),
    ),
  );
  return [...new Set([...secrets, ...serving.map((pod) => `pod:${pod.namespace}/${pod.name}`)])];
}

/** The shortest open path from any foothold to any target, or undefined when every one is closed. */
export function openAttackPath(
  cluster: Cluster,
  objects: readonly KubeObject[],
  start: Challenge['start'],
  flag: string,
  options: { budget?: number } = {},
): OpenPath | undefined {
  let best: OpenPath | undefined;
  for (const entry of footholds(cluster, start)) {
    for (const target of flagTargets(cluster, objects, flag)) {
      const path: AttackPath = findAttackPath(cluster, entry, target, options);
      // A search cut short by its budget cannot vouch for the defence: count it as open.
      const edges = path.edges ?? (path.truncated ? [] : undefined);
      if (edges && (!best || edges.length < best.edges.length)) best = { entry, target, edges, ...(path.edges ? {} : { truncated: true }) };
    }
  }
  return best;
}
