import type { KubeObject } from '@/lib/sim';

/** How goals and the admission view name an object: `Kind/namespace/name` or `Kind/name`. */
export function objectRef(object: KubeObject): string {
  const name = object.metadata?.name ?? object.metadata?.generateName ?? '?';
  return object.metadata?.namespace ? `${object.kind}/${object.metadata.namespace}/${name}` : `${object.kind}/${name}`;
}

const CONFIG_KINDS = new Set([
  'Namespace',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'NetworkPolicy',
  'ServiceAccount',
  'AdmissionConfiguration',
]);

/** Objects worth sending through admission, workloads first (configuration objects last). */
export function admissionCandidates(objects: readonly KubeObject[]): { ref: string; object: KubeObject }[] {
  const seen = new Set<string>();
  const out: { ref: string; object: KubeObject; rank: number }[] = [];
  objects.forEach((object, index) => {
    if (typeof object?.kind !== 'string' || typeof object.metadata !== 'object' || object.metadata === null) return;
    const ref = objectRef(object);
    if (seen.has(ref)) return;
    seen.add(ref);
    out.push({ ref, object, rank: (CONFIG_KINDS.has(object.kind) ? 1_000_000 : 0) + index });
  });
  return out.sort((a, b) => a.rank - b.rank).map(({ ref, object }) => ({ ref, object }));
}

/** Groups as typed (comma-separated), trimmed, empty entries dropped. */
export function parseGroups(text: string): string[] {
  return text
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
}
