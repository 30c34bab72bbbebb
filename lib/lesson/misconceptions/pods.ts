// Pod and image traps. Fields: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/
// (PodSecurityContext has no readOnlyRootFilesystem; SecurityContext has). Capabilities are
// compared exactly by Pod Security `restricted` ("ALL"): kubernetes/pod-security-admission
// policy/check_capabilities_restricted.go. Images: https://kubernetes.io/docs/concepts/containers/images/
import { containers, fire, nameOf, nsOf, ofKind, podSpecs, rec, strings, subjects } from './helpers';
import { msg } from '../messages';
import type { Detector } from './types';

/** Registry-with-port aware: the tag is after the last `/`. */
export function imageParts(image: string): { tag?: string; digest?: string } {
  const [rest, digest] = image.split('@');
  const last = rest.slice(rest.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return { ...(colon >= 0 ? { tag: last.slice(colon + 1) } : {}), ...(digest ? { digest } : {}) };
}

const images = (mine: Parameters<Detector['detect']>[0]['mine']) =>
  podSpecs(mine).flatMap((p) =>
    containers(p.spec, p.path).map((c) => ({ at: p.at, image: typeof c.c.image === 'string' ? c.c.image : '', path: `${c.path}.image` })),
  );

export const podDetectors: Detector[] = [
  {
    id: 'pod-level-read-only-root-filesystem',
    title: msg('trap.pod-level-read-only-root-filesystem.title', {}),
    detect: ({ mine }) =>
      podSpecs(mine)
        .filter((p) => 'readOnlyRootFilesystem' in rec(p.spec.securityContext))
        .map((p) =>
          fire(
            p.at,
            `${p.path}.securityContext.readOnlyRootFilesystem`,
            msg('trap.pod-level-read-only-root-filesystem.why', {}),
            msg('trap.pod-level-read-only-root-filesystem.fix', {}),
          ),
        ),
  },
  {
    id: 'capabilities-lowercase-all',
    title: msg('trap.capabilities-lowercase-all.title', {}),
    detect: ({ mine }) =>
      podSpecs(mine).flatMap((p) =>
        containers(p.spec, p.path)
          .filter((c) => strings(rec(rec(c.c.securityContext).capabilities).drop).some((x) => x !== 'ALL' && x.toUpperCase() === 'ALL'))
          .map((c) =>
            fire(
              p.at,
              `${c.path}.securityContext.capabilities.drop`,
              msg('trap.capabilities-lowercase-all.why', {}),
              msg('trap.capabilities-lowercase-all.fix', {}),
            ),
          ),
      ),
  },
  {
    id: 'privileged-overrides-capabilities',
    title: msg('trap.privileged-overrides-capabilities.title', {}),
    detect: ({ mine }) =>
      podSpecs(mine).flatMap((p) =>
        containers(p.spec, p.path)
          .filter((c) => rec(c.c.securityContext).privileged === true && strings(rec(rec(c.c.securityContext).capabilities).drop).length > 0)
          .map((c) =>
            fire(
              p.at,
              `${c.path}.securityContext.privileged`,
              msg('trap.privileged-overrides-capabilities.why', {}),
              msg('trap.privileged-overrides-capabilities.fix', {}),
            ),
          ),
      ),
  },
  {
    id: 'run-as-non-root-with-uid-zero',
    title: msg('trap.run-as-non-root-with-uid-zero.title', {}),
    detect: ({ mine }) =>
      podSpecs(mine).flatMap((p) => {
        const pod = rec(p.spec.securityContext);
        return containers(p.spec, p.path)
          .filter((c) => {
            const sc = rec(c.c.securityContext);
            return (sc.runAsNonRoot ?? pod.runAsNonRoot) === true && (sc.runAsUser ?? pod.runAsUser) === 0;
          })
          .map((c) =>
            fire(p.at, `${c.path}.securityContext`, msg('trap.run-as-non-root-with-uid-zero.why', {}), msg('trap.run-as-non-root-with-uid-zero.fix', {})),
          );
      }),
  },
  {
    id: 'pod-uses-default-service-account',
    title: msg('trap.pod-uses-default-service-account.title', {}),
    // Only a trap when `default` holds something: a binding names it (or all ServiceAccounts of its namespace).
    detect: ({ mine, all }) =>
      podSpecs(mine)
        .filter(
          (p) =>
            (p.spec.serviceAccountName ?? 'default') === 'default' && p.spec.automountServiceAccountToken !== false && defaultIsBound(all, nsOf(p.at.object)),
        )
        .map((p) =>
          fire(
            p.at,
            `${p.path}.serviceAccountName`,
            msg('trap.pod-uses-default-service-account.why', {}),
            msg('trap.pod-uses-default-service-account.fix', {}),
          ),
        ),
  },
  {
    id: 'names-are-case-sensitive',
    title: msg('trap.names-are-case-sensitive.title', {}),
    detect: ({ mine, all }) => {
      // Typed candidates ({ kind, namespace, name }): the existing name is read from the match, not cut out of a key.
      type Named = { kind: string; namespace: string; name: string };
      const sas: Named[] = ofKind(all, 'ServiceAccount').map((s) => ({ kind: 'ServiceAccount', namespace: nsOf(s.object), name: nameOf(s.object) }));
      const roles: Named[] = ofKind(all, 'Role', 'ClusterRole').map((r) => ({
        kind: r.object.kind,
        namespace: r.object.kind === 'Role' ? nsOf(r.object) : '',
        name: nameOf(r.object),
      }));
      const parts = (x: Named) => [x.kind, x.namespace, x.name];
      const near = (pool: Named[], want: Named) =>
        pool.some((x) => parts(x).every((v, i) => v === parts(want)[i]))
          ? undefined
          : pool.find((x) => parts(x).every((v, i) => v.toLowerCase() === parts(want)[i].toLowerCase()));
      const out = podSpecs(mine).flatMap((p) => {
        const sa = p.spec.serviceAccountName;
        const hit = typeof sa === 'string' ? near(sas, { kind: 'ServiceAccount', namespace: nsOf(p.at.object), name: sa }) : undefined;
        return hit ? [caseFire(p.at, `${p.path}.serviceAccountName`, sa as string, hit.name)] : [];
      });
      for (const at of ofKind(mine, 'RoleBinding', 'ClusterRoleBinding')) {
        const ref = rec(at.object.roleRef);
        const hit = near(roles, { kind: String(ref.kind), namespace: ref.kind === 'Role' ? nsOf(at.object) : '', name: String(ref.name) });
        if (hit) out.push(caseFire(at, 'roleRef.name', String(ref.name), hit.name));
      }
      return out;
    },
  },
  {
    id: 'image-latest-tag',
    title: msg('trap.image-latest-tag.title', {}),
    detect: ({ mine }) =>
      images(mine)
        .filter((i) => imageParts(i.image).tag === 'latest' && !imageParts(i.image).digest)
        .map((i) => fire(i.at, i.path, msg('trap.image-latest-tag.why', { p1: String(i.image) }), msg('trap.image-latest-tag.fix', {}))),
  },
  {
    id: 'image-without-tag',
    title: msg('trap.image-without-tag.title', {}),
    detect: ({ mine }) =>
      images(mine)
        .filter((i) => i.image && !imageParts(i.image).tag && !imageParts(i.image).digest)
        .map((i) => fire(i.at, i.path, msg('trap.image-without-tag.why', { p1: String(i.image) }), msg('trap.image-without-tag.fix', { p1: String(i.image) }))),
  },
  {
    id: 'image-tag-and-digest',
    title: msg('trap.image-tag-and-digest.title', {}),
    detect: ({ mine }) =>
      images(mine)
        .filter((i) => imageParts(i.image).tag && imageParts(i.image).digest)
        .map((i) => fire(i.at, i.path, msg('trap.image-tag-and-digest.why', { p1: String(i.image) }), msg('trap.image-tag-and-digest.fix', {}))),
  },
];

function defaultIsBound(all: Parameters<Detector['detect']>[0]['all'], ns: string): boolean {
  return subjects(all).some(
    ({ at, subject }) =>
      (subject.kind === 'ServiceAccount' && subject.name === 'default' && (subject.namespace ?? nsOf(at.object)) === ns) ||
      (subject.kind === 'Group' && (subject.name === `system:serviceaccounts:${ns}` || subject.name === 'system:serviceaccounts')),
  );
}

function caseFire(at: Parameters<typeof fire>[0], path: string, written: string, existing: string) {
  return fire(
    at,
    path,
    msg('trap.image-tag-and-digest.2.why', { written: String(written), existing: String(existing) }),
    msg('trap.image-tag-and-digest.2.fix', { existing: String(existing) }),
  );
}
