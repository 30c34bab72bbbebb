import type { CONTROLPLANE_MESSAGES } from '../../../sim/controlplane/messages';
import type { AreaCatalog } from '../types';

export const controlplane: AreaCatalog<typeof CONTROLPLANE_MESSAGES> = {
  'controlplane.notSetMany': ({ names }) => `${names.join(' and ')} are not set`,
  'controlplane.finding': ({ component, detail, why }) => `${component}: ${detail}. ${why}`,
  'controlplane.findingWithFix': ({ finding, fix }) => `${finding} Fix: ${fix}`,
  'controlplane.resultLine': ({ status, severity, cis, component, title, detail }) =>
    `[${status === 'pass' ? 'PASS' : severity === 'info' ? 'INFO' : 'FAIL'}] ${cis === '—' ? '' : `${cis} `}${component}: ${title} (${detail})`,
  'controlplane.apiserverAccessChecks.isListedInDisable': ({ plugin }) => `${plugin} is listed in --disable-admission-plugins`,
  'controlplane.apiserverAccessChecks.isListedInEnable': ({ plugin }) => `${plugin} is listed in --enable-admission-plugins`,
  'controlplane.apiserverAccessChecks.isOnByDefault': ({ plugin }) => `${plugin} is on by default and not disabled`,
  'controlplane.apiserverAccessChecks.isNotInEnable': ({ plugin }) => `${plugin} is not in --enable-admission-plugins and is off by default`,
  'controlplane.apiserverAccessChecks.theAuthenticationconfigurationTurnsAnonymous': () => 'the AuthenticationConfiguration turns anonymous requests off',
  'controlplane.apiserverAccessChecks.anonymousRequestsAreOnly': ({ paths }) => `anonymous requests are only accepted for ${paths}`,
  'controlplane.apiserverAccessChecks.theAuthenticationconfigurationAcceptsAnonymous': () =>
    'the AuthenticationConfiguration accepts anonymous requests beyond the health paths',
  'controlplane.apiserver-anonymous-auth.title': () => 'Anonymous requests are refused',
  'controlplane.apiserver-anonymous-auth.why': () =>
    'With anonymous auth on, any request without credentials is served as system:anonymous (group system:unauthenticated): one careless RoleBinding to those names opens the API to anyone who can reach it.',
  'controlplane.apiserver-anonymous-auth.fix': () =>
    'Add --anonymous-auth=false to the kube-apiserver command in /etc/kubernetes/manifests/kube-apiserver.yaml.',
  'controlplane.apiserver-token-auth-file.title': () => 'No static token file',
  'controlplane.apiserver-token-auth-file.why': () =>
    'Tokens in a --token-auth-file never expire and can only be revoked by editing the file and restarting the API server.',
  'controlplane.apiserver-token-auth-file.fix': () => 'Remove --token-auth-file and use client certificates, OIDC or service account tokens instead.',
  'controlplane.apiserver-authorization-not-always-allow.title': () => 'Authorization is not AlwaysAllow',
  'controlplane.apiserver-authorization-not-always-allow.why': () =>
    'AlwaysAllow authorizes every authenticated request: RBAC, and everything this course teaches about it, stops mattering.',
  'controlplane.apiserver-authorization-not-always-allow.fix': () => 'Set --authorization-mode=Node,RBAC (without AlwaysAllow).',
  'controlplane.apiserver-authorization-node.title': () => 'Authorization modes include Node',
  'controlplane.apiserver-authorization-node.why': () =>
    'The Node authorizer limits each kubelet to the objects of its own pods; without it a stolen kubelet credential reads every Secret the kubelet role allows.',
  'controlplane.apiserver-authorization-node.fix': () => 'Set --authorization-mode=Node,RBAC.',
  'controlplane.apiserver-authorization-rbac.title': () => 'Authorization modes include RBAC',
  'controlplane.apiserver-authorization-rbac.why': () => 'RBAC is how Roles and RoleBindings take effect; without it they are stored but never consulted.',
  'controlplane.apiserver-authorization-rbac.fix': () => 'Set --authorization-mode=Node,RBAC.',
  'controlplane.apiserver-admission-event-rate-limit.title': () => 'EventRateLimit admission is on',
  'controlplane.apiserver-admission-event-rate-limit.why': () =>
    'Without a limit, a misbehaving client can flood the API server and etcd with Events (manual check: the limits need a config file).',
  'controlplane.apiserver-admission-event-rate-limit.fix': () =>
    'Add EventRateLimit to --enable-admission-plugins and set --admission-control-config-file with its limits.',
  'controlplane.apiserver-admission-always-admit.title': () => 'AlwaysAdmit admission is off',
  'controlplane.apiserver-admission-always-admit.why': () =>
    'AlwaysAdmit (deprecated) admits every request and defeats the admission chain that enforces policy.',
  'controlplane.apiserver-admission-always-admit.fix': () => 'Remove AlwaysAdmit from --enable-admission-plugins.',
  'controlplane.apiserver-admission-always-pull-images.title': () => 'AlwaysPullImages admission is on',
  'controlplane.apiserver-admission-always-pull-images.why': () =>
    'On shared nodes, a pod can run a private image another tenant already pulled unless every pod re-checks pull credentials (manual check: it costs pull time).',
  'controlplane.apiserver-admission-always-pull-images.fix': () => 'Add AlwaysPullImages to --enable-admission-plugins.',
  'controlplane.apiserver-admission-service-account.title': () => 'ServiceAccount admission is on',
  'controlplane.apiserver-admission-service-account.why': () =>
    'The ServiceAccount plugin gives pods their ServiceAccount and checks it exists; disabling it breaks that guarantee.',
  'controlplane.apiserver-admission-service-account.fix': () => 'Remove ServiceAccount from --disable-admission-plugins.',
  'controlplane.apiserver-admission-namespace-lifecycle.title': () => 'NamespaceLifecycle admission is on',
  'controlplane.apiserver-admission-namespace-lifecycle.why': () =>
    'NamespaceLifecycle refuses objects in namespaces that are being deleted or do not exist, and protects the system namespaces.',
  'controlplane.apiserver-admission-namespace-lifecycle.fix': () => 'Remove NamespaceLifecycle from --disable-admission-plugins.',
  'controlplane.apiserver-admission-node-restriction.title': () => 'NodeRestriction admission is on',
  'controlplane.apiserver-admission-node-restriction.why': () =>
    'NodeRestriction stops a kubelet from changing other nodes, pods on other nodes and its own sensitive labels; it is off by default.',
  'controlplane.apiserver-admission-node-restriction.fix': () => 'Add NodeRestriction to --enable-admission-plugins (and use --authorization-mode=Node,RBAC).',
  'controlplane.apiserver-admission-pod-security.title': () => 'PodSecurity admission is on',
  'controlplane.apiserver-admission-pod-security.why': () =>
    'Without PodSecurity the pod-security.kubernetes.io namespace labels do nothing: privileged pods are admitted everywhere.',
  'controlplane.apiserver-admission-pod-security.fix': () => 'Remove PodSecurity from --disable-admission-plugins.',
  'controlplane.apiserver-profiling.title': () => 'Profiling is off',
  'controlplane.apiserver-profiling.why': () =>
    'The /debug/pprof endpoints reveal internals of the server and can be used to slow it down; they are only needed while debugging.',
  'controlplane.apiserver-profiling.fix': () => 'Add --profiling=false to the kube-apiserver command.',
  'controlplane.apiserver-deny-service-external-ips.title': () => 'DenyServiceExternalIPs admission is on',
  'controlplane.apiserver-deny-service-external-ips.why': () =>
    'Anyone who may create a Service with externalIPs can intercept traffic to those IPs (CVE-2020-8554); most clusters do not need the field.',
  'controlplane.apiserver-deny-service-external-ips.fix': () => 'Add DenyServiceExternalIPs to --enable-admission-plugins.',
  'controlplane.apiserverDataChecks.isNotSetSo': ({ name }) => `${name} is not set, so Go's default cipher suites are used`,
  'controlplane.apiserverDataChecks.allowsWeakSuites': ({ name, suites }) => `${name} allows weak suites: ${suites}`,
  'controlplane.apiserverDataChecks.requestTimeoutIsNot': () => '--request-timeout is not set and its default (1m0s) is reasonable',
  'controlplane.apiserverDataChecks.requestTimeoutIsNot2': ({ value }) => `--request-timeout="${value}" is not a positive duration`,
  'controlplane.apiserver-audit-log-path.title': () => 'The audit log is written',
  'controlplane.apiserver-audit-log-path.why': () => 'Without an audit log there is no record of who did what: an intrusion or a mistake leaves no trace.',
  'controlplane.apiserver-audit-log-path.fix': () => 'Set --audit-log-path=/var/log/kubernetes/audit/audit.log (and mount that directory into the pod).',
  'controlplane.apiserver-audit-policy-file.title': () => 'An audit policy is set',
  'controlplane.apiserver-audit-policy-file.why': () =>
    'Without --audit-policy-file the API server audits nothing at all, even with a log path: the policy decides what is logged and at which level.',
  'controlplane.apiserver-audit-policy-file.fix': () =>
    'Write an audit Policy (audit.k8s.io/v1) and pass it with --audit-policy-file=/etc/kubernetes/audit-policy.yaml.',
  'controlplane.apiserver-audit-log-maxage.title': () => 'Audit logs are kept 30 days',
  'controlplane.apiserver-audit-log-maxage.why': () =>
    'Investigations often start weeks after the fact; rotated audit files should be kept long enough to answer them.',
  'controlplane.apiserver-audit-log-maxage.fix': () => 'Set --audit-log-maxage=30 (days) or more.',
  'controlplane.apiserver-audit-log-maxbackup.title': () => '10 audit log files are kept',
  'controlplane.apiserver-audit-log-maxbackup.why': () => 'Too few rotated files and old audit records are deleted before anyone reads them.',
  'controlplane.apiserver-audit-log-maxbackup.fix': () => 'Set --audit-log-maxbackup=10 or more.',
  'controlplane.apiserver-audit-log-maxsize.title': () => 'Audit log files rotate at 100 MB',
  'controlplane.apiserver-audit-log-maxsize.why': () => 'A sensible rotation size keeps the audit log usable and stops it from filling the disk.',
  'controlplane.apiserver-audit-log-maxsize.fix': () => 'Set --audit-log-maxsize=100 (MB) or more.',
  'controlplane.apiserver-request-timeout.title': () => 'Request timeout is reasonable',
  'controlplane.apiserver-request-timeout.why': () =>
    'Very long request timeouts let slow clients hold server resources (manual check: the 60s default is usually right).',
  'controlplane.apiserver-request-timeout.fix': () => 'Remove --request-timeout or set it to a few minutes at most, e.g. --request-timeout=300s.',
  'controlplane.apiserver-service-account-lookup.title': () => 'Service account tokens are checked against etcd',
  'controlplane.apiserver-service-account-lookup.why': () => 'With lookup off, a token keeps working after its ServiceAccount or Secret is deleted.',
  'controlplane.apiserver-service-account-lookup.fix': () =>
    'Remove --service-account-lookup=false (the default is true) or set --service-account-lookup=true.',
  'controlplane.apiserver-service-account-key-file.title': () => 'A service account verification key is set',
  'controlplane.apiserver-service-account-key-file.why': () =>
    'An explicit key file lets service account signing keys be rotated; without it the TLS private key is reused.',
  'controlplane.apiserver-service-account-key-file.fix': () => 'Set --service-account-key-file=/etc/kubernetes/pki/sa.pub.',
  'controlplane.apiserver-etcd-client-cert.title': () => 'The API server authenticates to etcd with a certificate',
  'controlplane.apiserver-etcd-client-cert.why': () =>
    'etcd holds every Secret of the cluster; it should only accept clients with certificates, and the API server needs one.',
  'controlplane.apiserver-etcd-client-cert.fix': () =>
    'Set --etcd-certfile and --etcd-keyfile (kubeadm: /etc/kubernetes/pki/apiserver-etcd-client.crt and .key).',
  'controlplane.apiserver-etcd-cafile.title': () => 'The etcd server certificate is verified',
  'controlplane.apiserver-etcd-cafile.why': () => 'Without the etcd CA the API server cannot tell the real etcd from an impostor.',
  'controlplane.apiserver-etcd-cafile.fix': () => 'Set --etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt.',
  'controlplane.apiserver-tls-cert.title': () => 'The API server serves a proper TLS certificate',
  'controlplane.apiserver-tls-cert.why': () => 'Without these flags the API server generates a self-signed certificate that clients cannot verify.',
  'controlplane.apiserver-tls-cert.fix': () => 'Set --tls-cert-file and --tls-private-key-file (kubeadm: /etc/kubernetes/pki/apiserver.crt and .key).',
  'controlplane.apiserver-client-ca-file.title': () => 'Client certificates can be verified',
  'controlplane.apiserver-client-ca-file.why': () => '--client-ca-file is what makes client-certificate authentication (kubelets, admins) possible and safe.',
  'controlplane.apiserver-client-ca-file.fix': () => 'Set --client-ca-file=/etc/kubernetes/pki/ca.crt.',
  'controlplane.apiserver-kubelet-client-cert.title': () => 'The API server authenticates to kubelets',
  'controlplane.apiserver-kubelet-client-cert.why': () =>
    'exec, logs and port-forward go from the API server to the kubelet; kubelets should only accept that with a client certificate.',
  'controlplane.apiserver-kubelet-client-cert.fix': () => 'Set --kubelet-client-certificate and --kubelet-client-key.',
  'controlplane.apiserver-kubelet-certificate-authority.title': () => 'Kubelet serving certificates are verified',
  'controlplane.apiserver-kubelet-certificate-authority.why': () =>
    'Without it the API server talks to kubelets without checking who answers, so exec and logs can be intercepted.',
  'controlplane.apiserver-kubelet-certificate-authority.fix': () => 'Set --kubelet-certificate-authority to the CA that signs kubelet serving certificates.',
  'controlplane.apiserver-encryption-provider-config.title': () => 'Secrets are encrypted at rest',
  'controlplane.apiserver-encryption-provider-config.why': () =>
    'Without an encryption config, Secrets are stored in etcd in plain text (base64 is not encryption): an etcd backup is every password of the cluster.',
  'controlplane.apiserver-encryption-provider-config.fix': () =>
    'Write an EncryptionConfiguration (aescbc, secretbox or kms first) and set --encryption-provider-config to it.',
  'controlplane.apiserver-tls-cipher-suites.title': () => 'Only strong TLS cipher suites',
  'controlplane.apiserver-tls-cipher-suites.why': () => 'Weak suites (3DES, RC4, CBC with SHA1) allow downgrade and decryption attacks on API traffic.',
  'controlplane.apiserver-tls-cipher-suites.fix': () =>
    'Set --tls-cipher-suites to strong suites only, e.g. TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.',
  'controlplane.apiserver-insecure-port.title': () => 'No insecure port',
  'controlplane.apiserver-insecure-port.why': () =>
    'The insecure port serves the whole API over plain HTTP with no authentication and no authorization. It is off by default since v1.20 and the flag was removed in v1.24.',
  'controlplane.apiserver-insecure-port.fix': () => 'Remove --insecure-port (or set --insecure-port=0 on versions before v1.24).',
  'controlplane.apiserver-insecure-bind-address.title': () => 'The insecure port is not exposed',
  'controlplane.apiserver-insecure-bind-address.why': () =>
    '--insecure-bind-address exposes the unauthenticated HTTP port beyond localhost (removed in v1.24).',
  'controlplane.apiserver-insecure-bind-address.fix': () => 'Remove --insecure-bind-address.',
  'controlplane.apiserver-secure-port.title': () => 'The secure port is on',
  'controlplane.apiserver-secure-port.why': () => '--secure-port=0 turns off HTTPS, leaving only insecure ways to reach the API.',
  'controlplane.apiserver-secure-port.fix': () => 'Remove --secure-port=0 (the default is 6443).',
  'controlplane.apiserverHostChecks.sendsAuditEventsTo': ({ flag }) =>
    `--${flag}=- sends audit events to the container's stdout: they are kept only until the kubelet rotates the container log (10 MiB by default), not in a file you keep`,
  'controlplane.apiserverHostChecks.noVolumemountCoversSo': ({ name, value }) =>
    `${name}: no volumeMount covers ${value}, so the container does not see that file`,
  'controlplane.apiserverHostChecks.theVolumemountNamesA': ({ name, volume }) =>
    `${name}: the volumeMount names a volume "${volume}" that the pod does not declare`,
  'controlplane.apiserverHostChecks.volumeIsNotA': ({ name, volume }) =>
    `${name}: volume "${volume}" is not a hostPath, and a static Pod cannot use API objects`,
  'controlplane.apiserverHostChecks.isMountedReadonlySo': ({ name, mountPath }) =>
    `${name}: ${mountPath} is mounted readOnly, so the API server cannot write the log`,
  'controlplane.apiserverHostChecks.isTheNodeS': ({ name, hostPath }) => `${name} is the node's ${hostPath}`,
  'controlplane.apiserverHostChecks.isNotAmongThe': ({ value }) => `${value} is not among the files: write the EncryptionConfiguration it names`,
  'controlplane.apiserverHostChecks.encryptionconfiguration': ({ path, detail }) => `EncryptionConfiguration ${path}: ${detail}`,
  'controlplane.apiserverHostChecks.encryptsSecrets': ({ value }) => `${value} encrypts Secrets`,
  'controlplane.apiserverHostChecks.everyProbeOfThe': () => 'every probe of the kubelet gets an answer',
  'controlplane.apiserver-health-probes.title': () => 'The kubelet can probe the API server',
  'controlplane.apiserver-health-probes.why': () =>
    'The kubelet probes without credentials. If a probe gets 401 or cannot connect, the kubelet restarts the API server again and again and the cluster goes dark.',
  'controlplane.apiserver-health-probes.fix': () =>
    'Probe with tcpSocket on the secure port, or keep anonymous access only for /livez, /readyz and /healthz with an AuthenticationConfiguration (v1.32+) instead of --anonymous-auth.',
  'controlplane.apiserver-audit-policy-mounted.title': () => 'The audit policy file is mounted',
  'controlplane.apiserver-audit-policy-mounted.why': () =>
    'A static Pod only sees what is mounted into it: without the mount the API server cannot read its policy and does not start.',
  'controlplane.apiserver-audit-policy-mounted.fix': () => 'Add a hostPath volume for the policy folder and a volumeMount that covers --audit-policy-file.',
  'controlplane.apiserver-audit-log-mounted.title': () => 'The audit log is written to the node',
  'controlplane.apiserver-audit-log-mounted.why': () =>
    'Without a writable hostPath mount the log stays inside the container (lost on every restart) or cannot be written at all.',
  'controlplane.apiserver-audit-log-mounted.fix': () =>
    'Add a hostPath volume for the log folder and a volumeMount (not readOnly) that covers --audit-log-path.',
  'controlplane.apiserver-encryption-config-mounted.title': () => 'The encryption configuration is mounted',
  'controlplane.apiserver-encryption-config-mounted.why': () =>
    'The API server reads --encryption-provider-config from its own filesystem: without the mount it does not start.',
  'controlplane.apiserver-encryption-config-mounted.fix': () =>
    "Add a hostPath volume for the folder of the encryption configuration and a volumeMount that covers the flag's path.",
  'controlplane.apiserver-encryption-config-valid.title': () => 'The encryption configuration encrypts Secrets',
  'controlplane.apiserver-encryption-config-valid.why': () =>
    'A malformed key stops the API server; identity first writes Secrets in plain text although the flag is set.',
  'controlplane.apiserver-encryption-config-valid.fix': () =>
    'Put aescbc, aesgcm, secretbox or kms first for secrets, with a base64 key of 32 random bytes; identity goes last, only to read old data.',
  'controlplane.apiserverProbes.nothingListensOnPort': ({ port, securePort }) => `nothing listens on port ${port} (the API server serves on ${securePort})`,
  'controlplane.apiserverProbes.anHttpRequestTo': ({ port }) => `an HTTP request to the HTTPS port ${port} gets 400`,
  'controlplane.apiserverProbes.theKubeletProbesWithout': ({ path }) =>
    `the kubelet probes ${path} without credentials and anonymous requests are off: 401 Unauthorized`,
  'controlplane.apiserverProbes.systemAnonymousMayNot': ({ path }) => `system:anonymous may not get ${path}: 403 Forbidden`,
  'controlplane.apiserverProbes.theKubeApiserverImage': () => 'the kube-apiserver image is distroless: there is no shell or curl to exec',
  'controlplane.apiserverProbes.theApiServerDoes': () => 'the API server does not serve the gRPC health protocol',
  'controlplane.apiserverProbes.theProbeHasNo': () => 'the probe has no handler (httpGet, tcpSocket, exec or grpc)',
  'controlplane.apiserverProbes.thereIsNoLivenessprobe': () => 'there is no livenessProbe: the kubelet cannot restart a hung API server',
  'controlplane.apiserverProbes.text': ({ name, problem }) => `${name}: ${problem}`,
  'controlplane.checkBuilders.isNotSet': ({ name }) => `${name} is not set`,
  'controlplane.checkBuilders.isNotSetAnd': ({ name, fallback }) => `${name} is not set and its default (${fallback}) is already secure`,
  'controlplane.checkBuilders.isNotSetSo': ({ name, fallback }) => `${name} is not set, so it defaults to ${fallback}`,
  'controlplane.checkBuilders.isSetTo': ({ name, value }) => `${name} is set to "${value}"`,
  'controlplane.checkBuilders.isNotTheComponent': ({ name, value, what }) => `${name}="${value}" is not ${what}: the component refuses to start`,
  'controlplane.checkBuilders.aValidBoolean': () => 'a valid boolean',
  'controlplane.checkBuilders.aWholeNumber': () => 'a whole number',
  'controlplane.componentChecks.rotatekubeletservercertificateIsOnThe': () => 'RotateKubeletServerCertificate is on (the default)',
  'controlplane.componentChecks.featureGatesTurnsRotatekubeletservercertificate': () => '--feature-gates turns RotateKubeletServerCertificate off',
  'controlplane.componentChecks.theDebugPprofEndpoints': () =>
    'The /debug/pprof endpoints reveal internals and can be used to slow the component down; they are only needed while debugging.',
  'controlplane.componentChecks.itsMetricsAndHealth': () =>
    'Its metrics and health endpoints only need to be reachable from the node itself; binding every interface exposes them to the network.',
  'controlplane.controller-manager-profiling.title': () => 'Controller manager profiling is off',
  'controlplane.controller-manager-profiling.fix': () => 'Add --profiling=false to the kube-controller-manager command.',
  'controlplane.controller-manager-service-account-credentials.title': () => 'Each controller uses its own service account',
  'controlplane.controller-manager-service-account-credentials.why': () =>
    "Otherwise every controller runs with the controller manager's own, very broad credentials instead of one narrow role per controller.",
  'controlplane.controller-manager-service-account-credentials.fix': () => 'Add --use-service-account-credentials=true.',
  'controlplane.controller-manager-service-account-private-key.title': () => 'Service account tokens are signed with a dedicated key',
  'controlplane.controller-manager-service-account-private-key.why': () =>
    "A dedicated signing key can be rotated on its own; it pairs with the API server's --service-account-key-file.",
  'controlplane.controller-manager-service-account-private-key.fix': () => 'Set --service-account-private-key-file=/etc/kubernetes/pki/sa.key.',
  'controlplane.controller-manager-root-ca-file.title': () => 'Pods get the cluster CA',
  'controlplane.controller-manager-root-ca-file.why': () =>
    'The root CA goes into every service account token volume so pods can verify the API server and not be fooled by an impostor.',
  'controlplane.controller-manager-root-ca-file.fix': () => 'Set --root-ca-file=/etc/kubernetes/pki/ca.crt.',
  'controlplane.controller-manager-rotate-kubelet-server-certificate.title': () => 'Kubelet serving certificates can rotate',
  'controlplane.controller-manager-rotate-kubelet-server-certificate.why': () =>
    'Rotating kubelet serving certificates keeps expired or leaked certificates from staying in use.',
  'controlplane.controller-manager-rotate-kubelet-server-certificate.fix': () => 'Remove RotateKubeletServerCertificate=false from --feature-gates.',
  'controlplane.controller-manager-bind-address.title': () => 'The controller manager listens on localhost only',
  'controlplane.controller-manager-bind-address.fix': () => 'Set --bind-address=127.0.0.1.',
  'controlplane.scheduler-profiling.title': () => 'Scheduler profiling is off',
  'controlplane.scheduler-profiling.fix': () => 'Add --profiling=false to the kube-scheduler command.',
  'controlplane.scheduler-bind-address.title': () => 'The scheduler listens on localhost only',
  'controlplane.scheduler-bind-address.fix': () => 'Set --bind-address=127.0.0.1.',
  'controlplane.componentChecks.etcdHoldsEveryObject': () =>
    'etcd holds every object of the cluster, Secrets included: whoever talks to it directly bypasses RBAC and admission.',
  'controlplane.etcd-tls.title': () => 'etcd serves TLS to clients',
  'controlplane.etcd-tls.fix': () => 'Set --cert-file and --key-file (kubeadm: /etc/kubernetes/pki/etcd/server.crt and .key).',
  'controlplane.etcd-client-cert-auth.title': () => 'etcd requires client certificates',
  'controlplane.etcd-client-cert-auth.fix': () => 'Set --client-cert-auth=true (and --trusted-ca-file).',
  'controlplane.etcd-auto-tls.title': () => 'etcd does not use self-signed client TLS',
  'controlplane.etcd-auto-tls.why': () => '--auto-tls makes etcd generate self-signed certificates that clients cannot verify.',
  'controlplane.etcd-auto-tls.fix': () => 'Remove --auto-tls=true.',
  'controlplane.etcd-peer-tls.title': () => 'etcd peers talk over TLS',
  'controlplane.etcd-peer-tls.why': () => 'Replication traffic between etcd members carries the whole database.',
  'controlplane.etcd-peer-tls.fix': () => 'Set --peer-cert-file and --peer-key-file.',
  'controlplane.etcd-peer-client-cert-auth.title': () => 'etcd peers authenticate each other',
  'controlplane.etcd-peer-client-cert-auth.why': () =>
    'Without peer certificate auth, anything that reaches the peer port can join the etcd cluster and receive its data.',
  'controlplane.etcd-peer-client-cert-auth.fix': () => 'Set --peer-client-cert-auth=true.',
  'controlplane.etcd-peer-auto-tls.title': () => 'etcd peers do not use self-signed TLS',
  'controlplane.etcd-peer-auto-tls.why': () => '--peer-auto-tls makes peers use self-signed certificates that cannot be verified.',
  'controlplane.etcd-peer-auto-tls.fix': () => 'Remove --peer-auto-tls=true.',
  'controlplane.controlplane-stray-argument.title': () => 'Only --flag arguments',
  'controlplane.controlplane-stray-argument.why': () =>
    'The control-plane components take no positional arguments and refuse to start with one. A boolean flag never takes the next word as its value: "--profiling false" is --profiling=true plus a stray "false".',
  'controlplane.controlplane-stray-argument.fix': () => 'Write every flag as --name=value, e.g. --profiling=false.',
  'controlplane.controlplane-stray-argument.detail': () => 'every argument is a flag',
  'controlplane.controlplane-stray-argument.detail2': ({ component, text }) => `${component} does not take the argument "${text}"`,
  'controlplane.encryptionChecks.noResourcesEntryCovers': () => 'no resources entry covers secrets, so they are written unencrypted',
  'controlplane.encryptionChecks.secretsAreEncryptedWith': ({ provider }) => `secrets are encrypted with ${provider}`,
  'controlplane.encryptionChecks.theFirstProviderFor': ({ shown }) => `the first provider for secrets is ${shown}, so new Secrets are written unencrypted`,
  'controlplane.encryption-secrets-provider.title': () => 'Secrets are written encrypted',
  'controlplane.encryption-secrets-provider.why': () =>
    'The first provider encrypts every new write; with identity first (or no entry for secrets) Secrets land in etcd in plain text, and the other providers only decrypt old data.',
  'controlplane.encryption-secrets-provider.fix': () =>
    'List secrets in resources and put aescbc, aesgcm, secretbox or kms first in its providers (identity last, only to read old data); then rewrite existing Secrets (kubectl get secrets -A -o json | kubectl replace -f -).',
  'controlplane.encryptionFile.needsAtLeastOne': ({ provider }) => `${provider} needs at least one key`,
  'controlplane.encryptionFile.everyKeyNeedsA': () => 'every key needs a name',
  'controlplane.encryptionFile.keySecretIsNot': ({ name }) => `key "${name}": secret is not valid base64`,
  'controlplane.encryptionFile.keyIsBytesNeeds': ({ name, size, provider, want }) =>
    `key "${name}" is ${size} bytes; ${provider} needs ${want} bytes (head -c 32 /dev/urandom | base64)`,
  'controlplane.encryptionFile.eachProviderMustBe': () => 'each provider must be exactly one of aescbc, aesgcm, secretbox, kms, identity',
  'controlplane.encryptionFile.kmsNeedsAName': () => 'kms needs a name and an endpoint',
  'controlplane.encryptionFile.everyResourcesEntryNeeds': () => 'every resources entry needs resources and providers',
  'controlplane.encryptionFile.noResourcesEntryCovers': () => 'no resources entry covers secrets, so they are written unencrypted',
  'controlplane.encryptionFile.theFirstProviderFor': () => 'the first provider for secrets is identity, so new Secrets are written unencrypted',
  'controlplane.kubeletChecks.eventrecordqpsIsNotA': ({ value }) => `eventRecordQPS=${value} is not a valid rate`,
  'controlplane.kubeletChecks.eventrecordqpsIs0Events': () => 'eventRecordQPS is 0: events are not rate-limited at all',
  'controlplane.kubeletChecks.servertlsbootstrapIsTrueThe': () => 'serverTLSBootstrap is true: the serving certificate is requested from the cluster CA',
  'controlplane.kubeletChecks.rotatecertificatesIsNotSet': () =>
    'rotateCertificates is not set and defaults to false (kube-bench passes this check when it is absent)',
  'controlplane.kubelet-anonymous-auth.title': () => 'The kubelet refuses anonymous requests',
  'controlplane.kubelet-anonymous-auth.why': () =>
    'The kubelet API (port 10250) runs commands in containers and reads their logs; anonymous requests should never reach it.',
  'controlplane.kubelet-anonymous-auth.fix': () =>
    'Set authentication.anonymous.enabled: false in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-authorization-mode.title': () => 'The kubelet asks the API server before serving a request',
  'controlplane.kubelet-authorization-mode.why': () =>
    'With AlwaysAllow, anyone who can reach port 10250 and authenticate (or anyone at all, with anonymous auth) can exec into every pod on the node.',
  'controlplane.kubelet-authorization-mode.fix': () =>
    'Set authorization.mode: Webhook in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-client-ca-file.title': () => 'The kubelet verifies client certificates',
  'controlplane.kubelet-client-ca-file.why': () => "Without a client CA the kubelet cannot authenticate the API server's client certificate.",
  'controlplane.kubelet-client-ca-file.fix': () =>
    'Set authentication.x509.clientCAFile: /etc/kubernetes/pki/ca.crt in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-read-only-port.title': () => 'The read-only port is closed',
  'controlplane.kubelet-read-only-port.why': () =>
    'The read-only port (usually 10255) serves pod specs and node details over HTTP with no authentication at all.',
  'controlplane.kubelet-read-only-port.fix': () => 'Set readOnlyPort: 0 in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-streaming-connection-idle-timeout.title': () => 'Idle exec and port-forward sessions time out',
  'controlplane.kubelet-streaming-connection-idle-timeout.why': () =>
    'A timeout of 0 keeps forgotten exec and port-forward connections open forever, for anyone who hijacks them and as a resource drain.',
  'controlplane.kubelet-streaming-connection-idle-timeout.fix': () =>
    'Set streamingConnectionIdleTimeout: 5m in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-protect-kernel-defaults.title': () => 'The kubelet protects kernel settings',
  'controlplane.kubelet-protect-kernel-defaults.why': () =>
    'With protectKernelDefaults the kubelet refuses to start when kernel settings differ from what it needs, instead of silently changing them.',
  'controlplane.kubelet-protect-kernel-defaults.fix': () =>
    'Set protectKernelDefaults: true in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet (tune the sysctls first).',
  'controlplane.kubelet-make-iptables-util-chains.title': () => 'The kubelet manages its iptables chains',
  'controlplane.kubelet-make-iptables-util-chains.why': () => 'The kubelet keeps the iptables rules pods need for networking in sync with their configuration.',
  'controlplane.kubelet-make-iptables-util-chains.fix': () =>
    'Set makeIPTablesUtilChains: true (the default) in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-event-record-qps.title': () => 'Events are captured at a sensible rate',
  'controlplane.kubelet-event-record-qps.why': () => 'Too low a limit drops security-relevant events; 0 (no limit) lets a noisy node flood the API server.',
  'controlplane.kubelet-event-record-qps.fix': () =>
    'Set eventRecordQPS to an appropriate level (the default is 50) in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-tls-cert.title': () => 'The kubelet serves a verifiable certificate',
  'controlplane.kubelet-tls-cert.why': () =>
    'Without a certificate (or serverTLSBootstrap) the kubelet serves a self-signed one, so the API server cannot verify it is talking to the real node.',
  'controlplane.kubelet-tls-cert.fix': () =>
    'Set tlsCertFile and tlsPrivateKeyFile, or serverTLSBootstrap: true, in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-rotate-certificates.title': () => 'Kubelet client certificates rotate',
  'controlplane.kubelet-rotate-certificates.why': () =>
    "Rotation replaces the kubelet's client certificate before it expires, so short-lived certificates are practical.",
  'controlplane.kubelet-rotate-certificates.fix': () =>
    'Set rotateCertificates: true in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-rotate-server-certificate.title': () => 'Kubelet serving certificates can rotate',
  'controlplane.kubelet-rotate-server-certificate.why': () =>
    'Turning the RotateKubeletServerCertificate feature off keeps serving certificates in use until someone replaces them by hand.',
  'controlplane.kubelet-rotate-server-certificate.fix': () =>
    'Remove featureGates.RotateKubeletServerCertificate: false in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-tls-cipher-suites.title': () => 'Only strong TLS cipher suites',
  'controlplane.kubelet-tls-cipher-suites.why': () => 'Weak suites allow downgrade and decryption attacks on traffic to the kubelet API.',
  'controlplane.kubelet-tls-cipher-suites.fix': () =>
    'Set tlsCipherSuites to strong suites only, e.g. [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384], in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
  'controlplane.kubelet-pod-pids-limit.title': () => 'Pods have a process limit',
  'controlplane.kubelet-pod-pids-limit.why': () =>
    "Without a PID limit, one pod (a fork bomb) can exhaust the node's process table and take down its neighbours.",
  'controlplane.kubelet-pod-pids-limit.fix': () =>
    'Set podPidsLimit, e.g. podPidsLimit: 4096, in the kubelet config file (/var/lib/kubelet/config.yaml) and restart the kubelet.',
};
