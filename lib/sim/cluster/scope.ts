// Which kinds are cluster-scoped. Everything else (including unknown custom kinds) is
// treated as namespaced. Upstream: `kubectl api-resources --namespaced=false`.

const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'CustomResourceDefinition',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'CertificateSigningRequest',
  'ClusterTrustBundle',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'PodSecurityPolicy',
  'ComponentStatus',
  'TokenReview',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
  'SubjectAccessReview',
  'IPAddress',
  'ServiceCIDR',
  'DeviceClass',
  // Configuration files written as manifests (not API objects): never namespaced.
  'Policy',
  'AdmissionConfiguration',
  'EncryptionConfiguration',
  'AuthenticationConfiguration',
  'AuthorizationConfiguration',
  'KubeletConfiguration',
  'Config',
  'List',
]);

/** Are objects of this kind namespaced? (Unknown kinds are assumed namespaced.) */
export function isNamespacedKind(kind: string): boolean {
  return !CLUSTER_SCOPED_KINDS.has(kind);
}
