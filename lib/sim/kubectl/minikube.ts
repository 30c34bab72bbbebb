/**
 * What a fresh minikube cluster already holds, added to the lab's world unless the world
 * declares its own: the control-plane pods in kube-system (static pods on the first node,
 * kube-proxy, CoreDNS, the storage provisioner), the `kubernetes` and `kube-dns` Services,
 * and the bootstrap RBAC every cluster has (cluster-admin for system:masters, and the
 * discovery roles every authenticated identity gets, which `can-i --list` shows).
 * Upstream: plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go; minikube's kubeadm setup.
 * SIMPLIFICATION(k8s): only these bootstrap roles; admin/edit/view are abbreviated.
 */
import type { KubeObject } from '../types';
import { labelsOf, nameOf, namespaceOf } from './objectData';

const RBAC = 'rbac.authorization.k8s.io/v1';
const BOOTSTRAP = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const VERSION = 'v1.31.0';

function clusterRole(name: string, rules: Record<string, unknown>[], extraLabels: Record<string, string> = {}): KubeObject {
  return { apiVersion: RBAC, kind: 'ClusterRole', metadata: { name, labels: { ...BOOTSTRAP, ...extraLabels }, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } }, rules };
}

function clusterRoleBinding(name: string, role: string, group: string): KubeObject {
  return {
    apiVersion: RBAC, kind: 'ClusterRoleBinding', metadata: { name, labels: { ...BOOTSTRAP }, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role }, subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: group }],
  };
}

const READ = ['get', 'list', 'watch'];

function bootstrapRbac(): KubeObject[] {
  const viewRules = [
    { apiGroups: [''], resources: ['configmaps', 'endpoints', 'persistentvolumeclaims', 'pods', 'replicationcontrollers', 'serviceaccounts', 'services', 'namespaces', 'events', 'pods/log', 'pods/status', 'limitranges', 'resourcequotas'], verbs: READ },
    { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'replicasets', 'statefulsets'], verbs: READ },
    { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: READ },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: READ },
  ];
  const editRules = [
    { apiGroups: [''], resources: ['configmaps', 'endpoints', 'persistentvolumeclaims', 'pods', 'replicationcontrollers', 'secrets', 'serviceaccounts', 'services'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', ...READ] },
    { apiGroups: [''], resources: ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', ...READ] },
    { apiGroups: ['apps'], resources: ['daemonsets', 'deployments', 'replicasets', 'statefulsets'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', ...READ] },
    { apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', ...READ] },
    { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'networkpolicies'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', ...READ] },
    ...viewRules,
  ];
  return [
    clusterRole('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { nonResourceURLs: ['*'], verbs: ['*'] }]),
    clusterRole('admin', [...editRules, { apiGroups: ['rbac.authorization.k8s.io'], resources: ['rolebindings', 'roles'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', ...READ] }]),
    clusterRole('edit', editRules),
    clusterRole('view', viewRules),
    clusterRole('system:basic-user', [{ apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'], verbs: ['create'] }, { apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'], verbs: ['create'] }]),
    clusterRole('system:discovery', [{ nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'], verbs: ['get'] }]),
    clusterRole('system:public-info-viewer', [{ nonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'], verbs: ['get'] }]),
    clusterRole('system:service-account-issuer-discovery', [{ nonResourceURLs: ['/.well-known/openid-configuration', '/.well-known/openid-configuration/', '/openid/v1/jwks', '/openid/v1/jwks/'], verbs: ['get'] }]),
    clusterRoleBinding('cluster-admin', 'cluster-admin', 'system:masters'),
    clusterRoleBinding('system:basic-user', 'system:basic-user', 'system:authenticated'),
    clusterRoleBinding('system:discovery', 'system:discovery', 'system:authenticated'),
    clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', 'system:authenticated'),
    clusterRoleBinding('system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', 'system:serviceaccounts'),
  ];
}

function staticPod(component: string, node: string, image: string, command: string[]): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: `${component}-${node}`, namespace: 'kube-system', labels: { component, tier: 'control-plane' }, ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node, controller: true }] },
    spec: { nodeName: node, hostNetwork: true, priorityClassName: 'system-node-critical', containers: [{ name: component, image, command }] },
  };
}

function systemPods(node: string): KubeObject[] {
  return [
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'coredns-6f6b679f8f-x8dqv', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': '6f6b679f8f' } }, spec: { nodeName: node, priorityClassName: 'system-cluster-critical', serviceAccountName: 'coredns', containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.1', args: ['-conf', '/etc/coredns/Corefile'], ports: [{ name: 'dns', containerPort: 53, protocol: 'UDP' }, { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' }, { name: 'metrics', containerPort: 9153, protocol: 'TCP' }] }] } },
    staticPod('etcd', node, 'registry.k8s.io/etcd:3.5.15-0', ['etcd', '--advertise-client-urls=https://192.168.49.2:2379', '--data-dir=/var/lib/minikube/etcd']),
    staticPod('kube-apiserver', node, `registry.k8s.io/kube-apiserver:${VERSION}`, ['kube-apiserver', '--advertise-address=192.168.49.2', '--authorization-mode=Node,RBAC', '--audit-policy-file=/etc/ssl/certs/audit-policy.yaml', '--audit-log-path=-', '--enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount,DefaultStorageClass,DefaultTolerationSeconds,NodeRestriction,MutatingAdmissionWebhook,ValidatingAdmissionWebhook,ResourceQuota', '--secure-port=8443', '--service-cluster-ip-range=10.96.0.0/12']),
    staticPod('kube-controller-manager', node, `registry.k8s.io/kube-controller-manager:${VERSION}`, ['kube-controller-manager', '--allocate-node-cidrs=true', '--cluster-cidr=10.244.0.0/16', '--use-service-account-credentials=true']),
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kube-proxy-q7xk2', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } }, spec: { nodeName: node, hostNetwork: true, priorityClassName: 'system-node-critical', serviceAccountName: 'kube-proxy', containers: [{ name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${VERSION}`, command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'] }] } },
    staticPod('kube-scheduler', node, `registry.k8s.io/kube-scheduler:${VERSION}`, ['kube-scheduler', '--bind-address=127.0.0.1', '--leader-elect=false']),
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'storage-provisioner', namespace: 'kube-system', labels: { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'integration-test': 'storage-provisioner' } }, spec: { nodeName: node, hostNetwork: true, serviceAccountName: 'storage-provisioner', containers: [{ name: 'storage-provisioner', image: 'gcr.io/k8s-minikube/storage-provisioner:v5', command: ['/storage-provisioner'] }] } },
  ];
}

function services(): KubeObject[] {
  return [
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }] } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'CoreDNS' } }, spec: { clusterIP: '10.96.0.10', selector: { 'k8s-app': 'kube-dns' }, ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }] } },
  ];
}

function minikubeNode(): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name: 'minikube', labels: { 'kubernetes.io/hostname': 'minikube', 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'minikube.k8s.io/primary': 'true', 'node-role.kubernetes.io/control-plane': '' } },
    spec: { podCIDR: '10.244.0.0/24' },
    status: { addresses: [{ type: 'InternalIP', address: '192.168.49.2' }, { type: 'Hostname', address: 'minikube' }], nodeInfo: { kubeletVersion: VERSION, osImage: 'Ubuntu 22.04.4 LTS', containerRuntimeVersion: 'docker://27.2.0' } },
  };
}

function systemAccounts(): KubeObject[] {
  return ['coredns', 'kube-proxy', 'storage-provisioner'].map((name) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } }));
}

function firstNodeName(objects: readonly KubeObject[]): string {
  const node = objects.find((o) => o.kind === 'Node');
  return node ? nameOf(node) : 'minikube';
}

function componentOf(object: KubeObject): string {
  const labels = labelsOf(object);
  return labels.component ?? labels['k8s-app'] ?? nameOf(object);
}

/** The minikube objects the world does not already declare (by kind/namespace/name, or by component). */
export function minikubeObjects(world: readonly KubeObject[]): KubeObject[] {
  const keys = new Set(world.map((o) => `${o.kind}/${namespaceOf(o)}/${nameOf(o)}`));
  const systemComponents = new Set(world.filter((o) => o.kind === 'Pod' && namespaceOf(o) === 'kube-system').map(componentOf));
  const node = firstNodeName(world);
  const nodes = world.some((o) => o.kind === 'Node') ? [] : [minikubeNode()];
  const candidates = [...nodes, ...bootstrapRbac(), ...services(), ...systemAccounts(), ...systemPods(node)];
  return candidates.filter((o) => {
    const key = `${o.kind}/${o.kind === 'ClusterRole' || o.kind === 'ClusterRoleBinding' ? '' : namespaceOf(o)}/${nameOf(o)}`;
    if (keys.has(key)) return false;
    return !(o.kind === 'Pod' && systemComponents.has(componentOf(o)));
  });
}
