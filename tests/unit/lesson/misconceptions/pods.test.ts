// names-are-case-sensitive: the name that does exist is read from the typed candidate it matched
// (kind, namespace, name), not cut out of a `Kind/ns/name` key. Kubernetes compares object names
// exactly (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/).
import { describe, expect, it } from 'vitest';
import { parseManifests, type ParsedObject } from '@/lib/sim';
import { findMisconceptions, MISCONCEPTIONS } from '@/lib/lesson/misconceptions';

function parse(file: string, text: string): ParsedObject[] {
  return (parseManifests(text, { file, crossObjectChecks: false }).parsed ?? []).map((p) => ({ ...p, source: { ...p.source, file } }));
}

function existing(mine: string, world: string): unknown[] {
  const detector = MISCONCEPTIONS.filter((d) => d.id === 'names-are-case-sensitive');
  const hits = findMisconceptions([...parse('world.yaml', world), ...parse('mine.yaml', mine)], ['mine.yaml'], detector);
  return hits.map((h) => (h.fix as unknown as { params: { existing: unknown } }).params.existing);
}

const binding = (kind: string, ns: string, roleKind: string, role: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata: {name: b${ns ? `, namespace: ${ns}` : ''}}\nsubjects: [{kind: User, name: ana}]\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${roleKind}, name: ${role}}\n`;

describe('names-are-case-sensitive', () => {
  it('names the ServiceAccount of the pod namespace that differs only in case', () => {
    const world = 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: ci-Deployer, namespace: shop}\n';
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop}\nspec:\n  serviceAccountName: CI-deployer\n  containers: [{name: c, image: "nginx:1.27"}]\n';
    expect(existing(pod, world)).toEqual(['ci-Deployer']);
    // The same name in another namespace is not the pod's ServiceAccount.
    expect(existing(pod, world.replace('shop', 'build'))).toEqual([]);
  });

  it('names the Role of the binding namespace, and a ClusterRole for any binding', () => {
    const roles =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: Secret-Reader, namespace: shop}\nrules: []\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: View-All}\nrules: []\n';
    expect(existing(binding('RoleBinding', 'shop', 'Role', 'secret-reader'), roles)).toEqual(['Secret-Reader']);
    expect(existing(binding('RoleBinding', 'other', 'Role', 'secret-reader'), roles)).toEqual([]);
    expect(existing(binding('ClusterRoleBinding', '', 'ClusterRole', 'view-all'), roles)).toEqual(['View-All']);
    expect(existing(binding('RoleBinding', 'shop', 'Role', 'Secret-Reader'), roles)).toEqual([]);
  });
});
