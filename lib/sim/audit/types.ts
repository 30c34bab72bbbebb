/**
 * Types of the audit area: the request as the audit filter sees it, the decision a Policy
 * takes for it and the `audit.k8s.io/v1` Event objects the API server writes.
 * Field names follow k8s.io/apiserver `pkg/apis/audit/v1/types.go`.
 */
import type { AccessRequest } from '../types';

export type AuditLevel = 'None' | 'Metadata' | 'Request' | 'RequestResponse';

export type AuditStage = 'RequestReceived' | 'ResponseStarted' | 'ResponseComplete' | 'Panic';

export const AUDIT_LEVELS: readonly AuditLevel[] = ['None', 'Metadata', 'Request', 'RequestResponse'];

export const AUDIT_STAGES: readonly AuditStage[] = ['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic'];

/**
 * A request as the audit filter sees it. `user` and `groups` are the AUTHENTICATED identity;
 * `impersonate` is what `kubectl --as/--as-group` asked for (audit rules never match it).
 */
export interface AuditRequest extends AccessRequest {
  /** As sent on the wire; derived from the attributes when absent. */
  requestURI?: string;
  sourceIPs?: string[];
  userAgent?: string;
  /** The `--as` / `--as-group` identity; shows up as `impersonatedUser` in the events. */
  impersonate?: { user: string; groups?: string[] };
  /** Request body (create, update, patch, ...). Logged at Request and RequestResponse. */
  requestObject?: unknown;
  /** Response body. Logged at RequestResponse (`options.response` wins when both are given). */
  responseObject?: unknown;
  /** HTTP status code of the response; derived from the verb and the authorization decision when absent. */
  responseStatus?: number;
  /** A failed response's Status message and reason (e.g. an admission denial); derived from the code when absent. */
  responseMessage?: string;
  responseReason?: string;
  /** The authorization decision, recorded in the `authorization.k8s.io/*` annotations. */
  authorization?: { decision: 'allow' | 'forbid'; reason: string };
  /**
   * Audit annotations added while the request was admitted (PodSecurity
   * `pod-security.kubernetes.io/*`, ValidatingAdmissionPolicy `validation.policy.admission.k8s.io/*`).
   * Dropped when authorization forbids the request (admission never runs then).
   */
  annotations?: Record<string, string>;
}

/** What the Policy decided for one request (checker.go LevelAndStages). */
export interface AuditDecision {
  level: AuditLevel;
  /** Effective stages to omit: union of the policy's and the matching rule's. */
  omitStages: string[];
  /** 0-based index of the rule that matched, or null when none did (or the policy is invalid). */
  ruleIndex: number | null;
}

export interface AuditEventsOptions {
  /** Response body; overrides `request.responseObject`. */
  response?: unknown;
  /** Returns an RFC 3339 timestamp with microseconds; called once per timestamp needed. */
  clock?: () => string;
  /** Returns the auditID; called once per request. */
  ids?: () => string;
  /** The API server's minor version (default 35): decides which policies it accepts. */
  serverMinor?: number;
}

export interface AuditUserInfo {
  username: string;
  groups?: string[];
}

export interface AuditObjectReference {
  resource?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  apiGroup?: string;
  apiVersion?: string;
  resourceVersion?: string;
  subresource?: string;
}

export interface AuditResponseStatus {
  metadata: Record<string, never>;
  status?: 'Failure';
  message?: string;
  reason?: string;
  /** Failures: name, group and kind (the resource) of the Status, `{}` for non-resource requests. */
  details?: Record<string, string>;
  code: number;
}

/** An `audit.k8s.io/v1` Event, keys in the order the API server writes them. */
export interface AuditEvent {
  kind: 'Event';
  apiVersion: 'audit.k8s.io/v1';
  level: Exclude<AuditLevel, 'None'>;
  auditID: string;
  stage: AuditStage;
  requestURI: string;
  verb: string;
  user: AuditUserInfo;
  impersonatedUser?: AuditUserInfo;
  sourceIPs: string[];
  userAgent: string;
  objectRef?: AuditObjectReference;
  responseStatus?: AuditResponseStatus;
  requestObject?: unknown;
  responseObject?: unknown;
  requestReceivedTimestamp: string;
  stageTimestamp: string;
  annotations?: Record<string, string>;
}

/** One GroupResources entry of a PolicyRule, after reading. */
export interface AuditGroupResources {
  group: string;
  resources: string[];
  resourceNames: string[];
}

/** A PolicyRule after reading (absent lists are empty). */
export interface AuditPolicyRule {
  level: AuditLevel;
  users: string[];
  userGroups: string[];
  verbs: string[];
  resources: AuditGroupResources[];
  namespaces: string[];
  nonResourceURLs: string[];
  omitStages: string[];
  omitManagedFields?: boolean;
}

/** A Policy after reading; `valid` is false when the API server would refuse to load it. */
export interface AuditPolicy {
  valid: boolean;
  rules: AuditPolicyRule[];
  omitStages: string[];
  omitManagedFields: boolean;
}

/** The request attributes audit rules match against (authorization attributes). */
export interface AuditAttributes {
  user: string;
  groups: string[];
  verb: string;
  isResourceRequest: boolean;
  group: string;
  version: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
  path: string;
}
