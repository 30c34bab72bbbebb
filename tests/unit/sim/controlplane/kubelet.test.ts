import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { checkControlPlane, runControlPlaneChecks } from '@/lib/sim/controlplane';
import { resultOf, SECURE_KUBELET } from './helpers';

const EMPTY = { apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration' };

function withField(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  if (value === undefined) delete node[keys[keys.length - 1]];
  else node[keys[keys.length - 1]] = value;
  return copy;
}

describe('KubeletConfiguration: a hardened file', () => {
  it('fails no check', () => {
    expect(checkControlPlane([SECURE_KUBELET])).toEqual([]);
  });
});

describe('KubeletConfiguration: the config-file defaults', () => {
  const status = (id: string) => resultOf([EMPTY], id);
  it.each([
    ['kubelet-anonymous-auth', 'pass', 'authentication.anonymous.enabled is not set and its default (false) is already secure'],
    ['kubelet-authorization-mode', 'pass', 'authorization.mode is not set and its default (Webhook) is already secure'],
    ['kubelet-read-only-port', 'pass', 'readOnlyPort is not set and its default (0) is already secure'],
    ['kubelet-streaming-connection-idle-timeout', 'pass', 'streamingConnectionIdleTimeout is not set and its default (4h0m0s) is already secure'],
    ['kubelet-make-iptables-util-chains', 'pass', 'makeIPTablesUtilChains is not set and its default (true) is already secure'],
    ['kubelet-event-record-qps', 'pass', 'eventRecordQPS is not set and its default (50) is already secure'],
    ['kubelet-rotate-server-certificate', 'pass', 'featureGates.RotateKubeletServerCertificate is not set and its default (true) is already secure'],
    ['kubelet-protect-kernel-defaults', 'fail', 'protectKernelDefaults is not set, so it defaults to false'],
    ['kubelet-client-ca-file', 'fail', 'authentication.x509.clientCAFile is not set'],
    ['kubelet-tls-cert', 'fail', 'tlsCertFile and tlsPrivateKeyFile are not set'],
    ['kubelet-rotate-certificates', 'fail', 'rotateCertificates is not set and defaults to false (kube-bench passes this check when it is absent)'],
    ['kubelet-tls-cipher-suites', 'fail', "tlsCipherSuites is not set, so Go's default cipher suites are used"],
    ['kubelet-pod-pids-limit', 'fail', 'podPidsLimit is not set, so it defaults to -1 (no limit)'],
  ] as const)('%s → %s: %s', (id, expected, detail) => {
    expect(status(id)?.status).toBe(expected);
    expect(render('en', status(id)!.detail)).toBe(detail);
  });
  it('absent rotateCertificates and cipher suites are only info', () => {
    const findings = checkControlPlane([EMPTY]);
    expect(findings.find((f) => f.id === 'kubelet-rotate-certificates')?.severity).toBe('info');
    expect(findings.find((f) => f.id === 'kubelet-tls-cipher-suites')?.severity).toBe('info');
    expect(findings.find((f) => f.id === 'kubelet-protect-kernel-defaults')?.severity).toBe('warning');
  });
});

const cases: [string, string, unknown, 'pass' | 'fail', string][] = [
  ['kubelet-anonymous-auth', 'authentication.anonymous.enabled', true, 'fail', 'authentication.anonymous.enabled is set to "true"'],
  [
    'kubelet-anonymous-auth',
    'authentication.anonymous.enabled',
    'false',
    'fail',
    'authentication.anonymous.enabled="false" is not a valid boolean: the component refuses to start',
  ],
  ['kubelet-authorization-mode', 'authorization.mode', 'AlwaysAllow', 'fail', 'authorization.mode is set to "AlwaysAllow"'],
  ['kubelet-read-only-port', 'readOnlyPort', 10255, 'fail', 'readOnlyPort is set to "10255"'],
  ['kubelet-streaming-connection-idle-timeout', 'streamingConnectionIdleTimeout', '0s', 'fail', 'streamingConnectionIdleTimeout is set to "0s"'],
  ['kubelet-streaming-connection-idle-timeout', 'streamingConnectionIdleTimeout', 0, 'fail', 'streamingConnectionIdleTimeout is set to "0"'],
  ['kubelet-streaming-connection-idle-timeout', 'streamingConnectionIdleTimeout', '4h0m0s', 'pass', 'streamingConnectionIdleTimeout is set to "4h0m0s"'],
  ['kubelet-protect-kernel-defaults', 'protectKernelDefaults', false, 'fail', 'protectKernelDefaults is set to "false"'],
  ['kubelet-make-iptables-util-chains', 'makeIPTablesUtilChains', false, 'fail', 'makeIPTablesUtilChains is set to "false"'],
  ['kubelet-event-record-qps', 'eventRecordQPS', 0, 'fail', 'eventRecordQPS is 0: events are not rate-limited at all'],
  ['kubelet-event-record-qps', 'eventRecordQPS', 1, 'fail', 'eventRecordQPS is set to "1"'],
  ['kubelet-event-record-qps', 'eventRecordQPS', -5, 'fail', 'eventRecordQPS=-5 is not a valid rate'],
  ['kubelet-tls-cert', 'serverTLSBootstrap', false, 'fail', 'tlsCertFile and tlsPrivateKeyFile are not set'],
  ['kubelet-rotate-certificates', 'rotateCertificates', false, 'fail', 'rotateCertificates is set to "false"'],
  [
    'kubelet-rotate-server-certificate',
    'featureGates.RotateKubeletServerCertificate',
    false,
    'fail',
    'featureGates.RotateKubeletServerCertificate is set to "false"',
  ],
  [
    'kubelet-tls-cipher-suites',
    'tlsCipherSuites',
    ['TLS_RSA_WITH_AES_128_CBC_SHA'],
    'fail',
    'tlsCipherSuites allows weak suites: TLS_RSA_WITH_AES_128_CBC_SHA',
  ],
  ['kubelet-pod-pids-limit', 'podPidsLimit', -1, 'fail', 'podPidsLimit is set to "-1"'],
];

describe('KubeletConfiguration: each check', () => {
  it.each(cases)('%s with %s=%j → %s', (id, path, value, expected, detail) => {
    const result = resultOf([withField(SECURE_KUBELET, path, value)], id);
    expect(result?.status).toBe(expected);
    expect(result && render('en', result.detail)).toBe(detail);
    expect(result?.path).toBe(id === 'kubelet-tls-cert' ? 'tlsCertFile' : path);
  });
  it('explicit cert files pass without serverTLSBootstrap', () => {
    const config = withField(
      withField(withField(SECURE_KUBELET, 'serverTLSBootstrap', undefined), 'tlsCertFile', '/var/lib/kubelet/pki/kubelet.crt'),
      'tlsPrivateKeyFile',
      '/var/lib/kubelet/pki/kubelet.key',
    );
    expect(resultOf([config], 'kubelet-tls-cert')?.status).toBe('pass');
  });
  it('AlwaysAllow authorization is danger, and findings speak Spanish too', () => {
    const [finding] = checkControlPlane([withField(SECURE_KUBELET, 'authorization.mode', 'AlwaysAllow')]);
    expect(finding).toMatchObject({ id: 'kubelet-authorization-mode', severity: 'danger', path: 'authorization.mode', cis: 'CIS 1.9 4.2.2', objectIndex: 0 });
    expect(finding.text && render('es', finding.text)).toBe(
      'KubeletConfiguration: authorization.mode vale "AlwaysAllow". Con AlwaysAllow, cualquiera que llegue al puerto 10250 y se autentique (o cualquiera, con auth anónima) puede hacer exec en todos los pods del nodo.',
    );
    expect(finding.fixText && render('es', finding.fixText)).toBe(
      'Poné authorization.mode: Webhook en el archivo de configuración del kubelet (/var/lib/kubelet/config.yaml) y reiniciá el kubelet.',
    );
  });
  it('only KubeletConfiguration objects get kubelet checks', () => {
    expect(runControlPlaneChecks([{ ...SECURE_KUBELET, kind: 'KubeProxyConfiguration' }])).toEqual([]);
  });
});
