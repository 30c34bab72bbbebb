// Per-request state shared by the admission phases.
import { buildCelActivation, type CelActivation, type CelVariableDeclaration } from '../cel';
import type { MessageLike } from '../messages';
import type { Cluster } from '../types';
import { celAuthorizerFor } from './celAuthorizer';
import type { AdmissionStep, InvalidStatusDetails, RequestAttributes } from './types';

export interface Rejection {
  /** English, as kubectl prints it after `Error from server`. */
  message: string;
  text: MessageLike;
  code: number;
  reason: string;
  details?: InvalidStatusDetails;
}

export interface AdmissionContext {
  cluster: Cluster;
  /** The request; `object` is replaced as mutating webhooks patch it. */
  attrs: RequestAttributes;
  steps: AdmissionStep[];
  warnings: string[];
  auditAnnotations: Record<string, string>;
  /** Every webhook call and policy evaluation fails (AdmissionRequest.outage). */
  outage?: boolean;
}

/** The `request` variable of admission CEL (an admission.k8s.io/v1 AdmissionRequest). */
export function celRequest(a: RequestAttributes): Record<string, unknown> {
  const kind = { group: a.group, version: a.version, kind: a.kind };
  const resource = { group: a.group, version: a.version, resource: a.resource };
  return {
    uid: '',
    kind,
    resource,
    subResource: a.subresource,
    requestKind: kind,
    requestResource: resource,
    requestSubResource: a.subresource,
    name: a.name,
    namespace: a.namespace,
    operation: a.operation,
    userInfo: { username: a.user, groups: a.groups },
    dryRun: a.dryRun,
    options: {},
  };
}

/** The `namespaceObject` variable: the request's Namespace; null for cluster-scoped requests and Namespaces. */
export function celNamespaceObject(ctx: AdmissionContext): unknown {
  const a = ctx.attrs;
  if (!a.namespace || (a.resource === 'namespaces' && a.group === '')) return null;
  const info = ctx.cluster.namespaces?.get?.(a.namespace);
  return info?.object ?? { apiVersion: 'v1', kind: 'Namespace', metadata: { name: a.namespace, labels: { 'kubernetes.io/metadata.name': a.namespace } } };
}

/** CEL activation for this request (object as it is now), with optional params and variables. */
export function activationFor(ctx: AdmissionContext, params: unknown = null, variables: readonly CelVariableDeclaration[] = []): CelActivation {
  return buildCelActivation(
    {
      object: ctx.attrs.object,
      oldObject: ctx.attrs.oldObject,
      request: celRequest(ctx.attrs),
      params,
      namespaceObject: celNamespaceObject(ctx),
      variables,
      authorizer: celAuthorizerFor(ctx.cluster, ctx.attrs),
    },
    { serverMinor: ctx.attrs.serverMinor },
  );
}

/** HTTP status code of a status reason (metav1.StatusReason). */
export const REASON_CODES: Record<string, number> = {
  Invalid: 422,
  Forbidden: 403,
  Unauthorized: 401,
  RequestEntityTooLarge: 413,
  BadRequest: 400,
  InternalError: 500,
  NotFound: 404,
};
