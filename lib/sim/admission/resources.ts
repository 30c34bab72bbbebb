// Kind → resource table for the kinds the lab uses (what `kubectl api-resources` prints).
// Upstream: the API server's discovery documents (https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris).

export interface ResourceInfo {
  kind: string;
  /** API group ('' = core). */
  group: string;
  /** Preferred version. */
  version: string;
  /** Plural resource name as used by RBAC, webhooks and URLs. */
  resource: string;
  namespaced: boolean;
  /**
   * Other group/versions that serve (or served) the same objects (webhook `matchPolicy: Equivalent`);
   * `removedIn`: the first minor that no longer serves it (https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
   */
  equivalents?: readonly Equivalent[];
  shortNames?: readonly string[];
}

const R = (kind: string, group: string, version: string, resource: string, namespaced: boolean, extra: Partial<ResourceInfo> = {}): ResourceInfo => ({
  kind,
  group,
  version,
  resource,
  namespaced,
  ...extra,
});

export interface Equivalent {
  group: string;
  version: string;
  removedIn?: number;
}

// Deprecation guide: apps/v1beta1, apps/v1beta2 and extensions/v1beta1 workloads and NetworkPolicy
// stopped being served in 1.16; Ingress extensions/v1beta1 and networking.k8s.io/v1beta1 in 1.22;
// CronJob batch/v1beta1, PodDisruptionBudget policy/v1beta1 and HPA autoscaling/v2beta1 in 1.25;
// HPA autoscaling/v2beta2 in 1.26. autoscaling/v1 is still served.
const APPS_OLD: Equivalent[] = [
  { group: 'apps', version: 'v1beta1', removedIn: 16 },
  { group: 'apps', version: 'v1beta2', removedIn: 16 },
  { group: 'extensions', version: 'v1beta1', removedIn: 16 },
];

/** Every kind the simulator knows, with its resource, group and scope. */
export const RESOURCES: readonly ResourceInfo[] = [
  R('Pod', '', 'v1', 'pods', true, { shortNames: ['po'] }),
  R('Service', '', 'v1', 'services', true, { shortNames: ['svc'] }),
  R('ConfigMap', '', 'v1', 'configmaps', true, { shortNames: ['cm'] }),
  R('Secret', '', 'v1', 'secrets', true),
  R('ServiceAccount', '', 'v1', 'serviceaccounts', true, { shortNames: ['sa'] }),
  R('Namespace', '', 'v1', 'namespaces', false, { shortNames: ['ns'] }),
  R('Node', '', 'v1', 'nodes', false, { shortNames: ['no'] }),
  R('PersistentVolume', '', 'v1', 'persistentvolumes', false, { shortNames: ['pv'] }),
  R('PersistentVolumeClaim', '', 'v1', 'persistentvolumeclaims', true, { shortNames: ['pvc'] }),
  R('Endpoints', '', 'v1', 'endpoints', true, { shortNames: ['ep'] }),
  R('Event', '', 'v1', 'events', true, { shortNames: ['ev'] }),
  R('EndpointSlice', 'discovery.k8s.io', 'v1', 'endpointslices', true),
  R('LimitRange', '', 'v1', 'limitranges', true, { shortNames: ['limits'] }),
  R('ResourceQuota', '', 'v1', 'resourcequotas', true, { shortNames: ['quota'] }),
  R('PodTemplate', '', 'v1', 'podtemplates', true),
  R('ReplicationController', '', 'v1', 'replicationcontrollers', true, { shortNames: ['rc'] }),
  R('Deployment', 'apps', 'v1', 'deployments', true, { equivalents: APPS_OLD, shortNames: ['deploy'] }),
  R('ReplicaSet', 'apps', 'v1', 'replicasets', true, { equivalents: APPS_OLD, shortNames: ['rs'] }),
  R('DaemonSet', 'apps', 'v1', 'daemonsets', true, { equivalents: APPS_OLD, shortNames: ['ds'] }),
  R('StatefulSet', 'apps', 'v1', 'statefulsets', true, { equivalents: APPS_OLD.slice(0, 2), shortNames: ['sts'] }),
  R('ControllerRevision', 'apps', 'v1', 'controllerrevisions', true),
  R('Job', 'batch', 'v1', 'jobs', true),
  R('CronJob', 'batch', 'v1', 'cronjobs', true, { equivalents: [{ group: 'batch', version: 'v1beta1', removedIn: 25 }], shortNames: ['cj'] }),
  R('HorizontalPodAutoscaler', 'autoscaling', 'v2', 'horizontalpodautoscalers', true, {
    equivalents: [
      { group: 'autoscaling', version: 'v1' },
      { group: 'autoscaling', version: 'v2beta2', removedIn: 26 },
      { group: 'autoscaling', version: 'v2beta1', removedIn: 25 },
    ],
    shortNames: ['hpa'],
  }),
  R('PodDisruptionBudget', 'policy', 'v1', 'poddisruptionbudgets', true, {
    equivalents: [{ group: 'policy', version: 'v1beta1', removedIn: 25 }],
    shortNames: ['pdb'],
  }),
  R('Eviction', 'policy', 'v1', 'evictions', true),
  R('NetworkPolicy', 'networking.k8s.io', 'v1', 'networkpolicies', true, {
    equivalents: [{ group: 'extensions', version: 'v1beta1', removedIn: 16 }],
    shortNames: ['netpol'],
  }),
  R('Ingress', 'networking.k8s.io', 'v1', 'ingresses', true, {
    equivalents: [
      { group: 'networking.k8s.io', version: 'v1beta1', removedIn: 22 },
      { group: 'extensions', version: 'v1beta1', removedIn: 22 },
    ],
    shortNames: ['ing'],
  }),
  R('IngressClass', 'networking.k8s.io', 'v1', 'ingressclasses', false),
  R('Role', 'rbac.authorization.k8s.io', 'v1', 'roles', true),
  R('RoleBinding', 'rbac.authorization.k8s.io', 'v1', 'rolebindings', true),
  R('ClusterRole', 'rbac.authorization.k8s.io', 'v1', 'clusterroles', false),
  R('ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', false),
  R('StorageClass', 'storage.k8s.io', 'v1', 'storageclasses', false, { shortNames: ['sc'] }),
  R('CSIDriver', 'storage.k8s.io', 'v1', 'csidrivers', false),
  R('RuntimeClass', 'node.k8s.io', 'v1', 'runtimeclasses', false),
  R('PriorityClass', 'scheduling.k8s.io', 'v1', 'priorityclasses', false, { shortNames: ['pc'] }),
  R('Lease', 'coordination.k8s.io', 'v1', 'leases', true),
  R('CustomResourceDefinition', 'apiextensions.k8s.io', 'v1', 'customresourcedefinitions', false, { shortNames: ['crd', 'crds'] }),
  R('APIService', 'apiregistration.k8s.io', 'v1', 'apiservices', false),
  R('CertificateSigningRequest', 'certificates.k8s.io', 'v1', 'certificatesigningrequests', false, { shortNames: ['csr'] }),
  R('MutatingWebhookConfiguration', 'admissionregistration.k8s.io', 'v1', 'mutatingwebhookconfigurations', false),
  R('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io', 'v1', 'validatingwebhookconfigurations', false),
  R('ValidatingAdmissionPolicy', 'admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicies', false),
  R('ValidatingAdmissionPolicyBinding', 'admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicybindings', false),
  R('MutatingAdmissionPolicy', 'admissionregistration.k8s.io', 'v1beta1', 'mutatingadmissionpolicies', false),
  R('MutatingAdmissionPolicyBinding', 'admissionregistration.k8s.io', 'v1beta1', 'mutatingadmissionpolicybindings', false),
  R('TokenReview', 'authentication.k8s.io', 'v1', 'tokenreviews', false),
  R('SubjectAccessReview', 'authorization.k8s.io', 'v1', 'subjectaccessreviews', false),
  R('SelfSubjectAccessReview', 'authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', false),
  R('SelfSubjectRulesReview', 'authorization.k8s.io', 'v1', 'selfsubjectrulesreviews', false),
  R('LocalSubjectAccessReview', 'authorization.k8s.io', 'v1', 'localsubjectaccessreviews', true),
  R('SelfSubjectReview', 'authentication.k8s.io', 'v1', 'selfsubjectreviews', false),
];

const BY_KIND = new Map(RESOURCES.map((r) => [r.kind, r]));
const BY_RESOURCE = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  BY_RESOURCE.set(r.resource, r);
  for (const s of r.shortNames ?? []) BY_RESOURCE.set(s, r);
  BY_RESOURCE.set(r.kind.toLowerCase(), r);
}

/** Splits an apiVersion (`apps/v1` → group `apps`, version `v1`; `v1` → core group). */
export function splitApiVersion(apiVersion: unknown): { group: string; version: string } {
  if (typeof apiVersion !== 'string' || apiVersion === '') return { group: '', version: '' };
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/**
 * Resource of a kind (as discovery maps it). Unknown kinds get the lowercased plural and
 * are treated as namespaced. SIMPLIFICATION(k8s): without discovery, custom resources are
 * guessed (`Foo` → `foos`, namespaced); declare them in this table to be exact.
 */
export function resourceForKind(kind: string, apiVersion?: string): ResourceInfo & { known: boolean } {
  const known = BY_KIND.get(kind);
  const { group, version } = splitApiVersion(apiVersion);
  if (known && (apiVersion === undefined || known.group === group)) {
    return { ...known, version: version || known.version, known: true };
  }
  const lower = kind.toLowerCase();
  const plural = /(s|x|z|ch|sh)$/.test(lower) ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`;
  return { kind, group, version, resource: plural, namespaced: true, known: false };
}

/** Looks a resource up by plural, short name or lowercase kind (`pods`, `po`, `pod`, `deploy`). */
export function resourceByName(name: string): ResourceInfo | undefined {
  return BY_RESOURCE.get(name.toLowerCase());
}

/** Kinds whose objects carry a pod template (`spec.template`, CronJob: `spec.jobTemplate.spec.template`). */
export const WORKLOAD_KINDS: readonly string[] = [
  'PodTemplate',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'DaemonSet',
  'StatefulSet',
  'Job',
  'CronJob',
];
