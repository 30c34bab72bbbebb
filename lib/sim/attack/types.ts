/**
 * Attack paths: a graph from entry points (the internet, a compromised pod, a stolen token, a
 * user) to crown jewels (Secrets, the node, cluster-admin). Every edge is a simulator verdict
 * (RBAC, NetworkPolicy, Pod Security/admission, pod spec) with its evidence, as data: words
 * belong to the catalogs at the edge (lib/lesson/attackWords.ts).
 *
 * Technique catalogue (checklist, not copied): KubeHound's attack edges
 * (https://kubehound.io/reference/attacks/), rbac-police's policies
 * (github.com/PaloAltoNetworks/rbac-police, lib/), MITRE ATT&CK for Containers
 * (https://attack.mitre.org/matrices/enterprise/containers/).
 */
import type { BindingRef, ObjectRef, PolicyRuleRef, Protocol, ResourceAttributes, RoleRef } from '../types';

/**
 * A node of the graph, as data: typed references, never a string to split. Maps and React keys
 * use `attackNodeKey(node)` (nodes.ts), a key that is produced and never parsed back (issue 15).
 */
export type AttackNode =
  | { type: 'internet' }
  /** A pod the attacker runs code in. */
  | { type: 'pod'; pod: ObjectRef }
  /** A pod the attacker can connect to (not yet run code in). */
  | { type: 'endpoint'; pod: ObjectRef }
  /** A user or ServiceAccount (`system:serviceaccount:ns:name`) and the groups it authenticates with. */
  | { type: 'identity'; user: string; groups: string[] }
  | { type: 'node'; name: string }
  | { type: 'secret'; secret: ObjectRef }
  | { type: 'clusterAdmin' };

export type AttackNodeType = AttackNode['type'];

/** How an attacker moves along an edge. Each maps to the catalogues in TECHNIQUES. */
export type AttackTechnique =
  | 'exposed' // internet -> pod behind a LoadBalancer/NodePort Service or hostPort, allowed by NetworkPolicy
  | 'network' // pod -> endpoint: another pod it can connect to (NetworkPolicy allows it)
  | 'exploit' // endpoint -> pod: code execution in a pod it reaches (only with `lateral: 'exploit'`)
  | 'token' // pod -> the ServiceAccount whose token is mounted in it
  | 'mounted-secret' // pod -> a Secret it mounts (volume or env)
  | 'escape' // pod -> its node (privileged, host namespaces, hostPath, dangerous capabilities)
  | 'node-tokens' // node -> the ServiceAccounts whose tokens are mounted in its pods
  | 'node-secrets' // node -> the Secrets mounted in its pods
  | 'read-secret' // identity -> a Secret it may get (or list in its namespace)
  | 'secret-token' // Secret of type service-account-token -> that ServiceAccount
  | 'create-pod' // identity -> a ServiceAccount of a namespace where it may create pods
  | 'create-privileged-pod' // identity -> node: a privileged pod it may create is admitted
  | 'exec' // identity -> a pod it may exec into
  | 'request-token' // identity -> a ServiceAccount it may create tokens for
  | 'impersonate' // identity -> an identity it may impersonate
  | 'bind' // identity -> cluster-admin: may bind or escalate roles
  | 'wildcard'; // identity -> cluster-admin: `*` on `*` everywhere

/** Why an edge exists: the verdict behind it. */
export type AttackEvidence =
  | { type: 'rbac'; request: ResourceAttributes; binding?: BindingRef; role?: RoleRef; ruleIndex?: number; privilegedGroup?: string }
  | { type: 'traffic'; port: number; protocol: Protocol; ingress: PolicyRuleRef[]; egress: PolicyRuleRef[]; ingressIsolated: boolean; egressIsolated: boolean }
  | { type: 'field'; path: string; value: unknown; /** The pod the field belongs to, when the edge starts elsewhere (the node). */ via?: ObjectRef }
  | { type: 'admission'; request: ResourceAttributes; ignoredWebhooks: string[]; binding?: BindingRef; role?: RoleRef; ruleIndex?: number };

export interface AttackEdge {
  from: AttackNode;
  to: AttackNode;
  technique: AttackTechnique;
  evidence: AttackEvidence;
}

/** Where an attack starts: `internet`, `pod:ns/name` (a pod or a workload's pods), `sa:ns/name`, `user:name`. */
export type AttackEntry = string;
/**
 * What it wants: `secret:ns/name`, `secrets:ns`, `node`, `cluster-admin`, `pod:ns/name` (run code
 * in it, or connect to it), `namespace:ns`, `sa:ns/name`.
 */
export type AttackTarget = string;

export interface AttackPath {
  entry: AttackEntry;
  target: AttackTarget;
  /** The nodes the entry resolved to (empty: it names nothing in the world). */
  starts: AttackNode[];
  /** The shortest chain of edges from a start to the target, or undefined when none exists. */
  edges?: AttackEdge[];
  /** Every node reached from the entry (for views and "how far did they get"). */
  reached: number;
  /** true when the search stopped at its work budget before finishing (then `edges` may be missing). */
  truncated?: boolean;
}

export interface AttackGraph {
  nodes: AttackNode[];
  edges: AttackEdge[];
  truncated?: boolean;
}
