/**
 * Facts about built-in resources that RBAC rules name: their API group(s) and the lowercase
 * plural resource name of each kind (`kubectl api-resources` on Kubernetes 1.32).
 */
export const RESOURCE_GROUPS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ...[
    'pods',
    'services',
    'secrets',
    'configmaps',
    'namespaces',
    'nodes',
    'serviceaccounts',
    'persistentvolumeclaims',
    'persistentvolumes',
    'endpoints',
    'limitranges',
    'resourcequotas',
    'replicationcontrollers',
    'podtemplates',
  ].map((r): [string, string[]] => [r, ['']]),
  ['events', ['', 'events.k8s.io']],
  ...['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'controllerrevisions'].map((r): [string, string[]] => [r, ['apps']]),
  ...['jobs', 'cronjobs'].map((r): [string, string[]] => [r, ['batch']]),
  ...['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'].map((r): [string, string[]] => [r, ['rbac.authorization.k8s.io']]),
  ...['networkpolicies', 'ingresses', 'ingressclasses'].map((r): [string, string[]] => [r, ['networking.k8s.io']]),
  ...['validatingwebhookconfigurations', 'mutatingwebhookconfigurations', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings'].map(
    (r): [string, string[]] => [r, ['admissionregistration.k8s.io']],
  ),
  ['horizontalpodautoscalers', ['autoscaling']],
  ['poddisruptionbudgets', ['policy']],
  ['leases', ['coordination.k8s.io']],
  ['certificatesigningrequests', ['certificates.k8s.io']],
  ['storageclasses', ['storage.k8s.io']],
  ['customresourcedefinitions', ['apiextensions.k8s.io']],
  ['tokenreviews', ['authentication.k8s.io']],
  ...['subjectaccessreviews', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'localsubjectaccessreviews'].map((r): [string, string[]] => [
    r,
    ['authorization.k8s.io'],
  ]),
]);

/** Lowercase singular or kind name -> plural resource (`pod`, `Pod` -> `pods`). */
export function pluralOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (RESOURCE_GROUPS.has(lower)) return lower === name ? undefined : lower;
  const irregular: Record<string, string> = {
    networkpolicy: 'networkpolicies',
    ingress: 'ingresses',
    endpoint: 'endpoints',
    ingressclass: 'ingressclasses',
    storageclass: 'storageclasses',
    poddisruptionbudget: 'poddisruptionbudgets',
    validatingadmissionpolicy: 'validatingadmissionpolicies',
  };
  const plural = Object.hasOwn(irregular, lower) ? irregular[lower] : `${lower}s`;
  return RESOURCE_GROUPS.has(plural) ? plural : undefined;
}

/** Verbs of the API server and of the components that check special verbs. */
export const RESOURCE_VERBS = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'use',
  'bind',
  'escalate',
  'impersonate',
  'approve',
  'sign',
  'attest',
  'proxy',
];

/** Verbs of non-resource requests: the lowercase HTTP method. */
export const NON_RESOURCE_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
