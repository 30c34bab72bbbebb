// Worlds at the sizes the simulator promises (correctness, not time; times are in
// bench/scale.bench.ts): a name longer than the API server allows is rejected with a diagnostic
// at its line and column before any work grows with it (a DNS subdomain is at most 253
// characters: apimachinery pkg/util/validation/validation.go DNS1123SubdomainMaxLength);
// replicas beyond the cap are created up to it and said so; 20,000 pods build, group and
// print without overflowing the stack.
import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/sim/cluster';
import { parseManifests } from '@/lib/sim/parse';
import { trafficMatrix } from '@/lib/sim/netpol';
import { createShellSession, runShellLine } from '@/lib/sim/shell';
import { appendLines } from '@/lib/sim/kubectl/lines';
import { manyPodsWorld, workload } from '../../../../bench/worlds';

function longNameFile(name: string, replicas: number): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.27\n`;
}

describe('names longer than the API server allows', () => {
  it('a 100,000-character Deployment name: an error at its line and column, a short message, no pods', () => {
    const result = parseManifests(longNameFile('a'.repeat(100_000), 1000));
    const invalid = result.diagnostics.find((d) => d.code === 'invalid-name');
    expect(invalid).toMatchObject({ severity: 'error', line: 4, column: 3 });
    expect(invalid?.message).toContain('(100000 characters)');
    expect(invalid?.message).toContain('must be no more than 253 characters');
    expect(invalid?.message.length).toBeLessThan(300);
    expect(result.diagnostics.find((d) => d.code === 'object-name-too-long')).toMatchObject({ line: 4, column: 3 });
    expect(createCluster(result.objects).pods.size).toBe(0);
  });

  it('a 253-character name is still built (the limit itself is allowed)', () => {
    const result = parseManifests(longNameFile('a'.repeat(253), 2));
    expect(result.diagnostics.find((d) => d.code === 'object-name-too-long')).toBeUndefined();
    expect(createCluster(result.objects).pods.size).toBe(2);
  });
});

describe('replicas beyond the cap', () => {
  it('four workloads of 1,000 replicas each: 1,000 pods apiece; 5,000 replicas: capped with a diagnostic on spec.replicas', () => {
    const cluster = createCluster([
      workload('StatefulSet', 'a', 1000),
      workload('StatefulSet', 'b', 1000),
      workload('Deployment', 'c', 1000),
      workload('ReplicaSet', 'd', 1000),
    ]);
    expect(cluster.pods.size).toBe(4000);
    const capped = parseManifests(longNameFile('web', 5000));
    expect(capped.diagnostics.find((d) => d.code === 'workload-replicas-capped')).toMatchObject({ line: 6, column: 3 });
    expect(createCluster(capped.objects).pods.size).toBe(1000);
  });
});

describe('20,000 pods', () => {
  const objects = manyPodsWorld(20_000);
  const cluster = createCluster(objects);

  it('build, and the traffic matrix groups them (one group per namespace and label)', () => {
    expect(cluster.pods.size).toBe(20_000);
    const matrix = trafficMatrix(cluster, { port: 80 });
    expect(matrix.pods).toHaveLength(20_000);
    expect(matrix.groups).toHaveLength(100); // pod i: namespace i % 20, label i % 50: 100 combinations
    expect(matrix.cells.every((row) => row.length === matrix.groups.length)).toBe(true);
  });

  it('print through kubectl without overflowing the stack (the terminal shows the first 5,000 lines)', () => {
    const session = createShellSession({ objects: objects as never[] });
    const table = runShellLine(session, 'kubectl get pods -A --no-headers | wc -l');
    expect(String(table.output).trim()).toBe('5001');
  });

  it('appendLines takes a million lines (a spread into push overflows the stack)', () => {
    const out: string[] = ['first'];
    appendLines(
      out,
      Array.from({ length: 1_000_000 }, (_, i) => `line ${i}`),
    );
    expect(out).toHaveLength(1_000_001);
    expect(out[1_000_000]).toBe('line 999999');
  });
});
