/**
 * Consistent renames: an object the brief does not name gets another name, and every reference
 * to it follows (a RoleBinding's roleRef and subjects, a pod's serviceAccountName, a policy
 * binding's policyName, volume and env references, RBAC resourceNames, a webhook's service).
 * https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects ,
 * https://kubernetes.io/docs/concepts/configuration/configmap/#using-configmaps-as-files-from-a-pod
 */
import type { DocPath, Edit, MutationSpec } from '../types';
import type { WorkDoc, Workspace } from '../workspace';
import { asArray, asObj, CONTAINER_LISTS, componentOf, get, isObj, kindOf, nameOf, namespaceOf, objectLabel, podSpecPaths, str } from '../objects';
import type { FixedNames } from './fixedNames';

const RENAMABLE = [
  'ServiceAccount',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'NetworkPolicy',
  'ConfigMap',
  'Secret',
  'Service',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
];

export function renamed(name: string): string {
  return `${name.slice(0, 52)}-renamed`;
}

type Target = { kind: string; ns: string; name: string; to: string };

/** Every edit, over every editable document, that a reference to `t` needs. */
function referenceEdits(doc: WorkDoc, t: Target): Edit[] {
  const v = doc.value;
  const edits: Edit[] = [];
  const setAt = (path: DocPath, value: unknown) => edits.push({ op: 'set', doc: doc.ref, path, value });
  const ns = namespaceOf(v) || 'default';
  const kind = kindOf(v);
  if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
    const ref = asObj(asObj(v).roleRef);
    if (ref.kind === t.kind && ref.name === t.name && (t.kind === 'ClusterRole' || ns === t.ns)) setAt(['roleRef', 'name'], t.to);
    asArray(asObj(v).subjects)
      .map(asObj)
      .forEach((s, i) => {
        if (t.kind === 'ServiceAccount' && s.kind === 'ServiceAccount' && s.name === t.name && (str(s.namespace) ?? ns) === t.ns)
          setAt(['subjects', i, 'name'], t.to);
        if (t.kind === 'ServiceAccount' && s.kind === 'User' && s.name === `system:serviceaccount:${t.ns}:${t.name}`)
          setAt(['subjects', i, 'name'], `system:serviceaccount:${t.ns}:${t.to}`);
      });
  }
  if (kind.endsWith('AdmissionPolicyBinding') && kind.replace('Binding', '') === t.kind && get(v, ['spec', 'policyName']) === t.name)
    setAt(['spec', 'policyName'], t.to);
  if (kind === 'Policy' && t.kind === 'ServiceAccount') {
    asArray(asObj(v).rules).forEach((r, i) =>
      asArray(asObj(r).users).forEach((u, j) => {
        if (u === `system:serviceaccount:${t.ns}:${t.name}`) setAt(['rules', i, 'users', j], `system:serviceaccount:${t.ns}:${t.to}`);
      }),
    );
  }
  if (kind.endsWith('WebhookConfiguration') && t.kind === 'Service') {
    asArray(asObj(v).webhooks).forEach((w, i) => {
      const svc = asObj(get(w, ['clientConfig', 'service']));
      if (svc.name === t.name && svc.namespace === t.ns) setAt(['webhooks', i, 'clientConfig', 'service', 'name'], t.to);
    });
  }
  if ((kind === 'Role' && ns === t.ns) || kind === 'ClusterRole') {
    const resource = t.kind === 'ConfigMap' ? 'configmaps' : t.kind === 'Secret' ? 'secrets' : null;
    asArray(asObj(v).rules).forEach((r, i) => {
      if (!resource || !asArray(asObj(r).resources).includes(resource)) return;
      asArray(asObj(r).resourceNames).forEach((n, j) => {
        if (n === t.name) setAt(['rules', i, 'resourceNames', j], t.to);
      });
    });
  }
  if (ns === t.ns) for (const at of podSpecPaths(v)) podReferenceEdits(get(v, at), at, t, setAt);
  return edits;
}

function podReferenceEdits(podSpec: unknown, at: DocPath, t: Target, setAt: (path: DocPath, value: unknown) => void): void {
  const p = asObj(podSpec);
  if (t.kind === 'ServiceAccount') for (const f of ['serviceAccountName', 'serviceAccount']) if (p[f] === t.name) setAt([...at, f], t.to);
  if (t.kind !== 'ConfigMap' && t.kind !== 'Secret') return;
  const visit = (value: unknown, path: DocPath): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, i]));
    if (!isObj(value)) return;
    for (const [k, child] of Object.entries(value)) {
      const c = asObj(child);
      if (t.kind === 'ConfigMap' && ['configMap', 'configMapRef', 'configMapKeyRef'].includes(k) && c.name === t.name) setAt([...path, k, 'name'], t.to);
      if (t.kind === 'Secret' && ['secretRef', 'secretKeyRef'].includes(k) && c.name === t.name) setAt([...path, k, 'name'], t.to);
      if (t.kind === 'Secret' && k === 'secret' && c.secretName === t.name) setAt([...path, k, 'secretName'], t.to);
      if (t.kind === 'Secret' && k === 'secret' && c.name === t.name) setAt([...path, k, 'name'], t.to);
      if (t.kind === 'Secret' && k === 'imagePullSecrets')
        asArray(child).forEach((s, i) => {
          if (asObj(s).name === t.name) setAt([...path, k, i, 'name'], t.to);
        });
      visit(child, [...path, k]);
    }
  };
  visit(p, at);
}

/** One rename per object of the solution whose name the brief leaves free. */
export function renameSpecs(ws: Workspace, fixed: FixedNames): MutationSpec[] {
  return ws.docs.flatMap((doc) => {
    const kind = kindOf(doc.value);
    const name = nameOf(doc.value);
    if (!RENAMABLE.includes(kind) || !name || fixed.has(kind, name) || componentOf(doc.value) || !/^[a-z0-9][a-z0-9.-]*$/.test(name)) return [];
    const t: Target = { kind, ns: namespaceOf(doc.value) || 'default', name, to: renamed(name) };
    const edits: Edit[] = [{ op: 'set', doc: doc.ref, path: ['metadata', 'name'], value: t.to }, ...ws.docs.flatMap((d) => referenceEdits(d, t))];
    return [{ id: `rewrite.rename:${objectLabel(doc.value)}`, description: `${kind} ${name} renamed ${t.to}, references included`, edits }];
  });
}

/** One rename per pod volume, its mounts following. */
export function volumeRenameSpecs(ws: Workspace): MutationSpec[] {
  return ws.docs.flatMap((doc) =>
    podSpecPaths(doc.value).flatMap((at) => {
      const podSpec = asObj(get(doc.value, at));
      return asArray(podSpec.volumes)
        .map(asObj)
        .flatMap((vol, i) => {
          const name = str(vol.name);
          if (!name) return [];
          const edits: Edit[] = [{ op: 'set', doc: doc.ref, path: [...at, 'volumes', i, 'name'], value: renamed(name) }];
          for (const list of CONTAINER_LISTS) {
            asArray(podSpec[list]).forEach((c, k) =>
              ['volumeMounts', 'volumeDevices'].forEach((field) =>
                asArray(asObj(c)[field]).forEach((m, j) => {
                  if (asObj(m).name === name) edits.push({ op: 'set', doc: doc.ref, path: [...at, list, k, field, j, 'name'], value: renamed(name) });
                }),
              ),
            );
          }
          return [
            {
              id: `rewrite.rename-volume:${objectLabel(doc.value)}:${name}`,
              description: `volume ${name} of ${objectLabel(doc.value)} renamed, mounts included`,
              edits,
            },
          ];
        });
    }),
  );
}
