import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { checkControlPlane, runControlPlaneChecks } from '@/lib/sim/controlplane';
import { ENCRYPTION_CONFIG, resultOf, SECURE_APISERVER, staticPod, withFlags } from './helpers';

const run = (changes: Record<string, string | null>, id: string) => resultOf([staticPod('kube-apiserver', withFlags(SECURE_APISERVER, changes))], id);

describe('kube-apiserver: a hardened manifest', () => {
  it('fails no check', () => {
    const failed = runControlPlaneChecks([staticPod('kube-apiserver', SECURE_APISERVER), ENCRYPTION_CONFIG]).filter((r) => r.status === 'fail');
    expect(failed.map((r) => r.id)).toEqual([]);
    expect(checkControlPlane([staticPod('kube-apiserver', SECURE_APISERVER), ENCRYPTION_CONFIG])).toEqual([]);
  });
});

// [check id, flag changes on the hardened manifest, expected status, what the detail says]
const cases: [string, Record<string, string | null>, 'pass' | 'fail', string][] = [
  ['apiserver-anonymous-auth', { 'anonymous-auth': null }, 'fail', '--anonymous-auth is not set, so it defaults to true'],
  ['apiserver-anonymous-auth', { 'anonymous-auth': 'true' }, 'fail', '--anonymous-auth is set to "true"'],
  ['apiserver-anonymous-auth', { 'anonymous-auth': 'False' }, 'pass', '--anonymous-auth is set to "False"'],
  ['apiserver-anonymous-auth', { 'anonymous-auth': 'no' }, 'fail', '--anonymous-auth="no" is not a valid boolean: the component refuses to start'],
  ['apiserver-token-auth-file', {}, 'pass', '--token-auth-file is not set'],
  ['apiserver-token-auth-file', { 'token-auth-file': '/etc/tokens.csv' }, 'fail', '--token-auth-file is set to "/etc/tokens.csv"'],
  ['apiserver-authorization-not-always-allow', { 'authorization-mode': null }, 'fail', '--authorization-mode is not set, so it defaults to AlwaysAllow'],
  [
    'apiserver-authorization-not-always-allow',
    { 'authorization-mode': 'Node,RBAC,AlwaysAllow' },
    'fail',
    '--authorization-mode is set to "Node,RBAC,AlwaysAllow"',
  ],
  ['apiserver-authorization-not-always-allow', { 'authorization-mode': 'RBAC' }, 'pass', '--authorization-mode is set to "RBAC"'],
  ['apiserver-authorization-node', { 'authorization-mode': 'RBAC' }, 'fail', '--authorization-mode is set to "RBAC"'],
  ['apiserver-authorization-node', { 'authorization-mode': null }, 'fail', '--authorization-mode is not set, so it defaults to AlwaysAllow'],
  ['apiserver-authorization-rbac', { 'authorization-mode': 'Node,ABAC' }, 'fail', '--authorization-mode is set to "Node,ABAC"'],
  ['apiserver-authorization-rbac', {}, 'pass', '--authorization-mode is set to "Node,RBAC"'],
  [
    'apiserver-admission-event-rate-limit',
    { 'enable-admission-plugins': 'NodeRestriction' },
    'fail',
    'EventRateLimit is not in --enable-admission-plugins and is off by default',
  ],
  [
    'apiserver-admission-always-admit',
    { 'enable-admission-plugins': 'NodeRestriction,AlwaysAdmit' },
    'fail',
    'AlwaysAdmit is listed in --enable-admission-plugins',
  ],
  ['apiserver-admission-always-admit', { 'enable-admission-plugins': null }, 'pass', 'AlwaysAdmit is not in --enable-admission-plugins and is off by default'],
  [
    'apiserver-admission-always-pull-images',
    { 'enable-admission-plugins': 'NodeRestriction' },
    'fail',
    'AlwaysPullImages is not in --enable-admission-plugins and is off by default',
  ],
  ['apiserver-admission-service-account', {}, 'pass', 'ServiceAccount is on by default and not disabled'],
  ['apiserver-admission-service-account', { 'disable-admission-plugins': 'ServiceAccount' }, 'fail', 'ServiceAccount is listed in --disable-admission-plugins'],
  [
    'apiserver-admission-namespace-lifecycle',
    { 'disable-admission-plugins': 'DefaultStorageClass,NamespaceLifecycle' },
    'fail',
    'NamespaceLifecycle is listed in --disable-admission-plugins',
  ],
  ['apiserver-admission-namespace-lifecycle', {}, 'pass', 'NamespaceLifecycle is on by default and not disabled'],
  [
    'apiserver-admission-node-restriction',
    { 'enable-admission-plugins': null },
    'fail',
    'NodeRestriction is not in --enable-admission-plugins and is off by default',
  ],
  [
    'apiserver-admission-node-restriction',
    { 'disable-admission-plugins': 'NodeRestriction' },
    'fail',
    'NodeRestriction is listed in --disable-admission-plugins',
  ],
  ['apiserver-admission-node-restriction', {}, 'pass', 'NodeRestriction is listed in --enable-admission-plugins'],
  ['apiserver-admission-pod-security', { 'disable-admission-plugins': 'PodSecurity' }, 'fail', 'PodSecurity is listed in --disable-admission-plugins'],
  [
    'apiserver-deny-service-external-ips',
    { 'enable-admission-plugins': 'NodeRestriction' },
    'fail',
    'DenyServiceExternalIPs is not in --enable-admission-plugins and is off by default',
  ],
  ['apiserver-profiling', { profiling: null }, 'fail', '--profiling is not set, so it defaults to true'],
  ['apiserver-profiling', { profiling: 'true' }, 'fail', '--profiling is set to "true"'],
  ['apiserver-audit-log-path', { 'audit-log-path': null }, 'fail', '--audit-log-path is not set'],
  ['apiserver-audit-log-path', { 'audit-log-path': '' }, 'fail', '--audit-log-path is not set'],
  ['apiserver-audit-policy-file', { 'audit-policy-file': null }, 'fail', '--audit-policy-file is not set'],
  ['apiserver-audit-log-maxage', { 'audit-log-maxage': null }, 'fail', '--audit-log-maxage is not set, so it defaults to 0'],
  ['apiserver-audit-log-maxage', { 'audit-log-maxage': '7' }, 'fail', '--audit-log-maxage is set to "7"'],
  ['apiserver-audit-log-maxage', { 'audit-log-maxage': '90' }, 'pass', '--audit-log-maxage is set to "90"'],
  ['apiserver-audit-log-maxage', { 'audit-log-maxage': '30d' }, 'fail', '--audit-log-maxage="30d" is not a whole number: the component refuses to start'],
  ['apiserver-audit-log-maxbackup', { 'audit-log-maxbackup': '3' }, 'fail', '--audit-log-maxbackup is set to "3"'],
  ['apiserver-audit-log-maxsize', { 'audit-log-maxsize': null }, 'fail', '--audit-log-maxsize is not set, so it defaults to 0'],
  ['apiserver-request-timeout', {}, 'pass', '--request-timeout is not set and its default (1m0s) is reasonable'],
  ['apiserver-request-timeout', { 'request-timeout': '1h' }, 'fail', '--request-timeout is set to "1h"'],
  ['apiserver-request-timeout', { 'request-timeout': '300s' }, 'pass', '--request-timeout is set to "300s"'],
  ['apiserver-request-timeout', { 'request-timeout': 'soon' }, 'fail', '--request-timeout="soon" is not a positive duration'],
  ['apiserver-service-account-lookup', {}, 'pass', '--service-account-lookup is not set and its default (true) is already secure'],
  ['apiserver-service-account-lookup', { 'service-account-lookup': 'false' }, 'fail', '--service-account-lookup is set to "false"'],
  ['apiserver-service-account-key-file', { 'service-account-key-file': null }, 'fail', '--service-account-key-file is not set'],
  ['apiserver-etcd-client-cert', { 'etcd-certfile': null, 'etcd-keyfile': null }, 'fail', '--etcd-certfile and --etcd-keyfile are not set'],
  ['apiserver-etcd-client-cert', { 'etcd-keyfile': null }, 'fail', '--etcd-keyfile is not set'],
  ['apiserver-etcd-cafile', { 'etcd-cafile': null }, 'fail', '--etcd-cafile is not set'],
  ['apiserver-tls-cert', { 'tls-private-key-file': null }, 'fail', '--tls-private-key-file is not set'],
  ['apiserver-client-ca-file', { 'client-ca-file': null }, 'fail', '--client-ca-file is not set'],
  ['apiserver-kubelet-client-cert', { 'kubelet-client-certificate': null }, 'fail', '--kubelet-client-certificate is not set'],
  ['apiserver-kubelet-certificate-authority', { 'kubelet-certificate-authority': null }, 'fail', '--kubelet-certificate-authority is not set'],
  ['apiserver-encryption-provider-config', { 'encryption-provider-config': null }, 'fail', '--encryption-provider-config is not set'],
  [
    'apiserver-tls-cipher-suites',
    { 'tls-cipher-suites': 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_3DES_EDE_CBC_SHA' },
    'fail',
    '--tls-cipher-suites allows weak suites: TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  ],
  ['apiserver-tls-cipher-suites', { 'tls-cipher-suites': null }, 'fail', "--tls-cipher-suites is not set, so Go's default cipher suites are used"],
  ['apiserver-insecure-port', {}, 'pass', '--insecure-port is not set'],
  ['apiserver-insecure-port', { 'insecure-port': '0' }, 'pass', '--insecure-port is set to "0"'],
  ['apiserver-insecure-port', { 'insecure-port': '8080' }, 'fail', '--insecure-port is set to "8080"'],
  ['apiserver-insecure-bind-address', { 'insecure-bind-address': '0.0.0.0' }, 'fail', '--insecure-bind-address is set to "0.0.0.0"'],
  ['apiserver-secure-port', { 'secure-port': '0' }, 'fail', '--secure-port is set to "0"'],
  ['apiserver-secure-port', { 'secure-port': '6443' }, 'pass', '--secure-port is set to "6443"'],
];

describe('kube-apiserver: each check', () => {
  it.each(cases)('%s with %j → %s (%s)', (id, changes, status, detail) => {
    const result = run(changes, id);
    expect(result?.status).toBe(status);
    expect(result && render('en', result.detail)).toBe(detail);
    expect(result && render('es', result.detail).length).toBeGreaterThan(0);
  });
});

describe('kube-apiserver: severities, paths and special cases', () => {
  it('AlwaysAllow is danger, anonymous auth warning, manual checks info', () => {
    const findings = checkControlPlane([staticPod('kube-apiserver', ['--authorization-mode=AlwaysAllow', '--enable-admission-plugins=NodeRestriction'])]);
    const severity = (id: string) => findings.find((f) => f.id === id)?.severity;
    expect(severity('apiserver-authorization-not-always-allow')).toBe('danger');
    expect(severity('apiserver-anonymous-auth')).toBe('warning');
    expect(severity('apiserver-admission-event-rate-limit')).toBe('info');
    expect(severity('apiserver-tls-cipher-suites')).toBe('info');
  });
  it('a present flag points at its command entry; an absent one at the command list', () => {
    const pod = staticPod('kube-apiserver', ['--advertise-address=1.2.3.4', '--profiling=true']);
    expect(resultOf([pod], 'apiserver-profiling')?.path).toBe('spec.containers[0].command[2]');
    expect(resultOf([pod], 'apiserver-anonymous-auth')?.path).toBe('spec.containers[0].command');
  });
  it('flags given in args point at args', () => {
    const pod = staticPod('kube-apiserver', ['--profiling=true'], 'args');
    expect(resultOf([pod], 'apiserver-profiling')?.path).toBe('spec.containers[0].args[0]');
    expect(resultOf([pod], 'apiserver-anonymous-auth')?.path).toBe('spec.containers[0].args');
  });
  it('the audit rotation checks only apply when the log goes to a file', () => {
    const noLog = staticPod('kube-apiserver', withFlags(SECURE_APISERVER, { 'audit-log-path': null, 'audit-log-maxage': null }));
    expect(resultOf([noLog], 'apiserver-audit-log-maxage')).toBeUndefined();
    const stdout = staticPod('kube-apiserver', withFlags(SECURE_APISERVER, { 'audit-log-path': '-', 'audit-log-maxage': null }));
    expect(resultOf([stdout], 'apiserver-audit-log-maxage')).toBeUndefined();
  });
  it('the authorization-mode checks do not apply with --authorization-config', () => {
    const pod = staticPod('kube-apiserver', withFlags(SECURE_APISERVER, { 'authorization-mode': null, 'authorization-config': '/etc/kubernetes/authz.yaml' }));
    expect(resultOf([pod], 'apiserver-authorization-not-always-allow')).toBeUndefined();
    expect(resultOf([pod], 'apiserver-authorization-node')).toBeUndefined();
  });
  it('repeated slice flags append; the offending occurrence is pointed at', () => {
    const pod = staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction', '--enable-admission-plugins=AlwaysAdmit']);
    expect(resultOf([pod], 'apiserver-admission-node-restriction')?.status).toBe('pass');
    expect(resultOf([pod], 'apiserver-admission-always-admit')).toMatchObject({ status: 'fail', path: 'spec.containers[0].command[2]' });
  });
  it('repeated scalar flags: the last one wins', () => {
    expect(resultOf([staticPod('kube-apiserver', ['--profiling=false', '--profiling=true'])], 'apiserver-profiling')).toMatchObject({
      status: 'fail',
      path: 'spec.containers[0].command[2]',
    });
    expect(resultOf([staticPod('kube-apiserver', ['--profiling=true', '--profiling=false'])], 'apiserver-profiling')?.status).toBe('pass');
  });
  it('findings carry both languages, the CIS number and the object index', () => {
    const findings = checkControlPlane([
      { kind: 'ConfigMap' },
      staticPod('kube-apiserver', withFlags(SECURE_APISERVER, { profiling: null })),
      ENCRYPTION_CONFIG,
    ]);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    const { text, fixText, ...plain } = finding;
    expect(plain).toEqual({
      id: 'apiserver-profiling',
      severity: 'warning',
      path: 'spec.containers[0].command',
      cis: 'CIS 1.9 1.2.15',
      objectIndex: 1,
      message:
        'kube-apiserver: --profiling is not set, so it defaults to true. The /debug/pprof endpoints reveal internals of the server and can be used to slow it down; they are only needed while debugging.',
      fix: 'Add --profiling=false to the kube-apiserver command.',
    });
    expect(text && render('en', text)).toBe(plain.message);
    expect(fixText && render('en', fixText)).toBe(plain.fix);
    expect(text && render('es', text)).toBe(
      'kube-apiserver: --profiling no está definido, así que vale true por defecto. Los endpoints /debug/pprof revelan detalles internos del servidor y se pueden usar para frenarlo; solo hacen falta para depurar.',
    );
    expect(fixText && render('es', fixText)).toBe('Agregá --profiling=false al comando de kube-apiserver.');
  });
});
