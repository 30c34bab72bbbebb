import { kindTable } from '../schemas/validator.generated.js';
import type { GeneratedKind } from '../schemas/validator.generated.js';
import type { NameRule } from '../validate/names';

/**
 * What the lab knows about kinds: those the schema bundle validates, a few more built-in
 * kinds it accepts without field checks, the apiVersions Kubernetes removed, and which kinds
 * are cluster-scoped. Sources: the Kubernetes API reference (kubernetes.io/docs/reference/
 * kubernetes-api/) and the deprecated API migration guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
export interface KindInfo {
  apiVersion: string;
  kind: string;
  /** The schema validator, when the bundle covers this kind. */
  schema?: GeneratedKind;
  clusterScoped: boolean;
  /** How Kubernetes validates metadata.name for this kind (none: not an API object). */
  nameRule: NameRule;
}

const EXTRA_KINDS: [string, string, boolean][] = [
  ['v1', 'Node', true],
  ['v1', 'PersistentVolume', true],
  ['v1', 'PersistentVolumeClaim', false],
  ['v1', 'Endpoints', false],
  ['v1', 'LimitRange', false],
  ['v1', 'ResourceQuota', false],
  ['v1', 'ReplicationController', false],
  ['v1', 'Event', false],
  ['v1', 'PodTemplate', false],
  ['discovery.k8s.io/v1', 'EndpointSlice', false],
  ['policy/v1', 'PodDisruptionBudget', false],
  ['autoscaling/v2', 'HorizontalPodAutoscaler', false],
  ['autoscaling/v1', 'HorizontalPodAutoscaler', false],
  ['storage.k8s.io/v1', 'StorageClass', true],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', true],
  ['scheduling.k8s.io/v1', 'PriorityClass', true],
  ['networking.k8s.io/v1', 'IngressClass', true],
  ['node.k8s.io/v1', 'RuntimeClass', true],
  ['certificates.k8s.io/v1', 'CertificateSigningRequest', true],
  ['coordination.k8s.io/v1', 'Lease', false],
  ['apiregistration.k8s.io/v1', 'APIService', true],
];

/**
 * Configuration files of the control-plane components (not API objects: they are read from
 * disk by kube-apiserver or the kubelet). The lab accepts them without field checks;
 * `checkControlPlane` reads them.
 */
const CONFIG_FILE_KINDS: [string, string][] = [
  ['kubelet.config.k8s.io/v1beta1', 'KubeletConfiguration'],
  ['kubelet.config.k8s.io/v1', 'KubeletConfiguration'],
  ['apiserver.config.k8s.io/v1', 'EncryptionConfiguration'],
  ['apiserver.config.k8s.io/v1', 'AdmissionConfiguration'],
  ['apiserver.config.k8s.io/v1', 'AuthenticationConfiguration'],
  ['apiserver.config.k8s.io/v1beta1', 'AuthenticationConfiguration'],
  ['apiserver.config.k8s.io/v1', 'AuthorizationConfiguration'],
  ['apiserver.config.k8s.io/v1beta1', 'AuthorizationConfiguration'],
  ['pod-security.admission.config.k8s.io/v1', 'PodSecurityConfiguration'],
  ['kubescheduler.config.k8s.io/v1', 'KubeSchedulerConfiguration'],
  ['kubeproxy.config.k8s.io/v1alpha1', 'KubeProxyConfiguration'],
];

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
]);

/** apiVersions that Kubernetes served once and removed, with the release that removed them. */
const REMOVED_API_VERSIONS = new Map<string, string>([
  ['extensions/v1beta1', '1.16'],
  ['apps/v1beta1', '1.16'],
  ['apps/v1beta2', '1.16'],
  ['rbac.authorization.k8s.io/v1beta1', '1.22'],
  ['rbac.authorization.k8s.io/v1alpha1', '1.22'],
  ['networking.k8s.io/v1beta1', '1.22'],
  ['batch/v1beta1', '1.25'],
  ['policy/v1beta1', '1.25'],
  ['autoscaling/v2beta1', '1.25'],
  ['autoscaling/v2beta2', '1.26'],
  ['admissionregistration.k8s.io/v1beta1', '1.22'],
]);

let registry: { byKey: Map<string, KindInfo>; byKind: Map<string, KindInfo[]>; apiVersions: Set<string> } | null = null;

function load(): NonNullable<typeof registry> {
  if (registry !== null) return registry;
  const byKey = new Map<string, KindInfo>();
  const byKind = new Map<string, KindInfo[]>();
  const add = (info: KindInfo) => {
    byKey.set(`${info.apiVersion} ${info.kind}`, info);
    byKind.set(info.kind, [...(byKind.get(info.kind) ?? []), info]);
  };
  for (const schema of kindTable) {
    const notApiObject = schema.apiVersion === 'audit.k8s.io/v1';
    add({
      apiVersion: schema.apiVersion,
      kind: schema.kind,
      schema,
      clusterScoped: CLUSTER_SCOPED.has(schema.kind) || notApiObject,
      nameRule: notApiObject ? 'none' : nameRuleOf(schema.kind),
    });
  }
  for (const [apiVersion, kind, clusterScoped] of EXTRA_KINDS) add({ apiVersion, kind, clusterScoped, nameRule: nameRuleOf(kind) });
  for (const [apiVersion, kind] of CONFIG_FILE_KINDS) add({ apiVersion, kind, clusterScoped: true, nameRule: 'none' });
  registry = { byKey, byKind, apiVersions: new Set([...byKey.values()].map((k) => k.apiVersion)) };
  return registry;
}

/**
 * metadata.name rules (k8s.io/apimachinery validation, per kind's ValidateXName): most kinds
 * use DNS-1123 subdomains; Namespaces DNS-1123 labels; Services DNS-1035 labels; RBAC
 * objects only need a valid path segment (so `system:controller:x` is fine).
 */
function nameRuleOf(kind: string): NameRule {
  if (kind === 'Namespace') return 'dns1123-label';
  if (kind === 'Service') return 'dns1035-label';
  if (['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'].includes(kind)) return 'path-segment';
  return 'dns1123-subdomain';
}

/** The kind with this apiVersion, if the lab knows it. */
export function lookupKind(apiVersion: string, kind: string): KindInfo | undefined {
  return load().byKey.get(`${apiVersion} ${kind}`);
}

/** Every apiVersion a kind exists in (empty if the kind is unknown). */
export function apiVersionsOfKind(kind: string): string[] {
  return (load().byKind.get(kind) ?? []).map((k) => k.apiVersion);
}

/** All kind names the lab knows. */
export function knownKindNames(): string[] {
  return [...load().byKind.keys()];
}

/** Whether some known kind uses this apiVersion. */
export function isKnownApiVersion(apiVersion: string): boolean {
  return load().apiVersions.has(apiVersion);
}

/** The release that removed a kind's apiVersion, if Kubernetes removed it. */
export function removedIn(apiVersion: string, kind: string): string | undefined {
  if (apiVersion === 'extensions/v1beta1' && kind === 'Ingress') return '1.22';
  return REMOVED_API_VERSIONS.get(apiVersion);
}
