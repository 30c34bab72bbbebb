/**
 * What every lab cluster already holds before the learner applies anything: the objects of a
 * fresh minikube (Node `minikube`, the control-plane pods in kube-system as static pods on the
 * first node, kube-proxy, CoreDNS, the storage provisioner, the `kubernetes` and `kube-dns`
 * Services, kube-system's ServiceAccounts) and the bootstrap RBAC policy of the API server
 * (`../rbac/bootstrap.ts`). The checker (lib/lesson runLab) and the terminal (kubectl
 * session) build their clusters from the same list, so both answer the same questions.
 * Upstream: plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go; minikube's kubeadm setup.
 */
import type { KubeObject } from '../types';
import { bootstrapRbac } from '../rbac/bootstrap';
import { toStringMap } from './objectUtils';

const VERSION = 'v1.35.0'; // the default server version (lib/sim/version); a session's node reports its own

function staticPod(component: string, node: string, image: string, command: string[]): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${node}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node, controller: true }],
    },
    spec: { nodeName: node, hostNetwork: true, priorityClassName: 'system-node-critical', containers: [{ name: component, image, command }] },
  };
}

function systemPods(node: string): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'coredns-6f6b679f8f-x8dqv', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'pod-template-hash': '6f6b679f8f' } },
      spec: {
        nodeName: node,
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'coredns',
        containers: [
          {
            name: 'coredns',
            image: 'registry.k8s.io/coredns/coredns:v1.11.1',
            args: ['-conf', '/etc/coredns/Corefile'],
            ports: [
              { name: 'dns', containerPort: 53, protocol: 'UDP' },
              { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
              { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
            ],
          },
        ],
      },
      // The first pod of a fresh minikube gets the first address of the node's range.
      status: { podIP: '10.244.0.2' },
    },
    staticPod('etcd', node, 'registry.k8s.io/etcd:3.5.15-0', [
      'etcd',
      '--advertise-client-urls=https://192.168.49.2:2379',
      '--data-dir=/var/lib/minikube/etcd',
    ]),
    staticPod('kube-apiserver', node, `registry.k8s.io/kube-apiserver:${VERSION}`, [
      'kube-apiserver',
      '--advertise-address=192.168.49.2',
      '--authorization-mode=Node,RBAC',
      '--audit-policy-file=/etc/ssl/certs/audit-policy.yaml',
      '--audit-log-path=-',
      '--enable-admission-plugins=NamespaceLifecycle,LimitRanger,ServiceAccount,DefaultStorageClass,DefaultTolerationSeconds,NodeRestriction,MutatingAdmissionWebhook,ValidatingAdmissionWebhook,ResourceQuota',
      '--secure-port=8443',
      '--service-cluster-ip-range=10.96.0.0/12',
    ]),
    staticPod('kube-controller-manager', node, `registry.k8s.io/kube-controller-manager:${VERSION}`, [
      'kube-controller-manager',
      '--allocate-node-cidrs=true',
      '--cluster-cidr=10.244.0.0/16',
      '--use-service-account-credentials=true',
    ]),
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kube-proxy-q7xk2', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
      spec: {
        nodeName: node,
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
        serviceAccountName: 'kube-proxy',
        containers: [
          {
            name: 'kube-proxy',
            image: `registry.k8s.io/kube-proxy:${VERSION}`,
            command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
          },
        ],
      },
    },
    staticPod('kube-scheduler', node, `registry.k8s.io/kube-scheduler:${VERSION}`, ['kube-scheduler', '--bind-address=127.0.0.1', '--leader-elect=false']),
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'storage-provisioner',
        namespace: 'kube-system',
        labels: { 'addonmanager.kubernetes.io/mode': 'Reconcile', 'integration-test': 'storage-provisioner' },
      },
      spec: {
        nodeName: node,
        hostNetwork: true,
        serviceAccountName: 'storage-provisioner',
        containers: [{ name: 'storage-provisioner', image: 'gcr.io/k8s-minikube/storage-provisioner:v5', command: ['/storage-provisioner'] }],
      },
    },
  ];
}

function services(): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 8443 }] },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'CoreDNS' } },
      spec: {
        clusterIP: '10.96.0.10',
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
    },
  ];
}

function minikubeNode(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'minikube',
      labels: {
        'kubernetes.io/hostname': 'minikube',
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'minikube.k8s.io/primary': 'true',
        'node-role.kubernetes.io/control-plane': '',
      },
    },
    spec: { podCIDR: '10.244.0.0/24' },
    status: {
      addresses: [
        { type: 'InternalIP', address: '192.168.49.2' },
        { type: 'Hostname', address: 'minikube' },
      ],
      nodeInfo: { kubeletVersion: VERSION, osImage: 'Ubuntu 22.04.4 LTS', containerRuntimeVersion: 'docker://27.2.0' },
    },
  };
}

function systemAccounts(): KubeObject[] {
  return ['coredns', 'kube-proxy', 'storage-provisioner'].map((name) => ({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace: 'kube-system' },
  }));
}

/** A name as text; a mapping (`name: {toString: x}`, found by npm run fuzz) is no name, not a crash. */
const nameOf = (o: KubeObject): string => {
  const name: unknown = o.metadata?.name;
  return typeof name === 'string' || typeof name === 'number' || typeof name === 'boolean' ? String(name) : '';
};
const namespaceOf = (o: KubeObject): string => (typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : '');
const CLUSTER_SCOPED = new Set(['ClusterRole', 'ClusterRoleBinding', 'Node', 'Namespace']);

function firstNodeName(objects: readonly KubeObject[]): string {
  const node = objects.find((o) => o.kind === 'Node');
  return node ? nameOf(node) : 'minikube';
}

function componentOf(object: KubeObject): string {
  const labels = toStringMap(object.metadata?.labels);
  return labels.component ?? labels['k8s-app'] ?? nameOf(object);
}

function keyOf(o: KubeObject): string {
  return `${o.kind}/${CLUSTER_SCOPED.has(o.kind) ? '' : namespaceOf(o) || 'default'}/${nameOf(o)}`;
}

function isObject(value: unknown): value is KubeObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { metadata?: unknown }).metadata === 'object' &&
    (value as { metadata?: unknown }).metadata !== null
  );
}

/**
 * The built-in objects the given objects do not already declare (by kind/namespace/name; a
 * declared kube-system pod replaces the built-in one of the same component). A declared
 * object wins, as `kubectl apply` of a built-in object replaces it.
 */
export function builtinObjects(declared: readonly unknown[]): KubeObject[] {
  return builtinsOf(declared, (node, withNode) => candidatesOf(node, withNode));
}

/**
 * builtinObjects, as the same objects on every call (for a build that only copies
 * them: buildWorld, whose cluster build copies each input object once and then reuses it).
 * Never change them.
 */
export function sharedBuiltinObjects(declared: readonly unknown[]): readonly KubeObject[] {
  return builtinsOf(declared, (node, withNode) => {
    const key = `${withNode}\u0000${node}`;
    let list = shared.get(key);
    if (!list) {
      list = candidatesOf(node, withNode); // not frozen: frozen records and lists read slower in every later build
      if (shared.size >= 8) shared.clear(); // the first node's name is the learner's: keep a few
      shared.set(key, list);
    }
    return list;
  });
}
const shared = new Map<string, KubeObject[]>();

function candidatesOf(node: string, withNode: boolean): KubeObject[] {
  return [...(withNode ? [minikubeNode()] : []), ...bootstrapRbac(), ...services(), ...systemAccounts(), ...systemPods(node)];
}

function builtinsOf(declared: readonly unknown[], candidates: (node: string, withNode: boolean) => readonly KubeObject[]): KubeObject[] {
  const objects = declared.filter(isObject);
  const keys = new Set(objects.map(keyOf));
  const systemComponents = new Set(objects.filter((o) => o.kind === 'Pod' && namespaceOf(o) === 'kube-system').map(componentOf));
  const list = candidates(firstNodeName(objects), !objects.some((o) => o.kind === 'Node'));
  return list.filter((o) => !keys.has(keyOf(o)) && !(o.kind === 'Pod' && systemComponents.has(componentOf(o))));
}

/**
 * The objects of a lab cluster in creation order: the built-in Node first (so it is the first
 * node, 192.168.49.2 with pod range 10.244.0.0/24), then the world, then the other built-ins,
 * then what the learner applies (`applied`), as a terminal session that applied the
 * learner's files one after the other would hold them.
 */
export function withBuiltins(world: readonly unknown[], applied: readonly unknown[] = []): unknown[] {
  const extra = builtinObjects([...world, ...applied]);
  return [...extra.filter((o) => o.kind === 'Node'), ...world, ...extra.filter((o) => o.kind !== 'Node'), ...applied];
}
