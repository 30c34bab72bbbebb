import { evaluateAuditPolicy } from './auditLevel';
import { DEFAULT_SERVER_VERSION } from '../version';
import { buildRequestUri } from './buildRequestUri';
import { buildForbiddenMessage, buildResponseStatus, buildStatusObject, isLongRunning, responseCode } from './auditResponse';
import { copyAuditBody } from './copyAuditBody';
import { isRecord } from './policyChecks';
import type {
  AuditAttributes,
  AuditEvent,
  AuditEventsOptions,
  AuditLevel,
  AuditObjectReference,
  AuditRequest,
  AuditResponseStatus,
  AuditStage,
  AuditUserInfo,
} from './types';

export const DEFAULT_SOURCE_IPS: readonly string[] = ['192.168.49.1'];
/** kubectl's User-Agent (k8s.io/client-go rest DefaultKubernetesUserAgent) at the default server version. */
export const DEFAULT_USER_AGENT = `kubectl/${DEFAULT_SERVER_VERSION.gitVersion} (linux/amd64)`;
const BODY_LESS_VERBS = new Set(['get', 'list', 'watch']);

/** A deterministic clock: `start` (ms since epoch) then one millisecond more per call, with microseconds. */
export function buildCounterClock(start = Date.UTC(2024, 0, 1)): () => string {
  let tick = 0;
  return () => new Date(start + tick++).toISOString().replace('Z', '000Z');
}

/** Deterministic UUID-shaped audit IDs: 00000000-0000-4000-8000-000000000001, ...002, ... */
export function buildCounterIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

function call(fn: unknown, fallback: () => string): string {
  if (typeof fn !== 'function') return fallback();
  try {
    const value: unknown = fn();
    return typeof value === 'string' ? value : String(value);
  } catch {
    return fallback();
  }
}

function strings(value: unknown, fallback: readonly string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [...fallback];
}

function userInfo(username: string, groups: string[]): AuditUserInfo {
  return groups.length > 0 ? { username, groups } : { username };
}

function objectRefOf(attrs: AuditAttributes, body: unknown): AuditObjectReference {
  const meta = isRecord(body) && isRecord(body.metadata) ? body.metadata : {};
  const pick = (own: string, key: string): string => own || (typeof meta[key] === 'string' ? (meta[key] as string) : '');
  const ref: Record<string, string> = {
    resource: attrs.resource,
    namespace: pick(attrs.namespace, 'namespace'),
    name: pick(attrs.name, 'name'),
    uid: pick('', 'uid'),
    apiGroup: attrs.group,
    apiVersion: attrs.version,
    resourceVersion: pick('', 'resourceVersion'),
    subresource: attrs.subresource,
  };
  return Object.fromEntries(Object.entries(ref).filter(([, v]) => v !== '')) as AuditObjectReference;
}

interface Context {
  request: Record<string, unknown>;
  attrs: AuditAttributes;
  level: Exclude<AuditLevel, 'None'>;
  omitManagedFields: boolean;
  forbidden: boolean;
  response: unknown;
}

/** What the request handler adds once authorization passed (after RequestReceived was written). */
function handlerFields(ctx: Context, stage: AuditStage, status: AuditResponseStatus): Partial<AuditEvent> {
  const { request, attrs, level, forbidden } = ctx;
  const out: Partial<AuditEvent> = { responseStatus: status };
  const body = request.requestObject;
  const hasBody = attrs.isResourceRequest && !forbidden && body !== undefined && !BODY_LESS_VERBS.has(attrs.verb);
  if (hasBody && level !== 'Metadata') out.requestObject = copyAuditBody(body, ctx.omitManagedFields);
  if (level === 'RequestResponse' && stage === 'ResponseComplete' && attrs.isResourceRequest && !isLongRunning(attrs)) {
    const response = forbidden && ctx.response === undefined ? buildStatusObject(attrs, status) : ctx.response;
    if (response !== undefined) out.responseObject = copyAuditBody(response, ctx.omitManagedFields);
  }
  return out;
}

/** Authorization annotations (filters/authorization.go), then admission ones if admission ran. */
function laterAnnotations(request: Record<string, unknown>, forbidden: boolean): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const authz = isRecord(request.authorization) ? request.authorization : null;
  if (authz) {
    out['authorization.k8s.io/decision'] = authz.decision === 'forbid' ? 'forbid' : 'allow';
    out['authorization.k8s.io/reason'] = typeof authz.reason === 'string' ? authz.reason : '';
  }
  const extra = isRecord(request.annotations) && !forbidden ? request.annotations : {};
  for (const [key, value] of Object.entries(extra)) {
    if (typeof value === 'string' && !Object.hasOwn(out, key)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function impersonated(request: Record<string, unknown>): AuditUserInfo | undefined {
  const imp = isRecord(request.impersonate) ? request.impersonate : null;
  if (!imp || typeof imp.user !== 'string') return undefined;
  return userInfo(imp.user, strings(imp.groups, []));
}

function buildEvent(ctx: Context, stage: AuditStage, id: string, received: string, at: string): AuditEvent {
  const { request, attrs, forbidden } = ctx;
  const later = stage !== 'RequestReceived';
  const imp = impersonated(request);
  const authzUser = imp ? imp.username : attrs.user;
  const authz = isRecord(request.authorization) ? request.authorization : {};
  const forbiddenMessage = buildForbiddenMessage(attrs, authzUser, typeof authz.reason === 'string' ? authz.reason : '');
  const given = {
    message: typeof request.responseMessage === 'string' ? request.responseMessage : undefined,
    reason: typeof request.responseReason === 'string' ? request.responseReason : undefined,
  };
  const status = buildResponseStatus(attrs, responseCode(attrs, request.responseStatus, forbidden), forbiddenMessage, forbidden ? undefined : given);
  const fields = later ? handlerFields(ctx, stage, status) : {};
  const annotations = later ? laterAnnotations(request, forbidden) : undefined;
  const bodyForRef = later && !forbidden ? request.requestObject : undefined;
  return {
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: ctx.level,
    auditID: id,
    stage,
    requestURI: typeof request.requestURI === 'string' && request.requestURI ? request.requestURI : buildRequestUri(attrs),
    verb: attrs.verb,
    user: userInfo(attrs.user, attrs.groups),
    ...(later && imp ? { impersonatedUser: imp } : {}),
    sourceIPs: strings(request.sourceIPs, DEFAULT_SOURCE_IPS),
    userAgent: typeof request.userAgent === 'string' ? request.userAgent : DEFAULT_USER_AGENT,
    ...(attrs.isResourceRequest ? { objectRef: objectRefOf(attrs, bodyForRef) } : {}),
    ...fields,
    requestReceivedTimestamp: received,
    stageTimestamp: at,
    ...(annotations ? { annotations } : {}),
  };
}

/**
 * The audit events the API server writes for one request: one `audit.k8s.io/v1` Event per stage
 * (RequestReceived; ResponseStarted for long-running requests; ResponseComplete) not omitted by
 * the policy, with bodies only where the level includes them; level None → no events.
 * Upstream: k8s.io/apiserver pkg/endpoints/filters/audit.go, pkg/audit/request.go; docs:
 * https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
 * SIMPLIFICATION(k8s): the Panic stage is never produced; requestObject is the body as given
 * (the API server logs it decoded and defaulted); user uid/extra are not modelled.
 */
export function auditEvents(policy: unknown, request: AuditRequest, options?: AuditEventsOptions): AuditEvent[] {
  const opts: Record<string, unknown> = isRecord(options) ? options : {};
  const serverMinor = typeof opts.serverMinor === 'number' ? opts.serverMinor : undefined;
  const { decision, omitManagedFields, attributes } = evaluateAuditPolicy(policy, request, { serverMinor });
  if (decision.level === 'None') return [];
  const req: Record<string, unknown> = isRecord(request) ? request : {};
  const authz = isRecord(req.authorization) ? req.authorization : {};
  const ctx: Context = {
    request: req,
    attrs: attributes,
    level: decision.level,
    omitManagedFields,
    forbidden: authz.decision === 'forbid',
    response: opts.response !== undefined ? opts.response : req.responseObject,
  };
  const defaultClock = buildCounterClock();
  const clock = (): string => call(opts.clock, defaultClock);
  const id = call(opts.ids, buildCounterIds());
  const stages: AuditStage[] = isLongRunning(attributes) ? ['RequestReceived', 'ResponseStarted', 'ResponseComplete'] : ['RequestReceived', 'ResponseComplete'];
  const received = clock();
  return stages
    .filter((stage) => !decision.omitStages.includes(stage))
    .map((stage) => buildEvent(ctx, stage, id, received, stage === 'RequestReceived' ? received : clock()));
}

/** Events as the log backend writes them: one JSON object per line (what `kubectl logs kube-apiserver` shows). */
export function formatAuditEvents(events: readonly AuditEvent[]): string {
  return events.map((event) => JSON.stringify(event)).join('\n');
}
