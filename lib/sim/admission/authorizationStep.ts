// Authorization before admission: a request RBAC refuses never reaches admission
// (https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb).
import { authorize, describeAuthorization, forbiddenMessage } from '../rbac';
import { msg } from '../messages';
import { english } from '../messages/english';
import type { AccessRequest } from '../types';
import type { AdmissionContext, Rejection } from './context';
import type { RequestAttributes } from './types';

const VERBS: Record<string, string> = { CREATE: 'create', UPDATE: 'update', DELETE: 'delete', CONNECT: 'create' };

/**
 * CONNECT verbs follow the HTTP method: kubectl exec/attach/port-forward POST (or upgrade a
 * websocket, which K8s 1.31+ authorizes as `create`); proxy requests are usually GETs.
 * SIMPLIFICATION(k8s): we assume those methods.
 */
function verbFor(operation: string, subresource: string): string {
  return operation === 'CONNECT' && subresource === 'proxy' ? 'get' : VERBS[operation];
}

/** The SubjectAccessReview-shaped request RBAC is asked for this admission request. */
export function accessRequestFor(a: RequestAttributes): AccessRequest {
  // CREATE has no name in the URL (POST to the collection) unless it is a subresource (pods/eviction, pods/binding).
  const name = a.operation === 'CREATE' && a.subresource === '' ? undefined : a.name || undefined;
  const isNamespaceObject = a.group === '' && a.resource === 'namespaces';
  return {
    user: a.user,
    groups: a.groups,
    resourceAttributes: {
      verb: verbFor(a.operation, a.subresource),
      group: a.group,
      version: a.version,
      resource: a.resource,
      ...(a.subresource ? { subresource: a.subresource } : {}),
      ...(a.namespace ? { namespace: a.namespace } : isNamespaceObject && name ? { namespace: name } : {}),
      ...(name ? { name } : {}),
    },
  };
}

/** RBAC decides first; a denial is the API server's 403 `... is forbidden: User "x" cannot ...`. */
export function runAuthorization(ctx: AdmissionContext): Rejection | null {
  const request = accessRequestFor(ctx.attrs);
  const verdict = authorize(ctx.cluster, request);
  const attrs = request.resourceAttributes;
  const what = `${attrs?.verb} ${ctx.attrs.resource}${ctx.attrs.subresource ? '/' + ctx.attrs.subresource : ''}`;
  const why = describeAuthorization(verdict);
  if (verdict.allowed) {
    ctx.steps.push({
      phase: 'authorization',
      by: 'RBAC',
      plugin: 'RBAC',
      outcome: 'allowed',
      message: `${what}: ${english(why)}`,
      text: msg('admission.rbacStep', { what, why }),
    });
    return null;
  }
  const message = forbiddenMessage(request, verdict);
  ctx.steps.push({
    phase: 'authorization',
    by: 'RBAC',
    plugin: 'RBAC',
    outcome: 'denied',
    message: `${message} — ${english(why)}`,
    text: msg('admission.rbacDenied', { forbidden: message, what, why }),
  });
  return { message, text: msg('admission.rbacRejected', { forbidden: message, why }), code: 403, reason: 'Forbidden' };
}
