/**
 * Types of the RBAC area. Field names follow k8s.io/api `rbac/v1` and
 * `authorization/v1` so results can be shown next to what a real cluster returns.
 *
 * Rule indexes in data (`ruleIndex`) are 0-based, like array positions in the role's
 * `rules`; words shown to learners number rules from 1 ("rule 1").
 */
import type { AuthorizationVerdict, BindingRef, NonResourceAttributes, ResourceAttributes, RoleRef } from '../types';

/** A PolicyRule after reading it defensively: every list present, only strings kept. */
export interface PolicyRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

/** A rule of a resolved role; aggregated ClusterRoles say where each rule came from. */
export interface ResolvedRule extends PolicyRule {
  aggregatedFrom?: { clusterRole: string; ruleIndex: number };
}

/** A binding subject as written, with the namespace a ServiceAccount subject resolves to. */
export interface SubjectRef {
  kind: string;
  name: string;
  /** ServiceAccount only: the subject's namespace, or the RoleBinding's when left empty. */
  namespace?: string;
}

/** An identity as an authenticator hands it to the authorizer. */
export interface Identity {
  user: string;
  groups: string[];
}

/** Where one permission comes from. */
export interface PermissionSource {
  binding: BindingRef;
  role: RoleRef;
  /** 0-based index into the role's (resolved) rules. */
  ruleIndex: number;
  /** The first subject of the binding that matched the user. */
  subject: SubjectRef;
  /** Which verbs of the row this source grants. */
  verbs: string[];
}

/** One row of `kubectl auth can-i --list`. */
export interface PermissionRow {
  /** The row as kubectl holds it after breaking rules down and merging verbs. */
  rule: PolicyRule;
  /** Cell texts exactly as kubectl prints them. */
  columns: { resources: string; nonResourceURLs: string; resourceNames: string; verbs: string };
  sources: PermissionSource[];
}

/** What `kubectl auth can-i --list` shows (a SelfSubjectRulesReview, printed). */
export interface PermissionList {
  user: string;
  groups: string[];
  /** '' = cluster-wide only (no RoleBinding applies). */
  namespace: string;
  rows: PermissionRow[];
  /** SubjectRulesReviewStatus.incomplete: the RBAC rule resolver never sets it. */
  incomplete: boolean;
  /** SubjectRulesReviewStatus.evaluationError (e.g. a binding to a missing role). */
  evaluationError?: string;
  /**
   * The user is in system:masters: allowed everything by the privileged-group authorizer,
   * which does not take part in rules reviews, so the rows do not show it.
   */
  privileged: boolean;
}

/** One subject that may perform an action, and the binding behind it (kubectl-who-can). */
export interface SubjectGrant {
  subject: SubjectRef;
  /** 'binding': granted by RBAC; 'privileged-group': system:masters, no binding needed. */
  via: 'binding' | 'privileged-group';
  binding?: BindingRef;
  role?: RoleRef;
  /** 0-based index into the role's (resolved) rules; -1 for the privileged group. */
  ruleIndex: number;
}

export type RequestAttributes = ResourceAttributes | NonResourceAttributes;

/** Normalized request attributes: every field a string ('' when absent). */
export type NormalizedAttributes =
  | { kind: 'resource'; verb: string; group: string; resource: string; subresource: string; namespace: string; name: string }
  | { kind: 'nonResource'; verb: string; path: string };

/** A rule-level or binding-level thing a candidate lacks (AuthorizationVerdict nearestMiss). */
export type MissPart = NonNullable<AuthorizationVerdict['nearestMiss']>['lacks'][number];

/** Data behind a nearest miss, enough to word it in any language. */
export interface MissDetail {
  binding: BindingRef;
  role: RoleRef;
  ruleIndex: number;
  lacks: MissPart[];
  /** The binding's subjects (for subject misses). */
  subjects: SubjectRef[];
  /** The rule that came closest, as resolved. */
  rule: ResolvedRule;
}

/** A binding that names the user but cannot grant anything. */
export interface UnusableBinding {
  binding: BindingRef;
  /** The roleRef as written. */
  roleRef: { kind: string; name: string };
  problem: 'missing-role' | 'unsupported-role-kind' | 'no-rules' | 'aggregated-no-rules';
  /** missing-role of kind Role: namespaces where a Role with that name does exist. */
  foundIn?: string[];
}

/** The verdict `authorize` returns: the shared shape plus the facts its words come from. */
export interface RbacVerdict extends AuthorizationVerdict {
  identity: Identity;
  attributes: NormalizedAttributes | null;
  /** Set when the request itself is malformed (then it is denied). */
  invalid?: string;
  /** The binding subject that matched, when allowed by a binding. */
  subject?: SubjectRef;
  /** The rule that allowed the request (resolved, so aggregated rules say where they came from). */
  rule?: ResolvedRule;
  miss?: MissDetail;
  /** When denied: bindings naming the user whose role is missing or has no rules. */
  unusable?: UnusableBinding[];
}

/** Result of the escalation checks on a Role/ClusterRole/(Cluster)RoleBinding write. */
export interface RbacWriteVerdict {
  allowed: boolean;
  /** English explanation; `describeRbacWrite` words it in other languages. */
  reason: string;
  /** How the write was allowed, or which check failed. */
  via: 'not-rbac' | 'system:masters' | 'escalate' | 'bind' | 'covers' | 'denied-missing-role' | 'denied-escalation' | 'denied-aggregation' | 'invalid';
  /** The API server's error text when denied (what kubectl prints after "Error from server (Forbidden): "). */
  message?: string;
  /** Requested permissions the writer does not hold, broken down and compacted. */
  missing?: PolicyRule[];
  /** The object written ('' fields when it could not be read). */
  object: { kind: string; namespace: string; name: string };
  writer: Identity;
  /** Bindings: the role they reference. */
  roleRef?: { kind: string; name: string };
}

/** Result of `kubectl --as/--as-group` impersonation. */
export interface ImpersonationVerdict {
  allowed: boolean;
  /** The identity requests run as (the actor's own when denied). */
  identity: Identity;
  reason: string;
  /** The API server's 403 text when denied. */
  message?: string;
  /** Each impersonation check, in the order the API server makes them. */
  checks: { attributes: ResourceAttributes; allowed: boolean }[];
  /** Who asked, and as whom. */
  actor: Identity;
  as: string;
  asGroups: string[];
  /** The authorization verdict of the check that failed. */
  denial?: RbacVerdict;
}
