import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkControlPlane,
  describeControlPlaneFinding,
  describeControlPlaneResult,
  parseGoBool,
  parseGoDuration,
  runControlPlaneChecks,
} from '@/lib/sim/controlplane';

const flagWord = fc.oneof(
  fc.constantFrom(
    'kube-apiserver',
    'etcd',
    'kube-scheduler',
    'kube-controller-manager',
    '--profiling',
    '--profiling=false',
    'false',
    '--enable-admission-plugins=NodeRestriction,AlwaysAdmit',
    '--audit-log-path',
    '-',
    '--',
    '--=x',
    '--request-timeout=1h',
    '--feature-gates=RotateKubeletServerCertificate=false',
    'sh -c "kube-apiserver --x"',
  ),
  fc.string(),
  fc.anything(),
);
const container = fc.record(
  {
    name: fc.oneof(fc.constantFrom('kube-apiserver', 'etcd', 'x'), fc.anything()),
    image: fc.anything(),
    command: fc.oneof(fc.array(flagWord, { maxLength: 8 }), fc.anything()),
    args: fc.oneof(fc.array(flagWord, { maxLength: 8 }), fc.anything()),
  },
  { requiredKeys: [] },
);
const pod = fc.record(
  {
    kind: fc.constantFrom('Pod', 'Deployment', 'DaemonSet'),
    metadata: fc.anything(),
    spec: fc.oneof(
      fc.record({ containers: fc.oneof(fc.array(container, { maxLength: 3 }), fc.anything()), template: fc.anything() }, { requiredKeys: [] }),
      fc.anything(),
    ),
  },
  { requiredKeys: ['kind'] },
);
const kubelet = fc.record(
  {
    kind: fc.constant('KubeletConfiguration'),
    authentication: fc.anything(),
    authorization: fc.anything(),
    readOnlyPort: fc.anything(),
    streamingConnectionIdleTimeout: fc.anything(),
    protectKernelDefaults: fc.anything(),
    eventRecordQPS: fc.anything(),
    tlsCipherSuites: fc.anything(),
    featureGates: fc.anything(),
    podPidsLimit: fc.anything(),
    serverTLSBootstrap: fc.anything(),
    rotateCertificates: fc.anything(),
  },
  { requiredKeys: ['kind'] },
);
const encryption = fc.record({
  kind: fc.constant('EncryptionConfiguration'),
  resources: fc.oneof(fc.array(fc.record({ resources: fc.anything(), providers: fc.anything() }, { requiredKeys: [] }), { maxLength: 3 }), fc.anything()),
});
const objects = fc.array(fc.oneof(pod, kubelet, encryption, fc.anything()), { maxLength: 4 });

describe('never throws on generated junk', () => {
  it('checkControlPlane and runControlPlaneChecks', () => {
    fc.assert(
      fc.property(objects, (list) => {
        const results = runControlPlaneChecks(list);
        for (const r of results) {
          expect(['pass', 'fail']).toContain(r.status);
          expect(typeof render('es', describeControlPlaneResult(r))).toBe('string');
        }
        const findings = checkControlPlane(list);
        expect(findings.length).toBe(results.filter((r) => r.status === 'fail').length);
        for (const f of findings) expect(typeof render('en', describeControlPlaneFinding(f))).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        checkControlPlane(value as unknown[]);
        checkControlPlane([value]);
      }),
      { numRuns: 200 },
    );
  });
  it('Go parsers', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseGoBool(text);
        const d = parseGoDuration(text);
        expect(d === null || Number.isFinite(d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
