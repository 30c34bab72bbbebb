// A delete audited at RequestResponse: requestObject is the DeleteOptions kubectl sends
// (kubectl pkg/cmd/delete/delete.go, propagationPolicy Background), responseObject what the
// registry returns (k8s.io/apiserver pkg/registry/generic/registry/store.go finalizeDelete: the
// pod with its deletionTimestamp, else a Status Success with details); failures carry details
// in responseStatus (pkg/audit/request.go LogResponseObject).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '@/lib/sim/shell';

const world = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } },
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'team' }, spec: { containers: [{ name: 'app', image: 'nginx' }] } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'team' }, data: { a: '1' } },
];
const auditPolicy = { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'RequestResponse', verbs: ['delete'] }] };

function complete(line: string) {
  const { session } = runShellLine(createShellSession({ objects: world, auditPolicy }), line);
  return session.auditLog.filter((e) => e.stage === 'ResponseComplete');
}

describe('kubectl delete at RequestResponse', () => {
  it('a pod: DeleteOptions in, the pod with its deletionTimestamp out', () => {
    const [event] = complete('kubectl delete pod web -n team');
    expect(event.requestObject).toEqual({ kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background' });
    expect(event.responseObject).toMatchObject({ kind: 'Pod', metadata: { name: 'web', namespace: 'team', deletionGracePeriodSeconds: 30 } });
    expect((event.responseObject as { metadata: { deletionTimestamp?: string } }).metadata.deletionTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(event.responseStatus).toEqual({ metadata: {}, code: 200 });
  });
  it('a configmap: a Status Success with details', () => {
    const [event] = complete('kubectl delete configmap cfg -n team');
    expect(event.responseObject).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'cfg', kind: 'configmaps' } });
  });
  it('--dry-run=server sends dryRun [All]', () => {
    const [event] = complete('kubectl delete configmap cfg -n team --dry-run=server');
    expect(event.requestObject).toEqual({ kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background', dryRun: ['All'] });
  });
  it('a missing object: 404 with details', () => {
    const [event] = complete('kubectl delete pod nope -n team');
    expect(event.responseStatus).toMatchObject({ code: 404, reason: 'NotFound', details: { name: 'nope', kind: 'pods' } });
  });
  it('the namespace that may not be deleted: the Forbidden message in responseStatus', () => {
    const [event] = complete('kubectl delete namespace default');
    expect(event.responseStatus).toMatchObject({
      code: 403,
      message: 'namespaces "default" is forbidden: this namespace may not be deleted',
      details: { name: 'default', kind: 'namespaces' },
    });
  });
});
