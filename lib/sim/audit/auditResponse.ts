/**
 * The response side of an audit event: status code, `responseStatus` and the Status object a
 * denied request gets. Models k8s.io/apiserver `pkg/endpoints/handlers/responsewriters/errors.go`
 * (forbiddenMessage) and `pkg/audit/request.go` (LogResponseObject copies status, reason, code).
 */
import type { AuditAttributes, AuditResponseStatus } from './types';

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'AlreadyExists',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** Subresources and verbs the API server treats as long-running (BasicLongRunningRequestCheck). */
const LONG_RUNNING_VERBS = new Set(['watch', 'proxy']);
const LONG_RUNNING_SUBRESOURCES = new Set(['attach', 'exec', 'proxy', 'log', 'portforward']);
const UPGRADE_SUBRESOURCES = new Set(['attach', 'exec', 'portforward']);

/** Long-running requests get a ResponseStarted stage (kube-apiserver's long-running check). */
export function isLongRunning(attrs: AuditAttributes): boolean {
  if (LONG_RUNNING_VERBS.has(attrs.verb)) return true;
  return attrs.isResourceRequest && LONG_RUNNING_SUBRESOURCES.has(attrs.subresource);
}

function qualifiedResource(attrs: AuditAttributes): string {
  return attrs.group ? `${attrs.resource}.${attrs.group}` : attrs.resource;
}

/** The 403 message the API server returns, worded as upstream's forbiddenMessage. */
export function buildForbiddenMessage(attrs: AuditAttributes, user: string, reason: string): string {
  const why = reason ? `: ${reason}` : '';
  if (!attrs.isResourceRequest) return `forbidden: User "${user}" cannot ${attrs.verb} path "${attrs.path}"${why}`;
  const resource = attrs.subresource ? `${attrs.resource}/${attrs.subresource}` : attrs.resource;
  const scope = attrs.namespace ? `in the namespace "${attrs.namespace}"` : 'at the cluster scope';
  const subject = attrs.name ? `${qualifiedResource(attrs)} "${attrs.name}"` : qualifiedResource(attrs);
  return `${subject} is forbidden: User "${user}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.group}" ${scope}${why}`;
}

function isStatusCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** HTTP code of the response: given, else 403 when forbidden, 101 for exec-like upgrades, 201 for create, 200. */
export function responseCode(attrs: AuditAttributes, given: unknown, forbidden: boolean): number {
  if (isStatusCode(given)) return given;
  if (forbidden) return 403;
  if (attrs.isResourceRequest && UPGRADE_SUBRESOURCES.has(attrs.subresource)) return 101;
  if (attrs.isResourceRequest && attrs.verb === 'create') return 201;
  return 200;
}

function failureMessage(attrs: AuditAttributes, code: number, forbiddenMessage: string): string {
  if (code === 403) return forbiddenMessage;
  if (code === 404 && attrs.isResourceRequest) return `${qualifiedResource(attrs)} "${attrs.name}" not found`;
  return `the server responded with the status code ${code}`;
}

/** `responseStatus` of an event: `{metadata: {}, code}` plus status, message and reason on failures. */
/**
 * `details` of a failed request's Status (apimachinery pkg/api/errors NewForbidden, NewNotFound,
 * NewAlreadyExists, NewInvalid: name, group, kind = the resource); empty for non-resource requests.
 * LogResponseObject copies it into the event's responseStatus (k8s.io/apiserver pkg/audit/request.go).
 */
export function statusDetails(attrs: AuditAttributes): Record<string, string> {
  if (!attrs.isResourceRequest) return {};
  return { ...(attrs.name ? { name: attrs.name } : {}), ...(attrs.group ? { group: attrs.group } : {}), kind: attrs.resource };
}

export function buildResponseStatus(
  attrs: AuditAttributes,
  code: number,
  forbiddenMessage: string,
  given?: { message?: string; reason?: string },
): AuditResponseStatus {
  if (code < 400) return { metadata: {}, code };
  return {
    metadata: {},
    status: 'Failure',
    message: given?.message || failureMessage(attrs, code, forbiddenMessage),
    reason: given?.reason || (Object.hasOwn(REASONS, code) ? REASONS[code] : 'Unknown'),
    details: statusDetails(attrs),
    code,
  };
}

/** The Status object the API server returns for a failed request (logged at RequestResponse). */
export function buildStatusObject(attrs: AuditAttributes, status: AuditResponseStatus): Record<string, unknown> {
  const details = attrs.isResourceRequest ? statusDetails(attrs) : undefined;
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: status.status,
    message: status.message,
    reason: status.reason,
    ...(details ? { details } : {}),
    code: status.code,
  };
}
