// `kubectl delete` of many objects: one DELETE per object (authorized, admitted, audited) as
// kubectl sends them (kubectl pkg/cmd/delete/delete.go), the cluster rebuilt once per batch.
// Correctness only; the time it takes is measured in bench/scale.bench.ts.
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine, type ShellSession } from '@/lib/sim/shell';
import { manyPodsWorld, workload } from '../../../../bench/worlds';

function run(session: ShellSession, ...lines: string[]): { session: ShellSession; output: string; exitCode: number } {
  let current = session;
  let last = { output: '', exitCode: 0 };
  for (const line of lines) {
    const result = runShellLine(current, line);
    current = result.session;
    last = { output: String(result.output), exitCode: result.exitCode };
  }
  return { session: current, ...last };
}

describe('kubectl delete of many objects', () => {
  it('deletes 2,000 declared pods, one line each, and leaves none', () => {
    const session = createShellSession({ objects: manyPodsWorld(2000, 1) as never[] });
    const deleted = run(session, 'kubectl delete pods --all -n ns-0');
    const lines = deleted.output.split('\n');
    expect(deleted.exitCode).toBe(0);
    expect(lines).toHaveLength(2000);
    expect(new Set(lines).size).toBe(2000);
    expect(lines).toContain('pod "pod-1999" deleted');
    expect(run(deleted.session, 'kubectl get pods -n ns-0').output).toBe('No resources found in ns-0 namespace.');
  });

  it('a controller-owned pod comes back under its name; a declared one is gone (second delete: NotFound)', () => {
    const session = createShellSession({ objects: [...manyPodsWorld(3, 1), workload('Deployment', 'web', 2, 'ns-0')] as never[] });
    const names = run(session, 'kubectl get pods -n ns-0 -o name')
      .output.split('\n')
      .map((line) => line.replace('pod/', ''));
    const owned = names.find((name) => name.startsWith('web-')) ?? '';
    const twice = run(session, `kubectl delete pod pod-0 ${owned} pod-0 ${owned} -n ns-0`);
    expect(twice.output.split('\n')).toEqual([
      'pod "pod-0" deleted',
      `pod "${owned}" deleted`,
      'Error from server (NotFound): pods "pod-0" not found',
      `pod "${owned}" deleted`,
    ]);
    expect(twice.exitCode).toBe(1);
    const after = run(twice.session, 'kubectl get pods -n ns-0 -o name').output.split('\n');
    expect(after).toContain(`pod/${owned}`);
    expect(after).not.toContain('pod/pod-0');
  });

  it('a RoleBinding deleted in the same command stops the deletions it allowed (no batching across RBAC)', () => {
    const rbac = [
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: 'cleaner', namespace: 'ns-0' },
        rules: [{ apiGroups: ['', 'rbac.authorization.k8s.io'], resources: ['pods', 'rolebindings'], verbs: ['delete', 'list'] }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'cleaner', namespace: 'ns-0' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'cleaner' },
        subjects: [{ kind: 'User', name: 'ana', apiGroup: 'rbac.authorization.k8s.io' }],
      },
    ];
    const session = createShellSession({ objects: [...manyPodsWorld(2, 1), ...rbac] as never[] });
    const first = run(session, 'kubectl delete pod pod-0 -n ns-0 --as ana');
    expect(first.output).toBe('pod "pod-0" deleted');
    const result = run(first.session, 'kubectl delete rolebinding/cleaner pod/pod-1 -n ns-0 --as ana');
    expect(result.output.split('\n')).toEqual([
      'rolebinding.rbac.authorization.k8s.io "cleaner" deleted',
      'Error from server (Forbidden): pods "pod-1" is forbidden: User "ana" cannot delete resource "pods" in API group "" in the namespace "ns-0"',
    ]);
  });
});
