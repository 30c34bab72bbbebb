// -o yaml|json|name on `kubectl create <type>` and `kubectl run` print the object
// (kubectl pkg/cmd/create/create_role.go, create_deployment.go, pkg/cmd/run/run.go: PrintObj);
// with --dry-run=client it is the generated manifest, namespace only with -n (EnforceNamespace),
// and `creationTimestamp: null` only before 1.34 (ObjectMeta creationTimestamp `omitzero`).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const world = [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } }];
const run = (line: string, serverVersion?: string) => runShellLine(createShellSession({ objects: world, serverVersion }), line);

describe('--dry-run=client -o yaml: the classic manifest', () => {
  it('kubectl create role', () => {
    expect(run('kubectl create role reader --verb=get,list --resource=pods -n team --dry-run=client -o yaml').output).toBe(
      [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: Role',
        'metadata:',
        '  name: reader',
        '  namespace: team',
        'rules:',
        '- apiGroups:',
        '  - ""',
        '  resources:',
        '  - pods',
        '  verbs:',
        '  - get',
        '  - list',
      ].join('\n'),
    );
  });
  it('kubectl run: resources {}, dnsPolicy, restartPolicy and status {}; no namespace without -n', () => {
    expect(run('kubectl run web --image=nginx --dry-run=client -o yaml').output).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  labels:',
        '    run: web',
        '  name: web',
        'spec:',
        '  containers:',
        '  - image: nginx',
        '    name: web',
        '    resources: {}',
        '  dnsPolicy: ClusterFirst',
        '  restartPolicy: Always',
        'status: {}',
      ].join('\n'),
    );
  });
  it('before 1.34 kubectl prints creationTimestamp: null', () => {
    expect(run('kubectl create ns extra --dry-run=client -o yaml', '1.33').output).toContain('  creationTimestamp: null');
    expect(run('kubectl create ns extra --dry-run=client -o yaml', '1.34').output).not.toContain('creationTimestamp');
  });
  it('nothing is created', () => {
    let session = createShellSession({ objects: world });
    session = runShellLine(session, 'kubectl create ns extra --dry-run=client -o json').session;
    expect(runShellLine(session, 'kubectl get ns extra').exitCode).toBe(1);
  });
});

describe('-o on a real create prints what the server holds', () => {
  it('a namespace with its label, finalizer and phase', () => {
    const out = run('kubectl create ns extra -o yaml').output;
    expect(out).toContain('    kubernetes.io/metadata.name: extra');
    expect(out).toContain('  phase: Active');
    expect(out).toMatch(/creationTimestamp: "\d{4}-/);
  });
  it('-o name, and an unknown format is refused', () => {
    expect(run('kubectl create sa bot -n team -o name').output).toBe('serviceaccount/bot');
    expect(run('kubectl create sa bot -n team -o table')).toMatchObject({
      exitCode: 1,
      output: expect.stringContaining('unable to match a printer suitable for the output format "table"'),
    });
  });
});
