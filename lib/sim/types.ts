/**
 * Shared types of the simulator. Every area module (parse, cluster, rbac, netpol,
 * podsecurity, hardening, audit, admission, controlplane, kubectl) builds on these.
 * Kubernetes field names are kept exactly as in the API so YAML maps onto them.
 */

import type { MessageLike } from './messages';
import type { ServerVersion } from './version';

/** A text in every language we ship: authored lesson data (titles, briefs, hints); the simulator words nothing itself. */
export interface LocalizedText {
  en: string;
  es: string;
}

/**
 * The field.Error the API server's registry validation returns for the same problem
 * (k8s.io/apimachinery pkg/util/validation/field/errors.go): what kubectl prints after
 * `The <Kind> "<name>" is invalid: `. `field` defaults to the diagnostic's path.
 */
export interface ApiFieldError {
  type: 'Invalid value' | 'Required value' | 'Unsupported value' | 'Forbidden' | 'Too long' | 'Duplicate value';
  field?: string;
  value?: unknown;
  detail?: string;
}

/** A problem found in learner input, pointing at the exact field (1-based positions). */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Object path of the field, e.g. `spec.containers[0].image`; prefixed by the document index where useful. */
  path?: string;
  /** Stable kebab-case identifier, e.g. `yaml-syntax`, `schema-unknown-field`, `rbac-missing-role`. */
  code: string;
  /**
   * The diagnostic as a message, rendered in the learner's language at the edge (`message` is
   * its English, for logs and the CLI). Every simulator diagnostic has one; it becomes required
   * once lib/lesson's misconception diagnostics carry a message too.
   */
  text?: MessageLike;
  /** File the diagnostic belongs to (`parseManifests(text, { file })`). */
  file?: string;
  /** The API server's own field error for this problem, when it rejects the object (kubectl apply prints it). */
  api?: ApiFieldError;
}

/** Where an object came from in the learner's text. */
export interface SourceLocation {
  file?: string;
  /** 0-based index of the YAML document in the file. */
  document: number;
  line: number;
  column: number;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/** A parsed Kubernetes object (any kind). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

/**
 * Positions of the fields of one parsed object: key = object path (`''` for the
 * object itself, `metadata.name`, `spec.containers[0].image`), value = 1-based position
 * of the key (or of the item for sequence entries).
 */
export type SourceMap = Record<string, { line: number; column: number; endLine?: number; endColumn?: number }>;

/** A parsed object with where it came from. */
export interface ParsedObject {
  object: KubeObject;
  source: SourceLocation;
  sourceMap: SourceMap;
}

/** Label selector as in the API (metav1.LabelSelector). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

/** A pod as the simulator knows it after workload expansion and defaulting. */
export interface PodInfo {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  ip: string;
  nodeName: string;
  hostNetwork: boolean;
  serviceAccountName: string;
  /** Named and numbered container ports. */
  ports: { name?: string; containerPort: number; protocol: Protocol }[];
  /** The workload that created it (kind `Deployment`, name `web`, in the pod's namespace), if any. */
  owner?: OwnerRef;
  /** The full (defaulted) Pod object. */
  object: KubeObject;
}

export interface NamespaceInfo {
  name: string;
  labels: Record<string, string>;
  /** true when the namespace was referenced but not declared. */
  implicit: boolean;
  object: KubeObject;
}

export interface NodeInfo {
  name: string;
  ip: string;
  labels: Record<string, string>;
  object: KubeObject;
}

/**
 * An immutable snapshot of a simulated cluster. Build it with `createCluster`.
 * Evaluators may cache derived indexes keyed on the Cluster object (WeakMap).
 */
export interface Cluster {
  /** Every object after defaulting (declared ones plus implicit namespaces and expanded pods). */
  readonly objects: readonly KubeObject[];
  /** Objects as given, after defaulting, excluding generated pods/namespaces. */
  readonly declared: readonly KubeObject[];
  readonly namespaces: ReadonlyMap<string, NamespaceInfo>;
  readonly nodes: ReadonlyMap<string, NodeInfo>;
  /** Pods keyed by `namespace/name`. */
  readonly pods: ReadonlyMap<string, PodInfo>;
  /** Objects grouped by kind (`Role`, `ClusterRole`, ...). */
  readonly byKind: ReadonlyMap<string, readonly KubeObject[]>;
  /** Problems noticed while building the cluster (cross-object checks). */
  readonly diagnostics: readonly Diagnostic[];
  /** The simulated API server's version (default 1.35): see lib/sim/version. */
  readonly serverVersion: ServerVersion;
}

// ---------------------------------------------------------------- RBAC

export interface ResourceAttributes {
  verb: string;
  group?: string;
  version?: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

export interface NonResourceAttributes {
  verb: string;
  path: string;
}

/** Shaped like a SubjectAccessReview spec. Groups are taken exactly as given. */
export interface AccessRequest {
  user: string;
  groups?: string[];
  resourceAttributes?: ResourceAttributes;
  nonResourceAttributes?: NonResourceAttributes;
}

export interface BindingRef {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  namespace?: string;
  name: string;
}

export interface RoleRef {
  kind: 'Role' | 'ClusterRole';
  namespace?: string;
  name: string;
}

export interface AuthorizationVerdict {
  allowed: boolean;
  /** English explanation (use describeAuthorization for other languages). */
  reason: string;
  decidedBy?: { binding: BindingRef; role: RoleRef; ruleIndex: number } | { privilegedGroup: 'system:masters' };
  /** When denied: the binding and rule that came closest and what it lacks. */
  nearestMiss?: {
    binding: BindingRef;
    role: RoleRef;
    ruleIndex: number;
    /** Which parts of the rule did not match. */
    lacks: ('verb' | 'apiGroup' | 'resource' | 'resourceName' | 'nonResourceURL' | 'namespace' | 'subject' | 'kind')[];
    message: string;
  };
  /** Errors the authorizer met (a binding to a missing role), as the API server reports them. */
  errors?: string[];
}

// ---------------------------------------------------------------- Network

/**
 * One end of a traffic question. `{ pod: ObjectRef }` names exactly that pod (typed: what the
 * simulator itself asks) and `{ service: ObjectRef }` exactly that Service. The string forms are the
 * question syntax of goals, forms and the shell (`ns/pod`, `ns/workload`, `ns/kind/name`,
 * `{ service: "ns/name" }`), read once by netpol's resolveEndpoint.
 */
export type Endpoint = string | { ip: string } | { node: string } | { service: string | ObjectRef } | { pod: ObjectRef };

export interface Traffic {
  from: Endpoint;
  to: Endpoint;
  port: number | string;
  protocol?: Protocol;
}

/** A reference to a namespaced object (never a `"ns/name"` string to split; words: objectRef.ts refText). */
export interface ObjectRef {
  namespace: string;
  name: string;
}

/** The top-level workload a pod belongs to, in the pod's namespace (never a `"Kind/name"` string). */
export interface OwnerRef {
  kind: string;
  name: string;
}

export interface PolicyRuleRef {
  /** The NetworkPolicy holding the rule. */
  policy: ObjectRef;
  ruleIndex: number;
}

export interface DirectionVerdict {
  /** Does any policy select the pod for this direction? (false for non-pod endpoints) */
  isolated: boolean;
  allowed: boolean;
  /** Policies that select the pod for this direction. */
  policies: ObjectRef[];
  /** Rules that allowed the connection (empty when denied or not isolated). */
  allowedBy: PolicyRuleRef[];
  reason: string;
}

export interface TrafficVerdict {
  allowed: boolean;
  egress: DirectionVerdict;
  ingress: DirectionVerdict;
  reason: string;
}

// ---------------------------------------------------------------- Findings

export type FindingSeverity = 'danger' | 'warning' | 'info';

/**
 * A problem a checker found (hardening checks, control-plane checks), with the field to change
 * and how. `message` and `fix` are English (as a linter prints them); `text` / `fixText` the
 * same as messages, rendered in the learner's language at the edge.
 */
export interface Finding {
  /** Stable kebab-case id, e.g. `read-only-root-filesystem`, `apiserver-anonymous-auth`. */
  id: string;
  severity: FindingSeverity;
  message: string;
  /** Object path relative to the object given. */
  path: string;
  fix: string;
  text?: MessageLike;
  fixText?: MessageLike;
}
