// The wrong answers issue 11 lists are among the generated mutants of the real solutions, so the
// mutation check would catch each of them (whether a goal kills it is the content's job).
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExerciseFolder } from '@/lib/content';
import { generateMutants } from '@/lib/lesson/mutate';

const ROOT = join(__dirname, '../../../..');
const dirs = execSync("find lessons -mindepth 4 -maxdepth 4 -path '*/exercises/*' -type d", { cwd: ROOT }).toString().trim().split('\n');

function mutantIds(id: string): string[] {
  const dir = dirs.find((d) => d.endsWith(`/${id}`));
  if (!dir) throw new Error(`no exercise ${id}`);
  return generateMutants(loadExerciseFolder(join(ROOT, dir), join(ROOT, 'lessons')).exercise!.definition).map((m) => m.id);
}

describe('the holes of issue 11 are generated as mutants', () => {
  it.each([
    ['secure-the-shop', /^rbac\.drop-resource-names:Role\/shop\//, 'the api Role reads every Secret and ConfigMap'],
    ['secure-the-shop', /^netpol\.drop-to:NetworkPolicy\/shop\/[^:]+:spec\.egress/, 'frontend egress on the port with no `to`'],
    ['egress-and-dns', /^netpol\.split-and-peer:/, 'the DNS peer split into namespaceSelector OR podSelector'],
    ['malcriada-assumed-locally', /^rbac\.wildcard-role:RoleBinding\//, 'a new Role with "*" bound locally'],
    ['quiet-the-noise', /^audit\.widen-none:Policy\/\/:rules\[\d+\]\.(verbs|resources)/, 'level None for everything a user does'],
    ['default-deny', /^netpol\.delete-policy:NetworkPolicy\/shop\//, 'the default-deny policy deleted'],
    ['flat-network', /^netpol\.empty-pod-selector:/, 'every pod of the namespace allowed'],
    ['three-steps', /^pod\.drop-run-as-user:Deployment\//, "a sidecar that runs as its image's user"],
    ['audit-and-encryption', /^controlplane\.unmount-config:.*encryption-provider-config/, 'the encryption config flag without its file'],
    ['polaris-gatekeeper', /^admission\.failure-ignore:ValidatingWebhookConfiguration\/\/polaris/, 'failurePolicy Ignore'],
    ['no-latest', /^admission\.failure-ignore:ValidatingAdmissionPolicy\//, 'failurePolicy Ignore'],
    ['couch-is-a-configmap', /^rbac\.(verbs-star|add-secrets):/, 'extra permissions'],
  ])('%s: %s (%s)', (exercise, pattern) => {
    expect(mutantIds(exercise).some((id) => pattern.test(id))).toBe(true);
  });
});
