// Types of the Pod Security Standards evaluator (lib/sim/podsecurity).
import type { MessageLike } from '../messages';
import type { Rec } from './read';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** One failed check, worded like the API server's PodSecurity messages. */
export interface PodSecurityViolation {
  /** Upstream check id, e.g. `allowPrivilegeEscalation`, `capabilities_restricted`. */
  check: string;
  /** Upstream ForbiddenReason, e.g. `allowPrivilegeEscalation != false`. */
  reason: string;
  /** Upstream ForbiddenDetail, e.g. `container "web" must set securityContext.allowPrivilegeEscalation=false`. */
  detail: string;
  /** Object paths (relative to the object evaluated) of the offending or missing fields. */
  paths: string[];
  /** `reason` and `detail` as messages, rendered in the learner's language at the edge. */
  reasonText?: MessageLike;
  detailText?: MessageLike;
}

/** A remark about how the request was interpreted (invalid version, not a pod, ...). */
export interface PodSecurityNote {
  code: 'invalid-level' | 'invalid-version' | 'version-newer-than-known' | 'not-a-pod';
  message: MessageLike;
}

export interface PodSecurityVerdict {
  allowed: boolean;
  /** Failed checks in the API server's order (baseline ids sorted, then restricted ids sorted). */
  violations: PodSecurityViolation[];
  /** Level actually evaluated (an invalid level is evaluated as `restricted`). */
  level?: PodSecurityLevel;
  /** Version as the API server prints it: `latest` or `v1.N` (an invalid one becomes `latest`). */
  version?: string;
  /** Minor version of the check set that ran (e.g. 37 for `latest`). */
  evaluatedMinor?: number;
  notes?: PodSecurityNote[];
}

/** A container of the pod being checked, with where it lives in the object. */
export interface ContainerRef {
  container: Rec;
  name: string;
  field: 'initContainers' | 'containers' | 'ephemeralContainers';
  index: number;
  /** Object path, e.g. `spec.template.spec.initContainers[0]`. */
  path: string;
}

/** A pod (or pod template) ready to be checked: defaulted spec plus path prefixes. */
export interface PodView {
  kind: string;
  metadata: Rec;
  spec: Rec;
  /** `metadata` or `spec.template.metadata` ... */
  metaPath: string;
  /** `spec` or `spec.template.spec` ... */
  specPath: string;
  /** initContainers, containers, ephemeralContainers, in that order (the upstream visitor's). */
  containers: ContainerRef[];
}

/** What a failed check reports (the check id is added by the registry). */
export interface CheckFailure {
  reason: string;
  detail: string;
  reasonText: MessageLike;
  detailText: MessageLike;
  paths: string[];
}

/** A check function: null when the pod passes. */
export type CheckFn = (pod: PodView) => CheckFailure | null;

export interface VersionedCheck {
  /** First Kubernetes minor (1.N) this revision applies to. */
  minor: number;
  evaluate: CheckFn;
  /** Baseline check ids this restricted revision replaces. */
  overrides?: string[];
}

/** A Pod Security Standards check, as in the upstream registry (policy/check_*.go). */
export interface PodSecurityCheck {
  id: string;
  level: 'baseline' | 'restricted';
  title: MessageLike;
  /** Revisions in increasing `minor` order. */
  versions: VersionedCheck[];
}
