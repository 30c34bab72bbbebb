import { runControlPlaneChecks, type ControlPlaneCheckResult } from '@/lib/sim/controlplane';

/** A static Pod running `binary` with these command-line entries. */
export function staticPod(binary: string, flags: readonly string[], field: 'command' | 'args' = 'command'): Record<string, unknown> {
  const container =
    field === 'command'
      ? { name: binary, image: `registry.k8s.io/${binary}:v1.30.0`, command: [binary, ...flags] }
      : { name: binary, image: `registry.k8s.io/${binary}:v1.30.0`, args: [...flags] };
  if (binary !== 'kube-apiserver')
    return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `${binary}-node1`, namespace: 'kube-system' }, spec: { containers: [container] } };
  // As kubeadm writes it: the node's folders mounted, and a probe the kubelet can make.
  const hosted = {
    ...container,
    livenessProbe: { tcpSocket: { port: 6443 } },
    volumeMounts: [
      { name: 'k8s', mountPath: '/etc/kubernetes', readOnly: true },
      { name: 'audit-log', mountPath: '/var/log/kubernetes/audit' },
    ],
  };
  const volumes = [
    { name: 'k8s', hostPath: { path: '/etc/kubernetes' } },
    { name: 'audit-log', hostPath: { path: '/var/log/kubernetes/audit' } },
  ];
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: `${binary}-node1`, namespace: 'kube-system' }, spec: { containers: [hosted], volumes } };
}

/** The EncryptionConfiguration SECURE_APISERVER points at: aescbc first, with a 32-byte key. */
export const ENCRYPTION_CONFIG = {
  apiVersion: 'apiserver.config.k8s.io/v1',
  kind: 'EncryptionConfiguration',
  resources: [
    { resources: ['secrets'], providers: [{ aescbc: { keys: [{ name: 'key1', secret: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=' }] } }, { identity: {} }] },
  ],
};

/** Replace (value), remove (null) or add flags of a `--name=value` list. */
export function withFlags(base: readonly string[], changes: Record<string, string | null>): string[] {
  const out = base.filter((f) => !Object.hasOwn(changes, f.slice(2).split('=')[0]));
  for (const [name, value] of Object.entries(changes)) if (value !== null) out.push(`--${name}=${value}`);
  return out;
}

/** The single result of one check over some objects. */
export function resultOf(objects: unknown[], id: string): ControlPlaneCheckResult | undefined {
  const found = runControlPlaneChecks(objects).filter((r) => r.id === id);
  if (found.length > 1) throw new Error(`check ${id} ran ${found.length} times`);
  return found[0];
}

export const SECURE_APISERVER = [
  '--advertise-address=192.168.49.2',
  '--anonymous-auth=false',
  '--authorization-mode=Node,RBAC',
  '--enable-admission-plugins=NodeRestriction,EventRateLimit,AlwaysPullImages,DenyServiceExternalIPs',
  '--admission-control-config-file=/etc/kubernetes/admission.yaml',
  '--profiling=false',
  '--audit-log-path=/var/log/kubernetes/audit/audit.log',
  '--audit-log-maxage=30',
  '--audit-log-maxbackup=10',
  '--audit-log-maxsize=100',
  '--audit-policy-file=/etc/kubernetes/audit-policy.yaml',
  '--service-account-key-file=/etc/kubernetes/pki/sa.pub',
  '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
  '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key',
  '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt',
  '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt',
  '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
  '--client-ca-file=/etc/kubernetes/pki/ca.crt',
  '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt',
  '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key',
  '--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt',
  '--encryption-provider-config=/etc/kubernetes/encryption.yaml',
  '--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
];

export const SECURE_KUBELET = {
  apiVersion: 'kubelet.config.k8s.io/v1beta1',
  kind: 'KubeletConfiguration',
  authentication: { anonymous: { enabled: false }, webhook: { enabled: true }, x509: { clientCAFile: '/etc/kubernetes/pki/ca.crt' } },
  authorization: { mode: 'Webhook' },
  readOnlyPort: 0,
  streamingConnectionIdleTimeout: '5m',
  protectKernelDefaults: true,
  makeIPTablesUtilChains: true,
  eventRecordQPS: 50,
  serverTLSBootstrap: true,
  rotateCertificates: true,
  tlsCipherSuites: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
  podPidsLimit: 4096,
};
