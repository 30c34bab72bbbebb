// `--ignore-not-found` drops exactly the errors whose Status reason is NotFound
// (kubectl get.go / delete.go: errors.IsNotFound, k8s.io/apimachinery pkg/api/errors/errors.go),
// whatever their text says; other refusals (Forbidden, MethodNotAllowed) are still printed.
import { describe, expect, it } from 'vitest';
import { runLines, shopSession } from '../shell/helpers';

describe('get --ignore-not-found', () => {
  it('a missing object prints nothing and succeeds', () => {
    expect(runLines(shopSession(), 'kubectl get pod nope -n shop --ignore-not-found')).toMatchObject({ output: '', exitCode: 0 });
  });

  it('found objects still print; only the missing one is dropped', () => {
    const result = runLines(shopSession(), 'kubectl get pods web nope -n shop --ignore-not-found -o name');
    expect(result).toMatchObject({ output: 'pod/web', exitCode: 0 });
  });

  it('a Forbidden is not a NotFound', () => {
    const result = runLines(shopSession(), 'kubectl get secret nope -n shop --as alice --ignore-not-found');
    expect(result.output).toMatch(/^Error from server \(Forbidden\): secrets "nope" is forbidden/);
    expect(result.exitCode).toBe(1);
  });

  it('a MethodNotAllowed is not a NotFound', () => {
    const result = runLines(shopSession(), 'kubectl get tokenreviews --ignore-not-found');
    expect(result.output).toContain('(MethodNotAllowed)');
    expect(result.exitCode).toBe(1);
  });
});

describe('delete --ignore-not-found', () => {
  it('a missing object is skipped, the others deleted', () => {
    const result = runLines(shopSession(), 'kubectl delete pod nope web -n shop --ignore-not-found');
    expect(result).toMatchObject({ output: 'pod "web" deleted', exitCode: 0 });
  });

  it('without the flag the NotFound is printed and fails the command', () => {
    const result = runLines(shopSession(), 'kubectl delete pod nope -n shop');
    expect(result).toMatchObject({ output: 'Error from server (NotFound): pods "nope" not found', exitCode: 1 });
  });

  it('a Forbidden is still printed with the flag', () => {
    const result = runLines(shopSession(), 'kubectl delete pod web -n shop --as alice --ignore-not-found');
    expect(result.output).toMatch(/^Error from server \(Forbidden\): pods "web" is forbidden/);
    expect(result.exitCode).toBe(1);
  });
});
