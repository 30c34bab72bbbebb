// kubectl run --overrides: a JSON merge patch (RFC 7386) over the generated Pod, kubectl's default
// --override-type=merge (kubernetes/kubectl pkg/cmd/run/run.go, pkg/cmd/util/override_options.go).
import { describe, expect, it } from 'vitest';
import { createShellSession, runShellLine } from '../../../../lib/sim/shell';
import { mergePatch } from '../../../../lib/sim/kubectl/overrides';
import { objectsOf } from '../shell/helpers';

describe('mergePatch (RFC 7386 appendix A cases)', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  ])('%j + %j = %j', (target, patch, result) => {
    expect(mergePatch(target, patch)).toEqual(result);
  });
});

describe('kubectl run --overrides', () => {
  const session = () => createShellSession({ objects: objectsOf('apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: deployer, namespace: default}\n') });
  it('sets fields the flags cannot, e.g. the ServiceAccount', () => {
    const { session: s } = runShellLine(session(), `kubectl run probe --image=busybox --overrides='{"spec":{"serviceAccountName":"deployer"}}' -- sleep 3600`);
    expect(runShellLine(s, "kubectl get pod probe -o jsonpath='{.spec.serviceAccountName}'").output).toBe('deployer');
    expect(runShellLine(s, "kubectl get pod probe -o jsonpath='{.spec.containers[0].image}'").output).toBe('busybox');
  });
  it('refuses JSON that does not parse, as kubectl does', () => {
    const r = runShellLine(session(), "kubectl run probe --image=busybox --overrides='{spec'");
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('invalid character');
  });
});
