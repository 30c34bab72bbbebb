import { render } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCluster } from '@/lib/sim/cluster';
import { describeTraffic, evaluateTraffic, trafficMatrix } from '@/lib/sim/netpol';
import type { Traffic } from '@/lib/sim/types';
import { junk, manifests } from '../cluster/arbitraries';

const endpoint = fc.oneof(
  fc.constantFrom('x/a', 'y/b', 'default/web', 'x/deploy/a', 'a', '', '/', 'x/svc/a', '//'),
  fc.record({ ip: fc.constantFrom('10.244.0.2', '10.0.0.1', '::1', '2001:db8::1', '1.2.3', '10.96.0.50', '') }),
  fc.record({ node: fc.constantFrom('minikube', 'n1', 'ghost') }),
  fc.record({ service: fc.constantFrom('x/a', 'default/web', 'ghost') }),
  junk,
);
const traffic = fc.record(
  {
    from: endpoint,
    to: endpoint,
    port: fc.oneof(fc.integer({ min: -1, max: 70000 }), fc.constantFrom('http', 'dns', '80', 'bad name', ''), junk),
    protocol: fc.oneof(fc.constantFrom('TCP', 'UDP', 'SCTP', 'ICMP', undefined), junk),
  },
  { requiredKeys: [] },
);

describe('the netpol module never throws', () => {
  it('evaluateTraffic on half-valid clusters and junk questions', () => {
    fc.assert(
      fc.property(manifests, traffic, (objects, t) => {
        const cluster = createCluster(objects);
        const v = evaluateTraffic(cluster, t as Traffic);
        expect(typeof v.allowed).toBe('boolean');
        expect(v.allowed).toBe(v.allowed && v.egress.allowed && v.ingress.allowed);
        expect(v.reason).not.toContain('internal error');
        expect(render('es', describeTraffic(v)).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('evaluateTraffic on a junk cluster (read as an empty cluster)', () => {
    fc.assert(
      fc.property(junk, traffic, (cluster, t) => {
        const v = evaluateTraffic(cluster as never, t as Traffic);
        expect(typeof v.allowed).toBe('boolean');
        expect(v.reason).not.toContain('internal error');
      }),
      { numRuns: 100 },
    );
  });

  it('trafficMatrix on half-valid clusters agrees with itself and never throws', () => {
    fc.assert(
      fc.property(
        manifests,
        fc.oneof(
          fc.constant(undefined),
          fc.record(
            { port: fc.oneof(fc.constantFrom(80, 'http', '8080'), junk), protocol: junk, namespaces: fc.oneof(fc.constant(['x']), junk) },
            { requiredKeys: [] },
          ),
        ),
        (objects, options) => {
          const m = trafficMatrix(createCluster(objects), options as never);
          expect(m.cells.length).toBe(m.groups.length);
          expect(m.groupOf.length).toBe(m.pods.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
