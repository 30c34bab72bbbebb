/**
 * API errors as the API server returns them: a metav1.Status (k8s.io/apimachinery
 * pkg/apis/meta/v1/types.go `Status`, `StatusReason`, `StatusDetails`, `StatusCause`), built
 * the way k8s.io/apimachinery pkg/api/errors/errors.go builds them (NewNotFound, NewForbidden,
 * NewAlreadyExists, NewInvalid, NewMethodNotSupported, NewBadRequest, NewInternalError).
 * Callers decide by `reason` (errors.IsNotFound compares the reason), never by the text.
 */

/** metav1.StatusReason values the simulator returns; `''` is StatusReasonUnknown. */
export type StatusReason =
  | ''
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Gone'
  | 'Invalid'
  | 'ServerTimeout'
  | 'Timeout'
  | 'TooManyRequests'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'InternalError'
  | 'Expired'
  | 'ServiceUnavailable';

const REASONS: ReadonlySet<string> = new Set<StatusReason>([
  '',
  'Unauthorized',
  'Forbidden',
  'NotFound',
  'AlreadyExists',
  'Conflict',
  'Gone',
  'Invalid',
  'ServerTimeout',
  'Timeout',
  'TooManyRequests',
  'BadRequest',
  'MethodNotAllowed',
  'NotAcceptable',
  'RequestEntityTooLarge',
  'UnsupportedMediaType',
  'InternalError',
  'Expired',
  'ServiceUnavailable',
]);

/** metav1.StatusCause: one field-level problem (`field` may be empty). */
export interface StatusCause {
  field: string;
  message: string;
}

/** metav1.StatusDetails: which object the failure is about. */
export interface StatusDetails {
  name?: string;
  group?: string;
  /** The resource (`pods`) or kind the failure names, as upstream fills it. */
  kind?: string;
  causes?: StatusCause[];
}

/** A failed request's metav1.Status (status: Failure). */
export interface Status {
  code: number;
  reason: StatusReason;
  message: string;
  details?: StatusDetails;
}

/** A reason from outside (a webhook's Status, an admission verdict): unknown ones become `''`. */
export function toReason(value: unknown): StatusReason {
  return typeof value === 'string' && REASONS.has(value) ? (value as StatusReason) : '';
}

/** A Status from its parts. */
export function status(code: number, reason: StatusReason, message: string, details?: StatusDetails): Status {
  return details ? { code, reason, message, details } : { code, reason, message };
}

/** `pods "x" not found` (errors.NewNotFound; `resource` is `pods` or `deployments.apps`). */
export function notFound(resource: string, name: string): Status {
  const [kind, ...group] = resource.split('.');
  return status(404, 'NotFound', `${resource} "${name}" not found`, { name, kind, ...(group.length ? { group: group.join('.') } : {}) });
}

/** `pods "x" already exists` (errors.NewAlreadyExists). */
export function alreadyExists(resource: string, name: string): Status {
  const [kind, ...group] = resource.split('.');
  return status(409, 'AlreadyExists', `${resource} "${name}" already exists`, { name, kind, ...(group.length ? { group: group.join('.') } : {}) });
}

/** A 403 with the authorizer's or an admission plugin's message (errors.NewForbidden's text). */
export function forbidden(message: string): Status {
  return status(403, 'Forbidden', message);
}

/** errors.IsNotFound. */
export function isNotFound(value: Status | undefined): boolean {
  return value?.reason === 'NotFound';
}
