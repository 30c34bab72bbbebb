// Edges that start at an identity: what its RBAC permissions (and admission) let it become.
import { admit } from '../admission';
import { authorize } from '../rbac';
import { allowedVerdict } from '../rbac/authorize';
import type { AuthorizationVerdict, Cluster, KubeObject, ResourceAttributes } from '../types';
import { CLUSTER_ADMIN, identityNode, nodeNode, secretNode, serviceAccountUser } from './nodes';
import { tokenEvidence } from './podEdges';
import type { AttackEdge, AttackEvidence, AttackNode } from './types';
import { boundUsers, namedInRules, serviceAccountsIn, tokenPodsIn } from './clusterFacts';
import { namespaceBindEdges } from './bindEdges';

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

/** Allowed? Then the evidence (the decision only: a denial's nearest miss is not needed here). */
function allowed(asker: Asker, cluster: Cluster, attrs: ResourceAttributes): AttackEvidence | undefined {
  asker.work.calls++;
  const verdict = allowedVerdict(cluster, { user: asker.user, groups: asker.groups, resourceAttributes: attrs });
  return verdict ? rbacEvidence(attrs, verdict) : undefined;
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
  const gettable = new Map<string, boolean>();
  for (const secret of cluster.byKind.get('Secret') ?? []) {
    const namespace = secret.metadata.namespace ?? 'default';
    const name = secret.metadata.name ?? '';
    if (!listed.has(namespace)) listed.set(namespace, allowed(asker, cluster, { verb: 'list', group: '', resource: 'secrets', namespace }));
    if (!listed.get(namespace) && !gettable.has(namespace)) {
      gettable.set(namespace, allowed(asker, cluster, { verb: 'get', group: '', resource: 'secrets', namespace }) !== undefined);
    }
    const mayGet = gettable.get(namespace) === true || namedInRules(cluster).has(name);
    const evidence = listed.get(namespace) ?? (mayGet ? allowed(asker, cluster, { verb: 'get', group: '', resource: 'secrets', namespace, name }) : undefined);
    if (evidence) edges.push({ from, to: secretNode(namespace, name), technique: 'read-secret', evidence });
  }
  return edges;
}

/**
 * Which names of `names` to ask about one by one: all when the unnamed request is allowed (each
 * named answer keeps its own evidence), else only those some rule lists in its resourceNames
 * (clusterFacts.ts namedInRules: no other name can be allowed). Few names are asked directly.
 */
function namesToAsk(asker: Asker, cluster: Cluster, attrs: ResourceAttributes, names: readonly string[]): readonly string[] {
  if (names.length <= 2) return names;
  asker.work.calls++;
  if (allowedVerdict(cluster, { user: asker.user, groups: asker.groups, resourceAttributes: attrs })) return names;
  const listed = namedInRules(cluster);
  return listed.size === 0 ? [] : names.filter((name) => listed.has(name));
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
  const pods = tokenPodsIn(cluster, namespace, (p) => tokenEvidence(cluster, p) !== undefined);
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
  const self = from.type === 'identity' ? from.user : undefined;
  // Itself left out before asking (as before): the lists then have one name less.
  const all = serviceAccountsIn(cluster, namespace);
  const accounts = self?.startsWith(`system:serviceaccount:${namespace}:`) ? all.filter((sa) => serviceAccountUser(namespace, sa) !== self) : all;
  const tokenRequest: ResourceAttributes = { verb: 'create', group: '', resource: 'serviceaccounts', subresource: 'token', namespace };
  const impersonateRequest: ResourceAttributes = { verb: 'impersonate', group: '', resource: 'serviceaccounts', namespace };
  const tokenList = namesToAsk(asker, cluster, tokenRequest, accounts);
  const impersonateList = namesToAsk(asker, cluster, impersonateRequest, accounts);
  if (tokenList.length === 0 && impersonateList.length === 0) return edges;
  const tokenNames = new Set(tokenList);
  const impersonateNames = new Set(impersonateList);
  for (const sa of accounts) {
    if (!tokenNames.has(sa) && !impersonateNames.has(sa)) continue;
    const to = identityNode(serviceAccountUser(namespace, sa));
    const token = tokenNames.has(sa) ? allowed(asker, cluster, { ...tokenRequest, name: sa }) : undefined;
    if (token) edges.push({ from, to, technique: 'request-token', evidence: token });
    const impersonate = impersonateNames.has(sa) ? allowed(asker, cluster, { ...impersonateRequest, name: sa }) : undefined;
    if (impersonate) edges.push({ from, to, technique: 'impersonate', evidence: impersonate });
  }
  return edges;
}

/** Users named in bindings that this identity may impersonate. */
function userImpersonation(asker: Asker, cluster: Cluster, from: AttackNode): AttackEdge[] {
  const self = from.type === 'identity' ? from.user : undefined;
  const users = boundUsers(cluster).filter((user) => user !== self);
  const request: ResourceAttributes = { verb: 'impersonate', group: '', resource: 'users', namespace: '' };
  const edges: AttackEdge[] = [];
  for (const user of namesToAsk(asker, cluster, request, users)) {
    const to = identityNode(user);
    const evidence = allowed(asker, cluster, { ...request, name: user });
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
      ...namespaceBindEdges(cluster, (attrs) => allowed(asker, cluster, attrs), from, namespace),
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
