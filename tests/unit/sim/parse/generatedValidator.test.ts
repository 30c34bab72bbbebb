import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build script without type declarations
import { JS_PATH, SCHEMA_PATH, VALIDATORS_DIR, generateValidatorModule } from '../../../../scripts/build-schema-validator.mjs';
import { kindTable, schemaHash } from '../../../../lib/sim/schemas/validator.generated.js';

describe('precompiled schema validators', () => {
  it('are up to date with kubernetes-subset.json (run node scripts/build-schema-validator.mjs)', () => {
    const { files } = generateValidatorModule(readFileSync(SCHEMA_PATH, 'utf8')) as { files: Record<string, string> };
    const dir = String(JS_PATH).replace(/validator\.generated\.js$/, '');
    const present = readdirSync(String(VALIDATORS_DIR)).filter((name) => name.includes('.generated.'));
    expect(present.map((name) => `validators/${name}`).sort()).toEqual(
      Object.keys(files)
        .filter((path) => path.startsWith('validators/'))
        .sort(),
    );
    const stale = Object.entries(files).filter(([path, text]) => readFileSync(`${dir}${path}`, 'utf8') !== text);
    expect(stale.map(([path]) => path)).toEqual([]);
    expect(schemaHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cover every kind of the bundle', () => {
    expect(kindTable.map((k) => `${k.apiVersion} ${k.kind}`).sort()).toEqual([
      'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration',
      'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy',
      'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding',
      'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration',
      'apps/v1 DaemonSet',
      'apps/v1 Deployment',
      'apps/v1 ReplicaSet',
      'apps/v1 StatefulSet',
      'audit.k8s.io/v1 Policy',
      'batch/v1 CronJob',
      'batch/v1 Job',
      'networking.k8s.io/v1 Ingress',
      'networking.k8s.io/v1 NetworkPolicy',
      'rbac.authorization.k8s.io/v1 ClusterRole',
      'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
      'rbac.authorization.k8s.io/v1 Role',
      'rbac.authorization.k8s.io/v1 RoleBinding',
      'v1 ConfigMap',
      'v1 Namespace',
      'v1 Pod',
      'v1 Secret',
      'v1 Service',
      'v1 ServiceAccount',
    ]);
  });
});
