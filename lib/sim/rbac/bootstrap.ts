/**
 * The bootstrap RBAC policy every API server creates at start-up (and reconciles while it
 * runs): the user-facing roles `cluster-admin`, `admin`, `edit`, `view` (the last three are
 * aggregated from `system:aggregate-to-*`), the discovery roles every identity gets, and the
 * `system:*` roles of the components the simulator models (kube-proxy, CoreDNS, monitoring).
 *
 * Data from kubernetes `plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go` and its
 * golden files `testdata/cluster-roles.yaml` / `testdata/cluster-role-bindings.yaml` (v1.31;
 * Apache-2.0), plus kubeadm's CoreDNS role (`cmd/kubeadm/app/phases/addons/dns/manifests.go`).
 * SIMPLIFICATION(k8s): the controller roles (`system:controller:*`) and the node, scheduler
 * and certificate roles are left out: no lab asks about them.
 */
import type { KubeObject } from '../types';

const RBAC = 'rbac.authorization.k8s.io';
export const BOOTSTRAP_LABEL = 'kubernetes.io/bootstrapping';
const META = { labels: { [BOOTSTRAP_LABEL]: 'rbac-defaults' }, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } };
const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const READ_WRITE = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

type Rule = Record<string, string[]>;

function rule(apiGroups: string[], resources: string[], verbs: string[]): Rule {
  return { apiGroups, resources, verbs };
}

function clusterRole(name: string, rules: Rule[], extra: { labels?: Record<string, string>; aggregateFrom?: string } = {}): KubeObject {
  const metadata = { name, labels: { ...META.labels, ...extra.labels }, annotations: { ...META.annotations } };
  if (!extra.aggregateFrom) return { apiVersion: `${RBAC}/v1`, kind: 'ClusterRole', metadata, rules };
  const aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [`${RBAC}/aggregate-to-${extra.aggregateFrom}`]: 'true' } }] };
  return { apiVersion: `${RBAC}/v1`, kind: 'ClusterRole', metadata, aggregationRule, rules: [] };
}

type Subject = { kind: 'Group' | 'User' | 'ServiceAccount'; name: string; namespace?: string };

function clusterRoleBinding(name: string, subjects: Subject[], role = name): KubeObject {
  return {
    apiVersion: `${RBAC}/v1`,
    kind: 'ClusterRoleBinding',
    metadata: { name, labels: { ...META.labels }, annotations: { ...META.annotations } },
    roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: role },
    subjects: subjects.map((s) => (s.kind === 'ServiceAccount' ? { ...s } : { apiGroup: RBAC, ...s })),
  };
}

const aggregate = (to: string) => ({ [`${RBAC}/aggregate-to-${to}`]: 'true' });

function aggregateToView(): Rule[] {
  return [
    rule(
      [''],
      [
        'configmaps',
        'endpoints',
        'persistentvolumeclaims',
        'persistentvolumeclaims/status',
        'pods',
        'replicationcontrollers',
        'replicationcontrollers/scale',
        'serviceaccounts',
        'services',
        'services/status',
      ],
      READ,
    ),
    rule(
      [''],
      [
        'bindings',
        'events',
        'limitranges',
        'namespaces/status',
        'pods/log',
        'pods/status',
        'replicationcontrollers/status',
        'resourcequotas',
        'resourcequotas/status',
      ],
      READ,
    ),
    rule([''], ['namespaces'], READ),
    rule(['discovery.k8s.io'], ['endpointslices'], READ),
    rule(
      ['apps'],
      [
        'controllerrevisions',
        'daemonsets',
        'daemonsets/status',
        'deployments',
        'deployments/scale',
        'deployments/status',
        'replicasets',
        'replicasets/scale',
        'replicasets/status',
        'statefulsets',
        'statefulsets/scale',
        'statefulsets/status',
      ],
      READ,
    ),
    rule(['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], READ),
    rule(['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status'], READ),
    rule(
      ['extensions'],
      [
        'daemonsets',
        'daemonsets/status',
        'deployments',
        'deployments/scale',
        'deployments/status',
        'ingresses',
        'ingresses/status',
        'networkpolicies',
        'replicasets',
        'replicasets/scale',
        'replicasets/status',
        'replicationcontrollers/scale',
      ],
      READ,
    ),
    rule(['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status'], READ),
    rule(['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies'], READ),
  ];
}

function aggregateToEdit(): Rule[] {
  return [
    rule([''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], READ),
    rule([''], ['serviceaccounts'], ['impersonate']),
    rule([''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], WRITE),
    rule([''], ['pods/eviction'], ['create']),
    rule(
      [''],
      [
        'configmaps',
        'events',
        'persistentvolumeclaims',
        'replicationcontrollers',
        'replicationcontrollers/scale',
        'secrets',
        'serviceaccounts',
        'services',
        'services/proxy',
      ],
      WRITE,
    ),
    rule([''], ['serviceaccounts/token'], ['create']),
    rule(
      ['apps'],
      ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'],
      WRITE,
    ),
    rule(['autoscaling'], ['horizontalpodautoscalers'], WRITE),
    rule(['batch'], ['cronjobs', 'jobs'], WRITE),
    rule(
      ['extensions'],
      [
        'daemonsets',
        'deployments',
        'deployments/rollback',
        'deployments/scale',
        'ingresses',
        'networkpolicies',
        'replicasets',
        'replicasets/scale',
        'replicationcontrollers/scale',
      ],
      WRITE,
    ),
    rule(['policy'], ['poddisruptionbudgets'], WRITE),
    rule(['networking.k8s.io'], ['ingresses', 'networkpolicies'], WRITE),
    rule(['coordination.k8s.io'], ['leases'], READ_WRITE),
  ];
}

function aggregateToAdmin(): Rule[] {
  return [rule(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create']), rule([RBAC], ['rolebindings', 'roles'], READ_WRITE)];
}

const EVENTS = rule(['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']);

/** The bootstrap ClusterRoles (policy.go ClusterRoles()), aggregated ones with empty rules. */
export function bootstrapClusterRoles(): KubeObject[] {
  return [
    clusterRole('cluster-admin', [rule(['*'], ['*'], ['*']), { nonResourceURLs: ['*'], verbs: ['*'] }]),
    clusterRole('admin', [], { aggregateFrom: 'admin' }),
    clusterRole('edit', [], { aggregateFrom: 'edit', labels: aggregate('admin') }),
    clusterRole('view', [], { aggregateFrom: 'view', labels: aggregate('edit') }),
    clusterRole('system:aggregate-to-admin', aggregateToAdmin(), { labels: aggregate('admin') }),
    clusterRole('system:aggregate-to-edit', aggregateToEdit(), { labels: aggregate('edit') }),
    clusterRole('system:aggregate-to-view', aggregateToView(), { labels: aggregate('view') }),
    clusterRole('system:basic-user', [
      rule(['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], ['create']),
      rule(['authentication.k8s.io'], ['selfsubjectreviews'], ['create']),
    ]),
    clusterRole('system:discovery', [
      {
        nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'],
        verbs: ['get'],
      },
    ]),
    clusterRole('system:public-info-viewer', [{ nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] }]),
    clusterRole('system:service-account-issuer-discovery', [
      { nonResourceURLs: ['/.well-known/openid-configuration', '/.well-known/openid-configuration/', '/openid/v1/jwks', '/openid/v1/jwks/'], verbs: ['get'] },
    ]),
    clusterRole('system:monitoring', [
      { nonResourceURLs: ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'], verbs: ['get'] },
    ]),
    clusterRole('system:auth-delegator', [
      rule(['authentication.k8s.io'], ['tokenreviews'], ['create']),
      rule(['authorization.k8s.io'], ['subjectaccessreviews'], ['create']),
    ]),
    clusterRole('system:node-proxier', [
      rule([''], ['endpoints', 'services'], ['list', 'watch']),
      rule([''], ['nodes'], READ),
      EVENTS,
      rule(['discovery.k8s.io'], ['endpointslices'], ['list', 'watch']),
    ]),
    clusterRole('system:kube-dns', [rule([''], ['endpoints', 'services'], ['list', 'watch'])]),
    clusterRole('system:coredns', [
      rule([''], ['endpoints', 'services', 'pods', 'namespaces'], ['list', 'watch']),
      rule(['discovery.k8s.io'], ['endpointslices'], ['list', 'watch']),
    ]),
  ];
}

/** The bootstrap ClusterRoleBindings (policy.go ClusterRoleBindings(), v1.31) and kubeadm's CoreDNS one. */
export function bootstrapClusterRoleBindings(): KubeObject[] {
  const authenticated: Subject = { kind: 'Group', name: 'system:authenticated' };
  return [
    clusterRoleBinding('cluster-admin', [{ kind: 'Group', name: 'system:masters' }]),
    clusterRoleBinding('system:basic-user', [authenticated]),
    clusterRoleBinding('system:discovery', [authenticated]),
    clusterRoleBinding('system:public-info-viewer', [authenticated, { kind: 'Group', name: 'system:unauthenticated' }]),
    clusterRoleBinding('system:service-account-issuer-discovery', [{ kind: 'Group', name: 'system:serviceaccounts' }]),
    clusterRoleBinding('system:monitoring', [{ kind: 'Group', name: 'system:monitoring' }]),
    clusterRoleBinding('system:node-proxier', [{ kind: 'User', name: 'system:kube-proxy' }]),
    clusterRoleBinding('system:kube-dns', [{ kind: 'ServiceAccount', name: 'kube-dns', namespace: 'kube-system' }]),
    clusterRoleBinding('system:coredns', [{ kind: 'ServiceAccount', name: 'coredns', namespace: 'kube-system' }]),
  ];
}

/** Every bootstrap RBAC object: ClusterRoles, then ClusterRoleBindings. */
export function bootstrapRbac(): KubeObject[] {
  return [...bootstrapClusterRoles(), ...bootstrapClusterRoleBindings()];
}

/** Is this object labelled as part of the bootstrap policy (`kubernetes.io/bootstrapping: rbac-defaults`)? */
export function isBootstrapObject(object: unknown): boolean {
  const metadata = typeof object === 'object' && object !== null ? (object as { metadata?: { labels?: Record<string, unknown> } }).metadata : undefined;
  return metadata?.labels?.[BOOTSTRAP_LABEL] === 'rbac-defaults';
}
