// Edges that start at an identity: what its RBAC permissions (and admission) let it become.
import { admit } from '../admission';
import { authorize } from '../rbac';
import type { AuthorizationVerdict, Cluster, KubeObject, ResourceAttributes } from '../types';
import { CLUSTER_ADMIN, identityNode, nodeNode, sameAttackNode, secretNode, serviceAccountUser } from './nodes';
import { tokenEvidence } from './podEdges';
import type { AttackEdge, AttackEvidence, AttackNode } from './types';

export interface Asker {
  user: string;
  groups: string[];
  /** Counts authorization and admission calls, for the search's work budget. */
  work: { calls: number };
}

const RBAC = 'rbac.authorization.k8s.io';

function ask(asker: Asker, attrs: ResourceAttributes, cluster: Cluster): AuthorizationVerdict {
  asker.work.calls++;
  return authorize(cluster, { user: asker.user, groups: asker.groups, resourceAttributes: attrs });
}

function rbacEvidence(request: ResourceAttributes, verdict: AuthorizationVerdict): AttackEvidence {
  const by = verdict.decidedBy;
  if (by && 'binding' in by) return { type: 'rbac', request, binding: by.binding, role: by.role, ruleIndex: by.ruleIndex };
  return { type: 'rbac', request, privilegedGroup: by && 'privilegedGroup' in by ? by.privilegedGroup : undefined };
}

/** Allowed? Then the evidence; a denial that only lacks a resourceName means "some names only". */
function allowed(asker: Asker, cluster: Cluster, attrs: ResourceAttributes): AttackEvidence | undefined {
  const verdict = ask(asker, attrs, cluster);
  return verdict.allowed ? rbacEvidence(attrs, verdict) : undefined;
}

function onlyNamesMissing(asker: Asker, cluster: Cluster, attrs: ResourceAttributes): boolean {
  const verdict = ask(asker, attrs, cluster);
  return !verdict.allowed && (verdict.nearestMiss?.lacks ?? []).every((l) => l === 'resourceName') && (verdict.nearestMiss?.lacks.length ?? 0) > 0;
}

/** Cluster-admin equivalents: `*` on `*` (rbac-police "cluster admin"), or bind/escalate on ClusterRoles (KubeHound ROLE_BIND). */
function adminEdges(asker: Asker, cluster: Cluster, from: AttackNode): AttackEdge[] {
  const all: ResourceAttributes = { verb: '*', group: '*', resource: '*', namespace: '' };
  const wildcard = allowed(asker, cluster, all);
  if (wildcard) return [{ from, to: CLUSTER_ADMIN, technique: 'wildcard', evidence: wildcard }];
  const createCrb = allowed(asker, cluster, { verb: 'create', group: RBAC, resource: 'clusterrolebindings', namespace: '' });
  const bind = createCrb && allowed(asker, cluster, { verb: 'bind', group: RBAC, resource: 'clusterroles', namespace: '', name: 'cluster-admin' });
  if (bind) return [{ from, to: CLUSTER_ADMIN, technique: 'bind', evidence: bind }];
  const escalate = allowed(asker, cluster, { verb: 'escalate', group: RBAC, resource: 'clusterroles', namespace: '' });
  const update =
    escalate &&
    (allowed(asker, cluster, { verb: 'update', group: RBAC, resource: 'clusterroles', namespace: '' }) ??
      allowed(asker, cluster, { verb: 'patch', group: RBAC, resource: 'clusterroles', namespace: '' }));
  if (escalate && update && createCrb) return [{ from, to: CLUSTER_ADMIN, technique: 'bind', evidence: escalate }];
  const masters = allowed(asker, cluster, { verb: 'impersonate', group: '', resource: 'groups', namespace: '', name: 'system:masters' });
  if (masters) return [{ from, to: CLUSTER_ADMIN, technique: 'impersonate', evidence: masters }];
  return [];
}

/** Secrets it may read: list in a namespace returns every value; get by name (rbac-police "secret readers"). */
function secretEdges(asker: Asker, cluster: Cluster, from: AttackNode): AttackEdge[] {
  const edges: AttackEdge[] = [];
  const listed = new Map<string, AttackEvidence | undefined>();
  for (const secret of cluster.byKind.get('Secret') ?? []) {
    const namespace = secret.metadata.namespace ?? 'default';
    const name = secret.metadata.name ?? '';
    if (!listed.has(namespace)) listed.set(namespace, allowed(asker, cluster, { verb: 'list', group: '', resource: 'secrets', namespace }));
    const evidence = listed.get(namespace) ?? allowed(asker, cluster, { verb: 'get', group: '', resource: 'secrets', namespace, name });
    if (evidence) edges.push({ from, to: secretNode(namespace, name), technique: 'read-secret', evidence });
  }
  return edges;
}

function serviceAccountsIn(cluster: Cluster, namespace: string): string[] {
  const names = new Set(['default']);
  for (const sa of cluster.byKind.get('ServiceAccount') ?? [])
    if ((sa.metadata.namespace ?? 'default') === namespace && sa.metadata.name) names.add(sa.metadata.name);
  return [...names].sort();
}

/** A pod that hands over its node, as an attacker would write it (KubeHound POD_CREATE + CE_PRIV_MOUNT). */
export function privilegedPod(namespace: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'attacker', namespace },
    spec: {
      hostPID: true,
      containers: [{ name: 'shell', image: 'busybox:1.36', securityContext: { privileged: true }, volumeMounts: [{ name: 'host', mountPath: '/host' }] }],
      volumes: [{ name: 'host', hostPath: { path: '/' } }],
    },
  };
}

/** Where it may create pods: run as any ServiceAccount of the namespace, and a privileged pod if admission lets it. */
function podCreateEdges(asker: Asker, cluster: Cluster, from: AttackNode, namespace: string): AttackEdge[] {
  const request: ResourceAttributes = { verb: 'create', group: '', resource: 'pods', namespace };
  const evidence = allowed(asker, cluster, request);
  if (!evidence) return [];
  const edges: AttackEdge[] = serviceAccountsIn(cluster, namespace).map((sa) => ({
    from,
    to: identityNode(serviceAccountUser(namespace, sa)),
    technique: 'create-pod' as const,
    evidence,
  }));
  asker.work.calls++;
  const verdict = admit(cluster, { operation: 'CREATE', object: privilegedPod(namespace), user: asker.user, groups: asker.groups });
  const node = [...cluster.nodes.keys()][0];
  if (verdict.allowed && node) {
    const ignoredWebhooks = verdict.steps.filter((s) => s.outcome === 'error-ignored').map((s) => s.by);
    const rbac = evidence.type === 'rbac' ? evidence : undefined;
    edges.push({
      from,
      to: nodeNode(node),
      technique: 'create-privileged-pod',
      evidence: { type: 'admission', request, ignoredWebhooks, binding: rbac?.binding, role: rbac?.role, ruleIndex: rbac?.ruleIndex },
    });
  }
  return edges;
}

/** pods/exec into pods whose token is mounted (KubeHound POD_EXEC, MITRE T1609). */
function execEdges(asker: Asker, cluster: Cluster, from: AttackNode, namespace: string): AttackEdge[] {
  const pods = [...cluster.pods.values()].filter((p) => p.namespace === namespace && tokenEvidence(cluster, p));
  if (pods.length === 0) return [];
  const request: ResourceAttributes = { verb: 'create', group: '', resource: 'pods', subresource: 'exec', namespace };
  const all = allowed(asker, cluster, request);
  const some = !all && onlyNamesMissing(asker, cluster, request);
  const edges: AttackEdge[] = [];
  for (const pod of pods) {
    const evidence = all ?? (some ? allowed(asker, cluster, { ...request, name: pod.name }) : undefined);
    if (evidence) edges.push({ from, to: { type: 'pod', pod: { namespace: pod.namespace, name: pod.name } }, technique: 'exec', evidence });
  }
  return edges;
}

/** serviceaccounts/token create (KubeHound TOKEN_* , rbac-police "token creators") and impersonation of ServiceAccounts (IDENTITY_IMPERSONATE). */
function tokenAndImpersonateEdges(asker: Asker, cluster: Cluster, from: AttackNode, namespace: string): AttackEdge[] {
  const edges: AttackEdge[] = [];
  for (const sa of serviceAccountsIn(cluster, namespace)) {
    const to = identityNode(serviceAccountUser(namespace, sa));
    if (sameAttackNode(to, from)) continue;
    const token = allowed(asker, cluster, { verb: 'create', group: '', resource: 'serviceaccounts', subresource: 'token', namespace, name: sa });
    if (token) edges.push({ from, to, technique: 'request-token', evidence: token });
    const impersonate = allowed(asker, cluster, { verb: 'impersonate', group: '', resource: 'serviceaccounts', namespace, name: sa });
    if (impersonate) edges.push({ from, to, technique: 'impersonate', evidence: impersonate });
  }
  return edges;
}

/** Users named in bindings that this identity may impersonate. */
function userImpersonation(asker: Asker, cluster: Cluster, from: AttackNode): AttackEdge[] {
  const users = new Set<string>();
  for (const kind of ['RoleBinding', 'ClusterRoleBinding']) {
    for (const binding of cluster.byKind.get(kind) ?? []) {
      for (const s of Array.isArray(binding.subjects) ? binding.subjects : []) {
        if (s && typeof s === 'object' && (s as { kind?: unknown }).kind === 'User' && typeof (s as { name?: unknown }).name === 'string')
          users.add((s as { name: string }).name);
      }
    }
  }
  const edges: AttackEdge[] = [];
  for (const user of [...users].sort()) {
    const to = identityNode(user);
    if (sameAttackNode(to, from)) continue;
    const evidence = allowed(asker, cluster, { verb: 'impersonate', group: '', resource: 'users', namespace: '', name: user });
    if (evidence) edges.push({ from, to, technique: 'impersonate', evidence });
  }
  return edges;
}

/** Every edge out of an identity. */
export function identityEdges(cluster: Cluster, asker: Asker, from: AttackNode): AttackEdge[] {
  const admin = adminEdges(asker, cluster, from);
  if (admin.length) return admin; // cluster-admin reaches everything; the path goes through it
  const edges = [...secretEdges(asker, cluster, from), ...userImpersonation(asker, cluster, from)];
  for (const namespace of [...cluster.namespaces.keys()].sort()) {
    edges.push(
      ...podCreateEdges(asker, cluster, from, namespace),
      ...execEdges(asker, cluster, from, namespace),
      ...tokenAndImpersonateEdges(asker, cluster, from, namespace),
    );
  }
  return edges;
}

/** From cluster-admin: every Secret and the node. */
export function clusterAdminEdges(cluster: Cluster): AttackEdge[] {
  const from = CLUSTER_ADMIN;
  const edges: AttackEdge[] = (cluster.byKind.get('Secret') ?? []).map((s) => ({
    from,
    to: secretNode(s.metadata.namespace ?? 'default', s.metadata.name ?? ''),
    technique: 'read-secret' as const,
    evidence: {
      type: 'rbac' as const,
      request: { verb: 'get', group: '', resource: 'secrets', namespace: s.metadata.namespace ?? 'default', name: s.metadata.name },
      privilegedGroup: 'cluster-admin',
    },
  }));
  const node = [...cluster.nodes.keys()][0];
  if (node)
    edges.push({
      from,
      to: nodeNode(node),
      technique: 'create-privileged-pod',
      evidence: { type: 'admission', request: { verb: 'create', group: '', resource: 'pods', namespace: 'kube-system' }, ignoredWebhooks: [] },
    });
  return edges;
}
