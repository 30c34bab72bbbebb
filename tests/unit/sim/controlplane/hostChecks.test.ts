// The kube-apiserver checks that look past its flags: files mounted from the node
// (https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend), an EncryptionConfiguration
// the server would load (k8s.io/apiserver pkg/apis/apiserver/validation/validation.go), and probes the
// kubelet can make without credentials
// (https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-authenticator-configuration).
import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { base64Length, encryptionConfigProblem } from '@/lib/sim/controlplane/encryptionFile';
import { ENCRYPTION_CONFIG, resultOf, SECURE_APISERVER, staticPod, withFlags } from './helpers';

type Pod = { spec: { containers: Record<string, unknown>[]; volumes?: unknown[] } };

function apiserver(change: (pod: Pod) => void, flags: Record<string, string | null> = {}): Pod {
  const pod = structuredClone(staticPod('kube-apiserver', withFlags(SECURE_APISERVER, flags))) as unknown as Pod;
  change(pod);
  return pod;
}

const status = (objects: unknown[], id: string) => resultOf(objects, id)?.status;
const key = (bytes: number) => btoa('k'.repeat(bytes));

describe('files named by flags must be mounted from the node', () => {
  const cases: [string, string, (pod: Pod) => void, 'pass' | 'fail' | undefined][] = [
    ['mounted as kubeadm does', 'apiserver-encryption-config-mounted', () => {}, 'pass'],
    [
      'no volumeMount covers the file',
      'apiserver-encryption-config-mounted',
      (p) => {
        p.spec.containers[0].volumeMounts = [];
      },
      'fail',
    ],
    [
      'a mount of a sibling folder is not enough',
      'apiserver-audit-policy-mounted',
      (p) => {
        p.spec.containers[0].volumeMounts = [{ name: 'k8s', mountPath: '/etc/kubernetes/pki' }];
      },
      'fail',
    ],
    [
      'the mount names a volume that is not declared',
      'apiserver-audit-policy-mounted',
      (p) => {
        p.spec.volumes = [];
      },
      'fail',
    ],
    [
      'a configMap volume cannot feed a static Pod',
      'apiserver-audit-policy-mounted',
      (p) => {
        p.spec.volumes = [{ name: 'k8s', configMap: { name: 'x' } }];
      },
      'fail',
    ],
    [
      'the log folder mounted readOnly',
      'apiserver-audit-log-mounted',
      (p) => {
        (p.spec.containers[0].volumeMounts as { readOnly?: boolean }[])[1].readOnly = true;
      },
      'fail',
    ],
    ['the log mounted writable', 'apiserver-audit-log-mounted', () => {}, 'pass'],
    [
      'a mount of / covers everything',
      'apiserver-audit-log-mounted',
      (p) => {
        p.spec.containers[0].volumeMounts = [{ name: 'root', mountPath: '/' }];
        p.spec.volumes = [{ name: 'root', hostPath: { path: '/' } }];
      },
      'pass',
    ],
  ];
  it.each(cases)('%s', (_name, id, change, expected) => {
    expect(status([apiserver(change), ENCRYPTION_CONFIG], id)).toBe(expected);
  });
  it('does not apply when the flag is not set', () => {
    expect(resultOf([apiserver(() => {}, { 'encryption-provider-config': null })], 'apiserver-encryption-config-mounted')).toBeUndefined();
    expect(resultOf([apiserver(() => {}, { 'audit-log-path': null })], 'apiserver-audit-log-mounted')).toBeUndefined();
  });
  it('a log sent to stdout (-) is not a log file kept on the node (kubelet container log rotation: 10 MiB by default)', () => {
    expect(
      resultOf(
        [
          apiserver(
            (p) => {
              p.spec.containers[0].volumeMounts = [];
            },
            { 'audit-log-path': '-' },
          ),
        ],
        'apiserver-audit-log-mounted',
      )?.status,
    ).toBe('fail');
  });
  it('says which node path the file is', () => {
    expect(
      resultOf([apiserver(() => {}), ENCRYPTION_CONFIG], 'apiserver-encryption-config-mounted')?.detail &&
        render('en', resultOf([apiserver(() => {}), ENCRYPTION_CONFIG], 'apiserver-encryption-config-mounted')!.detail),
    ).toContain("node's /etc/kubernetes/encryption.yaml");
  });
});

describe('the EncryptionConfiguration must load and encrypt Secrets', () => {
  const withProviders = (providers: unknown[], resources = ['secrets']) => ({ ...ENCRYPTION_CONFIG, resources: [{ resources, providers }] });
  const cases: [string, unknown, boolean][] = [
    ['aescbc with a 32-byte key, identity last', ENCRYPTION_CONFIG, true],
    ['aesgcm with a 16-byte key', withProviders([{ aesgcm: { keys: [{ name: 'k', secret: key(16) }] } }]), true],
    ['secretbox with 32 bytes', withProviders([{ secretbox: { keys: [{ name: 'k', secret: key(32) }] } }]), true],
    ['kms v2 with name and endpoint', withProviders([{ kms: { apiVersion: 'v2', name: 'vault', endpoint: 'unix:///kms.sock' } }]), true],
    ['a wildcard entry covers secrets', withProviders([{ aescbc: { keys: [{ name: 'k', secret: key(32) }] } }], ['*.*']), true],
    ['identity first', withProviders([{ identity: {} }, { aescbc: { keys: [{ name: 'k', secret: key(32) }] } }]), false],
    ['secretbox with 16 bytes', withProviders([{ secretbox: { keys: [{ name: 'k', secret: key(16) }] } }]), false],
    ['aescbc with a 20-byte key', withProviders([{ aescbc: { keys: [{ name: 'k', secret: key(20) }] } }]), false],
    ['a secret that is not base64', withProviders([{ aescbc: { keys: [{ name: 'k', secret: 'not base64!' }] } }]), false],
    ['a key without name', withProviders([{ aescbc: { keys: [{ secret: key(32) }] } }]), false],
    ['no keys', withProviders([{ aescbc: { keys: [] } }]), false],
    ['two provider types in one entry', withProviders([{ aescbc: { keys: [{ name: 'k', secret: key(32) }] }, identity: {} }]), false],
    ['only configmaps are covered', withProviders([{ aescbc: { keys: [{ name: 'k', secret: key(32) }] } }], ['configmaps']), false],
  ];
  it.each(cases)('%s', (_name, config, sound) => {
    expect(encryptionConfigProblem(config as Record<string, unknown>) === null).toBe(sound);
    expect(status([apiserver(() => {}), config], 'apiserver-encryption-config-valid')).toBe(sound ? 'pass' : 'fail');
  });
  it('fails when the file the flag names is not among the files', () => {
    expect(resultOf([apiserver(() => {})], 'apiserver-encryption-config-valid')).toMatchObject({ status: 'fail' });
  });
  it('computes base64 lengths', () => {
    expect(base64Length(key(32))).toBe(32);
    expect(base64Length(key(31))).toBe(31);
    expect(base64Length('abc')).toBeNull();
  });
});

describe('the kubelet can still probe the API server', () => {
  const httpGet = (path: string, extra: Record<string, unknown> = {}) => ({ httpGet: { host: '10.0.0.10', path, port: 6443, scheme: 'HTTPS', ...extra } });
  const probed = (probe: unknown, flags: Record<string, string | null> = {}) =>
    apiserver((p) => {
      p.spec.containers[0].livenessProbe = probe;
    }, flags);
  const limited = (paths: string[]) => ({
    apiVersion: 'apiserver.config.k8s.io/v1',
    kind: 'AuthenticationConfiguration',
    anonymous: { enabled: true, conditions: paths.map((path) => ({ path })) },
  });
  const cases: [string, unknown[], 'pass' | 'fail'][] = [
    ['tcpSocket on the secure port', [probed({ tcpSocket: { port: 6443 } })], 'pass'],
    ['tcpSocket on another port', [probed({ tcpSocket: { port: 8080 } })], 'fail'],
    ['httpGet /livez with anonymous off: 401', [probed(httpGet('/livez'))], 'fail'],
    ['httpGet /livez with anonymous on', [probed(httpGet('/livez'), { 'anonymous-auth': 'true' })], 'pass'],
    ['httpGet /livez over HTTP', [probed(httpGet('/livez', { scheme: 'HTTP' }), { 'anonymous-auth': 'true' })], 'fail'],
    ['httpGet / is not a public path: 403', [probed(httpGet('/'), { 'anonymous-auth': 'true' })], 'fail'],
    [
      'anonymous limited to the health paths by an AuthenticationConfiguration',
      [probed(httpGet('/livez'), { 'anonymous-auth': null, 'authentication-config': '/etc/kubernetes/auth.yaml' }), limited(['/livez', '/readyz', '/healthz'])],
      'pass',
    ],
    [
      'the AuthenticationConfiguration does not list the probed path',
      [probed(httpGet('/readyz'), { 'anonymous-auth': null, 'authentication-config': '/etc/kubernetes/auth.yaml' }), limited(['/livez'])],
      'fail',
    ],
    ['an exec probe in a distroless image', [probed({ exec: { command: ['curl', '-k', 'https://localhost:6443/livez'] } })], 'fail'],
    [
      'no liveness probe at all',
      [
        apiserver((p) => {
          delete p.spec.containers[0].livenessProbe;
        }),
      ],
      'fail',
    ],
  ];
  it.each(cases)('%s', (_name, objects, expected) => {
    expect(status([...objects, ENCRYPTION_CONFIG], 'apiserver-health-probes')).toBe(expected);
  });
  it('a broken readiness probe fails even with a working liveness probe, and the path points at it', () => {
    const pod = apiserver((p) => {
      p.spec.containers[0].readinessProbe = httpGet('/readyz');
    });
    expect(resultOf([pod, ENCRYPTION_CONFIG], 'apiserver-health-probes')).toMatchObject({ status: 'fail', path: 'spec.containers[0].readinessProbe' });
  });
});

describe('anonymous access limited to health paths satisfies the anonymous-auth check (CIS v2.1 1.2.1)', () => {
  const auth = (anonymous: unknown) => ({ apiVersion: 'apiserver.config.k8s.io/v1', kind: 'AuthenticationConfiguration', anonymous });
  const flags = { 'anonymous-auth': null, 'authentication-config': '/etc/kubernetes/auth.yaml' };
  const cases: [string, unknown, 'pass' | 'fail'][] = [
    ['limited to /livez and /readyz', auth({ enabled: true, conditions: [{ path: '/livez' }, { path: '/readyz' }] }), 'pass'],
    ['disabled', auth({ enabled: false }), 'pass'],
    ['enabled for every path', auth({ enabled: true }), 'fail'],
    ['enabled for /api too', auth({ enabled: true, conditions: [{ path: '/livez' }, { path: '/api' }] }), 'fail'],
  ];
  it.each(cases)('%s', (_name, config, expected) => {
    expect(status([apiserver(() => {}, flags), config, ENCRYPTION_CONFIG], 'apiserver-anonymous-auth')).toBe(expected);
  });
  it('without the file, the flag decides (absent means true)', () => {
    expect(status([apiserver(() => {}, flags)], 'apiserver-anonymous-auth')).toBe('fail');
  });
});
