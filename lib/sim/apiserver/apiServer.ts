/**
 * The simulated API server's front door for kubectl's requests: impersonation
 * (`--as`/`--as-group`), authorization (system:masters + RBAC) and the audit events the
 * active audit Policy asks for. Models k8s.io/apiserver's handler chain
 * (`pkg/server/config.go` DefaultBuildHandlerChain: audit → impersonation → authorization).
 */
import { auditEvents, type AuditRequest } from '../audit';
import { authorize, forbiddenMessage, impersonate, impersonatedIdentity } from '../rbac';
import type { AccessRequest, AuthorizationVerdict } from '../types';
import { formatMicros, nowAt } from './clock';
import { uuidFrom } from '../support/hash';
import { forbidden, status as statusOf, type Status } from './status';
import type { RequestContext, Who } from './types';

export interface ApiRequest {
  verb: string;
  resource?: string;
  group?: string;
  version?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  /** Non-resource requests (`/healthz`). */
  path?: string;
  body?: unknown;
}

/** What the handler did once the request was authorized. */
export interface ApiResult {
  status: number;
  response?: unknown;
  annotations?: Record<string, string>;
  /** A failure's Status (its message and reason go into the audit event's responseStatus). */
  failure?: Status;
}

/** A request's outcome: the handler's value, or the Status the filters refused it with. */
export type ApiCall<T> = { ok: true; who: Who; value: T; status: number } | { ok: false; who: Who; error: Status };

const MAX_AUDIT_EVENTS_PER_COMMAND = 400;

/** The identity requests run as: the impersonated one when `--as` is given. */
export function effectiveIdentity(env: RequestContext): Who {
  if (!env.impersonate) return env.actor;
  const identity = impersonatedIdentity(env.impersonate.user, env.impersonate.groups);
  return { user: identity.user, groups: [...identity.groups] };
}

/**
 * `/api/v1/namespaces/{name}` (and its subresources) is a request *in* that namespace:
 * k8s.io/apiserver pkg/endpoints/request/requestinfo.go sets Namespace from the path, so a
 * RoleBinding in namespace x may allow `get namespace x`, and Forbidden says `in the namespace "x"`.
 */
function namespaceOfRequest(req: ApiRequest): string | undefined {
  if (req.namespace) return req.namespace;
  if ((req.group ?? '') === '' && req.resource === 'namespaces' && req.name) return req.name;
  return undefined;
}

function accessRequest(who: Who, req: ApiRequest): AccessRequest {
  if (req.path !== undefined) return { user: who.user, groups: who.groups, nonResourceAttributes: { verb: req.verb, path: req.path } };
  const namespace = namespaceOfRequest(req);
  return {
    user: who.user,
    groups: who.groups,
    resourceAttributes: {
      verb: req.verb,
      group: req.group ?? '',
      version: req.version,
      resource: req.resource ?? '',
      ...(req.subresource ? { subresource: req.subresource } : {}),
      ...(namespace ? { namespace } : {}),
      ...(req.name ? { name: req.name } : {}),
    },
  };
}

/** `RBAC: allowed by RoleBinding "b/ns" of Role "r" to User "u"` (rbac.go, rule.go describers). */
function allowReason(verdict: AuthorizationVerdict & { subject?: { kind: string; name: string; namespace?: string } }): string {
  const decided = verdict.decidedBy;
  if (!decided || !('binding' in decided)) return '';
  const subject = verdict.subject;
  const who = !subject
    ? ''
    : subject.kind === 'ServiceAccount'
      ? `ServiceAccount "${subject.name}/${subject.namespace ?? ''}"`
      : `${subject.kind} "${subject.name}"`;
  const binding = decided.binding.kind === 'RoleBinding' ? `${decided.binding.name}/${decided.binding.namespace ?? ''}` : decided.binding.name;
  return `RBAC: allowed by ${decided.binding.kind} "${binding}" of ${decided.role.kind} "${decided.role.name}" to ${who}`;
}

function record(env: RequestContext, request: AuditRequest): void {
  if (env.audit.length >= MAX_AUDIT_EVENTS_PER_COMMAND) return;
  const n = env.requests++;
  const base = nowAt(env.tick) + n * 7;
  let micro = 0;
  const clock = (): string => formatMicros(base + Math.floor(micro / 1000), (micro += 173));
  const id = uuidFrom(`audit:${env.tick}:${n}`);
  const policy = env.auditPolicy;
  if (policy === undefined) return;
  const version = env.cluster.serverVersion;
  const userAgent = request.userAgent ?? `kubectl/${version.gitVersion} (linux/amd64)`;
  env.audit.push(...auditEvents(policy, { ...request, userAgent }, { clock, ids: () => id, serverMinor: version.minor }));
}

function auditBase(env: RequestContext, req: ApiRequest): AuditRequest {
  const request: AuditRequest = { ...accessRequest(env.actor, req) };
  if (env.impersonate) {
    const who = effectiveIdentity(env);
    request.impersonate = { user: who.user, groups: who.groups };
  }
  if (req.body !== undefined) request.requestObject = req.body;
  return request;
}

/**
 * Make one request: impersonate, authorize, run `handler` if allowed, audit. `skipAuthz`
 * serves the self reviews every authenticated user may create (system:basic-user).
 */
export function apiCall<T>(
  env: RequestContext,
  req: ApiRequest,
  handler: (who: Who) => ApiResult & { value: T },
  options: { skipAuthz?: boolean } = {},
): ApiCall<T> {
  const base = auditBase(env, req);
  let who = env.actor;
  if (env.impersonate) {
    const verdict = impersonate(env.cluster, env.actor, { as: env.impersonate.user, asGroups: env.impersonate.groups });
    if (!verdict.allowed) {
      // Groups without a user fail inside the impersonation filter (an internal error), the rest is a 403.
      const internal = env.impersonate.user === '';
      record(env, { ...base, responseStatus: internal ? 500 : 403 });
      const message = verdict.message ?? 'forbidden';
      return { ok: false, who, error: internal ? statusOf(500, 'InternalError', `Internal error occurred: ${message}`) : forbidden(message) };
    }
    who = { user: verdict.identity.user, groups: [...verdict.identity.groups] };
  }
  const access = accessRequest(who, req);
  const verdict = options.skipAuthz ? undefined : authorize(env.cluster, access);
  if (verdict && !verdict.allowed) {
    record(env, { ...base, authorization: { decision: 'forbid', reason: '' } });
    return { ok: false, who, error: forbidden(forbiddenMessage(access, verdict)) };
  }
  const result = handler(who);
  const authorization = { decision: 'allow' as const, reason: verdict ? allowReason(verdict) : '' };
  const failure = result.failure ? { responseMessage: result.failure.message, responseReason: result.failure.reason } : {};
  record(env, {
    ...base,
    authorization,
    responseStatus: result.status,
    ...failure,
    ...(result.response !== undefined ? { responseObject: result.response } : {}),
    ...(result.annotations ? { annotations: result.annotations } : {}),
  });
  return { ok: true, who, value: result.value, status: result.status };
}
