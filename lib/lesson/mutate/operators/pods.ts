/**
 * Pod and pod-template weakening operators: each turns on something the Pod Security Standards
 * forbid (https://kubernetes.io/docs/concepts/security/pod-security-standards/) or gives the pod an
 * API token or identity it did not have
 * (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/).
 * Static Pods of control plane components are node configuration, mutated by controlPlane.ts.
 */
import type { DocPath, Edit, MutationSpec } from '../types';
import type { WorkDoc } from '../workspace';
import { asArray, asObj, CONTAINER_LISTS, componentOf, get, isObj, namespaceOf, podSpecPaths, str } from '../objects';
import { del, insert, set, spec, type Operator } from './context';

function containerMutants(doc: WorkDoc, at: DocPath, container: Record<string, unknown>, podUser: unknown): MutationSpec[] {
  const sc = asObj(container.securityContext);
  const scPath = [...at, 'securityContext'];
  const where = `container ${String(container.name ?? at.join('.'))}`;
  const out: MutationSpec[] = [];
  const one = (op: string, what: string, edits: Edit[]) => out.push(spec(op, doc, at, `${where}: ${what}`, edits));
  if (sc.privileged !== true) one('pod.privileged', 'privileged: true', [set(doc, [...scPath, 'privileged'], true)]);
  if (sc.allowPrivilegeEscalation === false)
    one('pod.allow-privilege-escalation', 'allowPrivilegeEscalation: true', [set(doc, [...scPath, 'allowPrivilegeEscalation'], true)]);
  // Only where the solution pins a non-root user: without one the container may already run as
  // root (its image's user), and `runAsUser: 0` would not be weaker.
  const user = sc.runAsUser ?? podUser;
  if (typeof user === 'number' && user !== 0) one('pod.run-as-root', 'runAsUser: 0', [set(doc, [...scPath, 'runAsUser'], 0)]);
  const caps = asObj(sc.capabilities);
  if (asArray(caps.drop).length > 0) one('pod.drop-capabilities-drop', 'capabilities.drop removed', [del(doc, [...scPath, 'capabilities', 'drop'])]);
  const added = asArray(caps.add);
  if (!added.includes('SYS_ADMIN') && !added.includes('ALL')) {
    one('pod.add-sys-admin', 'capabilities.add SYS_ADMIN', [
      added.length ? insert(doc, [...scPath, 'capabilities', 'add'], 'SYS_ADMIN') : set(doc, [...scPath, 'capabilities', 'add'], ['SYS_ADMIN']),
    ]);
  }
  if (sc.readOnlyRootFilesystem === true)
    one('pod.writable-root-filesystem', 'readOnlyRootFilesystem: false', [set(doc, [...scPath, 'readOnlyRootFilesystem'], false)]);
  return out;
}

/** Every path at which `field` is set in the pod's or a container's securityContext. */
function securityContextPaths(podSpec: Record<string, unknown>, at: DocPath, field: string): DocPath[] {
  const paths: DocPath[] = [];
  if (asObj(podSpec.securityContext)[field] !== undefined) paths.push([...at, 'securityContext', field]);
  for (const list of CONTAINER_LISTS) {
    asArray(podSpec[list]).forEach((c, k) => {
      if (asObj(asObj(c).securityContext)[field] !== undefined) paths.push([...at, list, k, 'securityContext', field]);
    });
  }
  return paths;
}

function hostMutants(doc: WorkDoc, at: DocPath, podSpec: Record<string, unknown>): MutationSpec[] {
  const out: MutationSpec[] = [];
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (podSpec[field] !== true) out.push(spec(`pod.${field.toLowerCase()}`, doc, at, `${field}: true`, [set(doc, [...at, field], true)]));
  }
  const taken = new Set(asArray(podSpec.volumes).map((v) => asObj(v).name));
  let name = 'host-root';
  for (let n = 2; taken.has(name); n += 1) name = `host-root-${n}`;
  const volume = { name, hostPath: { path: '/' } };
  const mount = { name, mountPath: '/host' };
  const edits: Edit[] = [Array.isArray(podSpec.volumes) ? insert(doc, [...at, 'volumes'], volume) : set(doc, [...at, 'volumes'], [volume])];
  if (isObj(asArray(podSpec.containers)[0])) {
    const mounts = asObj(asArray(podSpec.containers)[0]).volumeMounts;
    edits.push(
      Array.isArray(mounts) ? insert(doc, [...at, 'containers', 0, 'volumeMounts'], mount) : set(doc, [...at, 'containers', 0, 'volumeMounts'], [mount]),
    );
  }
  out.push(spec('pod.hostpath-root', doc, at, "hostPath volume of the node's / mounted at /host", edits));
  return out;
}

function securityContextDrops(doc: WorkDoc, at: DocPath, podSpec: Record<string, unknown>): MutationSpec[] {
  const out: MutationSpec[] = [];
  const nonRoot = securityContextPaths(podSpec, at, 'runAsNonRoot').filter((p) => get(doc.value, p) === true);
  if (nonRoot.length)
    out.push(
      spec(
        'pod.drop-run-as-non-root',
        doc,
        at,
        'runAsNonRoot removed (pod and containers)',
        nonRoot.map((p) => del(doc, p)),
      ),
    );
  // Without runAsUser (and without runAsNonRoot) a container runs as its image's user, root for many images.
  const users = securityContextPaths(podSpec, at, 'runAsUser').filter((p) => get(doc.value, p) !== 0);
  if (users.length && nonRoot.length === 0)
    out.push(
      spec(
        'pod.drop-run-as-user',
        doc,
        at,
        "runAsUser removed (pod and containers): the image's user, maybe root",
        users.map((p) => del(doc, p)),
      ),
    );
  const seccomp = securityContextPaths(podSpec, at, 'seccompProfile');
  if (seccomp.some((p) => asObj(get(doc.value, p)).type !== 'Unconfined'))
    out.push(
      spec(
        'pod.drop-seccomp',
        doc,
        at,
        'seccompProfile removed (pod and containers)',
        seccomp.map((p) => del(doc, p)),
      ),
    );
  // A container's own runAsUser wins over the pod's: the pod-level value only matters for
  // containers without one (https://kubernetes.io/docs/tasks/configure-pod-container/security-context/).
  const podUser = asObj(podSpec.securityContext).runAsUser;
  const inherits = CONTAINER_LISTS.some((list) => asArray(podSpec[list]).some((c) => asObj(asObj(c).securityContext).runAsUser === undefined));
  if (podUser !== undefined && podUser !== 0 && inherits)
    out.push(spec('pod.run-as-root', doc, [...at, 'securityContext'], 'pod runAsUser: 0', [set(doc, [...at, 'securityContext', 'runAsUser'], 0)]));
  return out;
}

function serviceAccountOf(podSpec: Record<string, unknown>): string {
  return str(podSpec.serviceAccountName) ?? str(podSpec.serviceAccount) ?? 'default';
}

function identityMutants(doc: WorkDoc, at: DocPath, podSpec: Record<string, unknown>, all: unknown[]): MutationSpec[] {
  const out: MutationSpec[] = [];
  const ns = namespaceOf(doc.value) || 'default';
  const sa = serviceAccountOf(podSpec);
  const saObject = all.find((o) => asObj(o).kind === 'ServiceAccount' && str(asObj(asObj(o).metadata).name) === sa && (namespaceOf(o) || 'default') === ns);
  const saMounts = asObj(saObject).automountServiceAccountToken !== false;
  if (podSpec.automountServiceAccountToken === false) {
    out.push(spec('pod.automount-token-on', doc, at, 'automountServiceAccountToken: true', [set(doc, [...at, 'automountServiceAccountToken'], true)]));
    if (saMounts)
      out.push(
        spec('pod.automount-token-unset', doc, at, "automountServiceAccountToken removed (the ServiceAccount's default applies)", [
          del(doc, [...at, 'automountServiceAccountToken']),
        ]),
      );
  } else if (podSpec.automountServiceAccountToken === undefined && !saMounts) {
    out.push(
      spec('pod.automount-token-on', doc, at, 'automountServiceAccountToken: true (overrides the ServiceAccount)', [
        set(doc, [...at, 'automountServiceAccountToken'], true),
      ]),
    );
  }
  if (sa !== 'default') {
    const fields = ['serviceAccountName', 'serviceAccount'].filter((f) => podSpec[f] !== undefined);
    out.push(
      spec(
        'pod.default-service-account',
        doc,
        at,
        'serviceAccountName: default',
        fields.map((f) => set(doc, [...at, f], 'default')),
      ),
    );
    out.push(
      spec(
        'pod.no-service-account',
        doc,
        at,
        'serviceAccountName removed (runs as default)',
        fields.map((f) => del(doc, [...at, f])),
      ),
    );
  }
  return out;
}

const podMutants: Operator = (doc, ctx) => {
  if (componentOf(doc.value)) return [];
  return podSpecPaths(doc.value).flatMap((at) => {
    const podSpec = get(doc.value, at);
    if (!isObj(podSpec)) return [];
    const containers = CONTAINER_LISTS.flatMap((list) => asArray(podSpec[list]).map((c, k) => ({ at: [...at, list, k], c: asObj(c) })));
    return [
      ...containers.flatMap(({ at: cAt, c }) => containerMutants(doc, cAt, c, asObj(podSpec.securityContext).runAsUser)),
      ...securityContextDrops(doc, at, podSpec),
      ...hostMutants(doc, at, podSpec),
      ...identityMutants(doc, at, podSpec, ctx.all),
    ];
  });
};

/** A ServiceAccount that opts out of token automount, turned back on for the pods that rely on it. */
const serviceAccountMutants: Operator = (doc, ctx) => {
  const sa = asObj(doc.value);
  if (sa.kind !== 'ServiceAccount' || sa.automountServiceAccountToken !== false) return [];
  const name = str(asObj(sa.metadata).name);
  const ns = namespaceOf(sa) || 'default';
  const relies = ctx.all.some(
    (o) =>
      (namespaceOf(o) || 'default') === ns &&
      podSpecPaths(o).some((p) => {
        const podSpec = asObj(get(o, p));
        return serviceAccountOf(podSpec) === name && podSpec.automountServiceAccountToken === undefined;
      }),
  );
  if (!relies) return [];
  return [
    spec('sa.automount-token-on', doc, [], 'automountServiceAccountToken: true', [set(doc, ['automountServiceAccountToken'], true)]),
    spec('sa.automount-token-unset', doc, [], 'automountServiceAccountToken removed (default: true)', [del(doc, ['automountServiceAccountToken'])]),
  ];
};

export const POD_OPERATORS: Operator[] = [podMutants, serviceAccountMutants];
