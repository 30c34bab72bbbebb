// --dry-run never changes the cluster: kubectl pkg/cmd/delete/delete.go (client: print only,
// server: DELETE with dryRun=All), pkg/cmd/util/helpers.go GetDryRunStrategy (values and error),
// and the printed suffixes " (dry run)" / " (server dry run)" (pkg/printers name printer).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';
import type { ShellSession } from '@/lib/sim/shell';

const world = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'team', labels: { app: 'web' } },
    spec: { containers: [{ name: 'app', image: 'nginx' }] },
  },
];

function run(lines: string[]): { session: ShellSession; outputs: string[]; codes: number[] } {
  let session = createShellSession({ objects: world });
  const outputs: string[] = [];
  const codes: number[] = [];
  for (const line of lines) {
    const r = runShellLine(session, line);
    session = r.session;
    outputs.push(r.output);
    codes.push(r.exitCode);
  }
  return { session, outputs, codes };
}

describe('kubectl delete --dry-run', () => {
  it.each([
    ['client', 'namespace "team" deleted (dry run)'],
    ['server', 'namespace "team" deleted (server dry run)'],
  ])('--dry-run=%s keeps the namespace and its pods', (mode, printed) => {
    const { outputs, codes } = run([`kubectl delete ns team --dry-run=${mode}`, 'kubectl get pods -n team -o name', 'kubectl get ns team -o name']);
    expect(outputs[0]).toBe(printed);
    expect(codes[0]).toBe(0);
    expect(outputs[1]).toBe('pod/web');
    expect(outputs[2]).toBe('namespace/team');
  });
  it('a pod, by name and by selector', () => {
    const { outputs } = run([
      'kubectl delete pod web -n team --dry-run=client',
      'kubectl delete pods -l app=web -n team --dry-run=server',
      'kubectl get pods -n team -o name',
    ]);
    expect(outputs).toEqual(['pod "web" deleted (dry run)', 'pod "web" deleted (server dry run)', 'pod/web']);
  });
  it('a missing object is still NotFound', () => {
    expect(run(['kubectl delete pod nope -n team --dry-run=client']).outputs[0]).toBe('Error from server (NotFound): pods "nope" not found');
  });
  it("an unknown value is refused with kubectl's wording", () => {
    const { outputs, codes } = run(['kubectl delete ns team --dry-run=maybe', 'kubectl get ns team -o name']);
    expect(outputs[0]).toBe('error: Invalid dry-run value (maybe). Must be "none", "server", or "client".');
    expect(codes[0]).toBe(1);
    expect(outputs[1]).toBe('namespace/team');
  });
  it('without --dry-run the namespace and its pods go', () => {
    const { outputs } = run(['kubectl delete ns team', 'kubectl get pods -n team']);
    expect(outputs[0]).toBe('namespace "team" deleted');
    expect(outputs[1]).toBe('No resources found in team namespace.');
  });
});

describe('create and label --dry-run', () => {
  it('create and label print the suffix and change nothing', () => {
    const { outputs } = run([
      'kubectl create ns extra --dry-run=server',
      'kubectl label ns team tier=web --dry-run=client',
      'kubectl get ns extra',
      'kubectl get ns team --show-labels',
    ]);
    expect(outputs[0]).toBe('namespace/extra created (server dry run)');
    expect(outputs[1]).toBe('namespace/team labeled (dry run)');
    expect(outputs[2]).toBe('Error from server (NotFound): namespaces "extra" not found');
    expect(outputs[3]).not.toContain('tier=web');
  });
});
