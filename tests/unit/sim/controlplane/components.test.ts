import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { checkControlPlane, CONTROL_PLANE_CHECKS, describeControlPlaneFinding, describeControlPlaneResult } from '@/lib/sim/controlplane';
import { resultOf, staticPod } from './helpers';

const SECURE_CM = [
  '--profiling=false',
  '--use-service-account-credentials=true',
  '--service-account-private-key-file=/etc/kubernetes/pki/sa.key',
  '--root-ca-file=/etc/kubernetes/pki/ca.crt',
  '--bind-address=127.0.0.1',
  '--feature-gates=RotateKubeletServerCertificate=true',
];
const SECURE_SCHED = ['--profiling=false', '--bind-address=127.0.0.1'];
const SECURE_ETCD = [
  '--cert-file=/etc/kubernetes/pki/etcd/server.crt',
  '--key-file=/etc/kubernetes/pki/etcd/server.key',
  '--client-cert-auth=true',
  '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt',
  '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key',
  '--peer-client-cert-auth=true',
  '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
];

describe('hardened controller manager, scheduler and etcd', () => {
  it('fail no check', () => {
    expect(
      checkControlPlane([staticPod('kube-controller-manager', SECURE_CM), staticPod('kube-scheduler', SECURE_SCHED), staticPod('etcd', SECURE_ETCD)]),
    ).toEqual([]);
  });
});

const cases: [string, string, string[], 'pass' | 'fail', string][] = [
  ['controller-manager-profiling', 'kube-controller-manager', [], 'fail', '--profiling is not set, so it defaults to true'],
  [
    'controller-manager-service-account-credentials',
    'kube-controller-manager',
    [],
    'fail',
    '--use-service-account-credentials is not set, so it defaults to false',
  ],
  [
    'controller-manager-service-account-credentials',
    'kube-controller-manager',
    ['--use-service-account-credentials=true'],
    'pass',
    '--use-service-account-credentials is set to "true"',
  ],
  ['controller-manager-service-account-private-key', 'kube-controller-manager', [], 'fail', '--service-account-private-key-file is not set'],
  ['controller-manager-root-ca-file', 'kube-controller-manager', [], 'fail', '--root-ca-file is not set'],
  ['controller-manager-rotate-kubelet-server-certificate', 'kube-controller-manager', [], 'pass', 'RotateKubeletServerCertificate is on (the default)'],
  [
    'controller-manager-rotate-kubelet-server-certificate',
    'kube-controller-manager',
    ['--feature-gates=Foo=true,RotateKubeletServerCertificate=false'],
    'fail',
    '--feature-gates turns RotateKubeletServerCertificate off',
  ],
  ['controller-manager-bind-address', 'kube-controller-manager', [], 'fail', '--bind-address is not set, so it defaults to 0.0.0.0 (every interface)'],
  ['controller-manager-bind-address', 'kube-controller-manager', ['--bind-address=0.0.0.0'], 'fail', '--bind-address is set to "0.0.0.0"'],
  ['controller-manager-bind-address', 'kube-controller-manager', ['--bind-address=127.0.0.1'], 'pass', '--bind-address is set to "127.0.0.1"'],
  ['scheduler-profiling', 'kube-scheduler', ['--profiling=true'], 'fail', '--profiling is set to "true"'],
  ['scheduler-bind-address', 'kube-scheduler', ['--bind-address=10.0.0.5'], 'fail', '--bind-address is set to "10.0.0.5"'],
  ['etcd-tls', 'etcd', ['--key-file=/k'], 'fail', '--cert-file is not set'],
  ['etcd-client-cert-auth', 'etcd', [], 'fail', '--client-cert-auth is not set, so it defaults to false'],
  ['etcd-client-cert-auth', 'etcd', ['--client-cert-auth'], 'pass', '--client-cert-auth is set to "true"'],
  ['etcd-auto-tls', 'etcd', [], 'pass', '--auto-tls is not set and its default (false) is already secure'],
  ['etcd-auto-tls', 'etcd', ['--auto-tls=true'], 'fail', '--auto-tls is set to "true"'],
  ['etcd-peer-tls', 'etcd', [], 'fail', '--peer-cert-file and --peer-key-file are not set'],
  ['etcd-peer-client-cert-auth', 'etcd', ['--peer-client-cert-auth=false'], 'fail', '--peer-client-cert-auth is set to "false"'],
  ['etcd-peer-auto-tls', 'etcd', ['--peer-auto-tls=true'], 'fail', '--peer-auto-tls is set to "true"'],
];

describe('each component check', () => {
  it.each(cases)('%s on %s %j → %s', (id, binary, flags, status, detail) => {
    const result = resultOf([staticPod(binary, flags)], id);
    expect(result?.status).toBe(status);
    expect(result && render('en', result.detail)).toBe(detail);
  });
  it('etcd client-cert-auth off is danger', () => {
    expect(checkControlPlane([staticPod('etcd', [])]).find((f) => f.id === 'etcd-client-cert-auth')?.severity).toBe('danger');
  });
});

describe('EncryptionConfiguration (CIS 1.2.28)', () => {
  const config = (resources: unknown) => ({ apiVersion: 'apiserver.config.k8s.io/v1', kind: 'EncryptionConfiguration', resources });
  const key = { keys: [{ name: 'key1', secret: 'c2VjcmV0IGlzIHNlY3VyZSwgaXMgdGhhdCBzbz8=' }] };
  it.each([
    [
      'aescbc first',
      [{ resources: ['secrets'], providers: [{ aescbc: key }, { identity: {} }] }],
      'pass',
      'secrets are encrypted with aescbc',
      'resources[0].providers[0]',
    ],
    [
      'kms first for *.*',
      [{ resources: ['*.*'], providers: [{ kms: { apiVersion: 'v2', name: 'k' } }] }],
      'pass',
      'secrets are encrypted with kms',
      'resources[0].providers[0]',
    ],
    [
      'identity first',
      [{ resources: ['secrets'], providers: [{ identity: {} }, { aescbc: key }] }],
      'fail',
      'the first provider for secrets is identity, so new Secrets are written unencrypted',
      'resources[0].providers[0]',
    ],
    [
      'the first entry covering secrets decides',
      [
        { resources: ['configmaps'], providers: [{ aescbc: key }] },
        { resources: ['secrets'], providers: [{ identity: {} }] },
      ],
      'fail',
      'the first provider for secrets is identity, so new Secrets are written unencrypted',
      'resources[1].providers[0]',
    ],
    [
      'no entry for secrets',
      [{ resources: ['configmaps'], providers: [{ aescbc: key }] }],
      'fail',
      'no resources entry covers secrets, so they are written unencrypted',
      'resources',
    ],
    [
      'no providers',
      [{ resources: ['secrets'] }],
      'fail',
      'the first provider for secrets is (none), so new Secrets are written unencrypted',
      'resources[0].providers[0]',
    ],
  ])('%s → %s', (_name, resources, status, detail, path) => {
    const result = resultOf([config(resources)], 'encryption-secrets-provider');
    expect(result).toMatchObject({ status, path });
    expect(result && render('en', result.detail)).toBe(detail);
  });
});

describe('the registry', () => {
  it('has at least 15 checks with stable kebab-case ids, a CIS reference and both languages', () => {
    expect(CONTROL_PLANE_CHECKS.length).toBeGreaterThanOrEqual(15);
    const ids = CONTROL_PLANE_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of CONTROL_PLANE_CHECKS) {
      expect(check.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(check.cis).toMatch(/^(CIS 1\.[689] \d+(\.\d+)+|—)$/);
      for (const text of [check.title, check.why, check.fix]) {
        expect(render('en', text).length).toBeGreaterThan(10);
        expect(render('es', text).length).toBeGreaterThan(10);
        expect(render('es', text)).not.toBe(render('en', text));
      }
    }
  });
  it('describes results and findings like kube-bench, in both languages', () => {
    const pod = staticPod('kube-scheduler', ['--bind-address=127.0.0.1']);
    const result = resultOf([pod], 'scheduler-profiling')!;
    expect(render('en', describeControlPlaneResult(result))).toBe(
      '[FAIL] CIS 1.9 1.4.1 kube-scheduler: Scheduler profiling is off (--profiling is not set, so it defaults to true)',
    );
    expect(render('es', describeControlPlaneResult(result))).toBe(
      '[FALLA] CIS 1.9 1.4.1 kube-scheduler: El profiling del scheduler está desactivado (--profiling no está definido, así que vale true por defecto)',
    );
    expect(render('es', describeControlPlaneResult(resultOf([pod], 'scheduler-bind-address')!))).toBe(
      '[OK] CIS 1.9 1.4.2 kube-scheduler: El scheduler solo escucha en localhost (--bind-address vale "127.0.0.1")',
    );
    const [finding] = checkControlPlane([pod]);
    expect(render('en', describeControlPlaneFinding(finding))).toMatch(
      /^kube-scheduler: --profiling is not set, so it defaults to true\. .* Fix: Add --profiling=false to the kube-scheduler command\.$/,
    );
    expect(render('es', describeControlPlaneFinding(finding))).toMatch(/Cómo corregirlo: Agregá --profiling=false al comando de kube-scheduler\.$/);
  });
});
