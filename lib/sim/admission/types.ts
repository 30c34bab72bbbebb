// Types of the admission simulator (lib/sim/admission).
import type { MessageLike } from '../messages';

export type AdmissionOperation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

/** One write request, as the API server hands it to admission after authentication. */
export interface AdmissionRequest {
  operation: AdmissionOperation;
  object?: unknown;
  oldObject?: unknown;
  subresource?: string;
  user: string;
  groups?: string[];
  /** Request namespace; defaults to the object's, then `default` for namespaced resources. */
  namespace?: string;
  dryRun?: boolean;
  /** Object name when there is no object carrying it (CONNECT `pods/exec`, DELETE without oldObject). */
  name?: string;
  /** Resource when the object does not say it (CONNECT: `pods`); otherwise derived from the kind. */
  resource?: string;
  /** apiVersion when there is no object (DELETE/CONNECT). */
  apiVersion?: string;
  /**
   * Ask "what if the checks cannot answer?": every webhook call fails (server down, timeout) and
   * every ValidatingAdmissionPolicy evaluation errors (as when it exceeds its runtime cost budget),
   * so each one's `failurePolicy` decides (Fail rejects, Ignore lets the object in).
   */
  outage?: boolean;
}

export type AdmissionPhase = 'request' | 'authorization' | 'mutating' | 'validating';

export type StepOutcome = 'allowed' | 'denied' | 'mutated' | 'warned' | 'audited' | 'not-matched' | 'skipped' | 'error-ignored' | 'exempt';

/** One station of the request's trip through the API server. */
export interface AdmissionStep {
  phase: AdmissionPhase;
  /** Who acted: `RBAC`, `PodSecurity`, `MutatingWebhookConfiguration/x webhook y`, `ValidatingAdmissionPolicy/p binding b`. */
  by: string;
  outcome: StepOutcome;
  /** The step in English, as the API server would log it. */
  message: string;
  /** The step as a message, rendered in the learner's language at the edge. */
  text: MessageLike;
  /** Admission plugin, as in the API server's plugin list. */
  plugin?: 'RBAC' | 'PodSecurity' | 'MutatingAdmissionWebhook' | 'ValidatingAdmissionPolicy' | 'ValidatingAdmissionWebhook';
  /** The configuration object and the index of the webhook / validation / rule that acted. */
  source?: { kind: string; name: string; webhook?: string; binding?: string; index?: number; param?: string };
  /** For not-matched webhooks and policies: the first criterion that failed. */
  failedCriterion?: 'exempt' | 'namespaceSelector' | 'objectSelector' | 'rules' | 'excludeResourceRules' | 'matchConditions' | 'binding';
  /** JSONPatch a mutating webhook applied. */
  patch?: JsonPatchOperation[];
}

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'test' | 'move' | 'copy';
  path: string;
  value?: unknown;
  from?: string;
}

/** metav1.StatusDetails of an Invalid rejection: the kind, the name and one cause per field error. */
export interface InvalidStatusDetails {
  group: string;
  kind: string;
  name: string;
  causes: { field: string; message: string }[];
}

export interface AdmissionVerdict {
  allowed: boolean;
  /** The object after mutation (absent for DELETE/CONNECT without object). */
  object?: unknown;
  /** Warnings returned to the client (`Warning:` lines of kubectl). */
  warnings: string[];
  steps: AdmissionStep[];
  /** The rejection message, as kubectl prints it after `Error from server`. */
  message?: string;
  /** The rejection as a message, rendered in the learner's language at the edge. */
  text?: MessageLike;
  /** HTTP status code of the rejection (403, 422, 500, ...). */
  code?: number;
  /** Status reason (`Forbidden`, `Invalid`, `InternalError`, `BadRequest`). */
  reason?: string;
  /** A 422's status details (apierrors.NewInvalid): what kubectl prints as `The <Kind> "<name>" is invalid: ...`. */
  details?: InvalidStatusDetails;
  /** Audit annotations the request would carry (`pod-security.kubernetes.io/audit-violations`, ...). */
  auditAnnotations: Record<string, string>;
}

/** Request attributes as admission plugins see them (admission.Attributes). */
export interface RequestAttributes {
  operation: AdmissionOperation;
  group: string;
  version: string;
  resource: string;
  subresource: string;
  kind: string;
  namespace: string;
  name: string;
  namespaced: boolean;
  object: Record<string, unknown> | null;
  oldObject: Record<string, unknown> | null;
  user: string;
  groups: string[];
  dryRun: boolean;
  /** The API server's minor version (the cluster's); decides which API versions are served. */
  serverMinor?: number;
}
