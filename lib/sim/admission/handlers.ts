// The lab's built-in webhook servers (admission.md §6, our convention): a webhook whose
// clientConfig.service.name is one of these is answered here instead of over the network.
import { checkHardening } from '../hardening';
import { msg, type MessageLike } from '../messages';
import { english } from '../messages/english';
import { isRecord } from './attributes';
import { pointerToken } from './jsonPatch';
import { containersOf, podSpecOf } from './podTemplate';
import type { JsonPatchOperation, RequestAttributes } from './types';

/** An AdmissionReview response, as a webhook server would send it. */
export interface WebhookResponse {
  allowed: boolean;
  message?: string;
  /** The lab's own handlers also word their message for the learner. */
  text?: MessageLike;
  code?: number;
  patch?: JsonPatchOperation[];
  warnings?: string[];
}

export const BACKUP_REGISTRY = 'backup.registry.local/';

type Handler = (a: RequestAttributes) => WebhookResponse;

/**
 * `deny-privileged`: denies a Pod, or a workload whose pod template has, any container,
 * init container or ephemeral container with `securityContext.privileged: true`.
 */
export function denyPrivilegedHandler(a: RequestAttributes): WebhookResponse {
  const location = podSpecOf(a.object);
  if (!location) return { allowed: true };
  const privileged = containersOf(location.spec)
    .filter(({ container }) => isRecord(container.securityContext) && container.securityContext.privileged === true)
    .map(({ name }) => name);
  if (privileged.length === 0) return { allowed: true };
  const names = privileged.map((n) => `"${n}"`).join(', ');
  const plural = privileged.length > 1;
  const text = msg('admission.webhook.privileged', { names, plural });
  return { allowed: false, code: 403, message: english(text), text };
}

/**
 * `image-cloner` (the talk's mutating example): every container and init container image of a
 * Pod or workload template is pointed at its copy in the backup registry, with a JSONPatch.
 */
export function imageClonerHandler(a: RequestAttributes): WebhookResponse {
  const location = podSpecOf(a.object);
  if (!location) return { allowed: true };
  const patch: JsonPatchOperation[] = [];
  for (const { container, field, index } of containersOf(location.spec)) {
    if (field === 'ephemeralContainers' || typeof container.image !== 'string' || container.image === '') continue;
    if (container.image.startsWith(BACKUP_REGISTRY)) continue;
    const path = `${location.pointer}/${pointerToken(field)}/${index}/image`;
    patch.push({ op: 'replace', path, value: BACKUP_REGISTRY + container.image });
  }
  return patch.length ? { allowed: true, patch } : { allowed: true };
}

/** `polaris`: denies what checkHardening reports as `danger`, listing the finding ids, as Polaris' validating webhook does. */
export function polarisHandler(a: RequestAttributes): WebhookResponse {
  if (!a.object) return { allowed: true };
  let findings: { id: string; severity: string; message: string }[] = [];
  try {
    findings = checkHardening(a.object).filter((f) => f.severity === 'danger');
  } catch {
    findings = [];
  }
  if (findings.length === 0) return { allowed: true };
  const list = findings.map((f) => `${f.id} (${f.message})`).join('; ');
  const text = msg('admission.webhook.polaris', { list });
  return { allowed: false, code: 403, message: english(text), text };
}

const HANDLERS: Record<string, Handler> = {
  'deny-privileged': denyPrivilegedHandler,
  'image-cloner': imageClonerHandler,
  polaris: polarisHandler,
};

/** The built-in handler a webhook's clientConfig points at, or undefined (then the call fails). */
export function builtInHandlerFor(clientConfig: unknown): { name: string; handle: Handler } | undefined {
  if (!isRecord(clientConfig) || !isRecord(clientConfig.service)) return undefined;
  const name = clientConfig.service.name;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(HANDLERS, name)) return undefined;
  return { name, handle: HANDLERS[name] };
}

/** The URL the API server would call, for error messages (`https://svc.ns.svc:443/path?timeout=10s`). */
export function webhookUrl(clientConfig: unknown, timeoutSeconds: number): string {
  if (!isRecord(clientConfig)) return '<no clientConfig>';
  if (typeof clientConfig.url === 'string') return `${clientConfig.url}?timeout=${timeoutSeconds}s`;
  const svc = isRecord(clientConfig.service) ? clientConfig.service : {};
  const port = typeof svc.port === 'number' ? svc.port : 443;
  const path = typeof svc.path === 'string' ? svc.path : '';
  return `https://${String(svc.name ?? '')}.${String(svc.namespace ?? '')}.svc:${port}${path}?timeout=${timeoutSeconds}s`;
}
