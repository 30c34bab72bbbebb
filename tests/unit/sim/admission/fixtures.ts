// Builders shared by the admission tests.
import { createCluster } from '../../../../lib/sim/cluster';
import type { AdmissionRequest } from '../../../../lib/sim/admission';

export const ADMIN = { user: 'admin', groups: ['system:masters'] };

export function namespace(name: string, labels: Record<string, string> = {}) {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function pod(
  name: string,
  opts: { namespace?: string; labels?: Record<string, string>; privileged?: boolean; image?: string; containers?: unknown[] } = {},
) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: opts.namespace ?? 'default', labels: opts.labels ?? {} },
    spec: {
      containers: opts.containers ?? [
        { name: 'app', image: opts.image ?? 'nginx:1.27', ...(opts.privileged ? { securityContext: { privileged: true } } : {}) },
      ],
    },
  };
}

export function restrictedPod(name: string, ns = 'default') {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [{ name: 'app', image: 'nginx:1.27', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
    },
  };
}

export function deployment(name: string, opts: { namespace?: string; replicas?: number; privileged?: boolean; image?: string } = {}) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: opts.namespace ?? 'default', labels: { app: name } },
    spec: {
      replicas: opts.replicas ?? 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: opts.image ?? 'nginx:1.27', ...(opts.privileged ? { securityContext: { privileged: true } } : {}) }] },
      },
    },
  };
}

type Webhook = Record<string, unknown>;

export function webhook(name: string, service: string, extra: Webhook = {}): Webhook {
  return {
    name,
    sideEffects: 'None',
    admissionReviewVersions: ['v1'],
    clientConfig: { service: { name: service, namespace: 'lab', path: '/validate' } },
    rules: [{ operations: ['CREATE', 'UPDATE'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }],
    ...extra,
  };
}

export function validatingConfig(name: string, webhooks: Webhook[]) {
  return { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration', metadata: { name }, webhooks };
}

export function mutatingConfig(name: string, webhooks: Webhook[]) {
  return { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration', metadata: { name }, webhooks };
}

export function policy(name: string, spec: Record<string, unknown>) {
  return { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicy', metadata: { name }, spec };
}

export function binding(name: string, spec: Record<string, unknown>) {
  return { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingAdmissionPolicyBinding', metadata: { name }, spec };
}

export function configMap(name: string, ns: string, data: Record<string, string>, labels: Record<string, string> = {}) {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns, labels }, data };
}

export function cluster(...objects: unknown[]) {
  return createCluster(objects);
}

export function create(object: unknown, extra: Partial<AdmissionRequest> = {}): AdmissionRequest {
  return { operation: 'CREATE', object, ...ADMIN, ...extra };
}
