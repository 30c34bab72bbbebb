// Pod and image traps. Fields: https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/
// (PodSecurityContext has no readOnlyRootFilesystem; SecurityContext has). Capabilities are
// compared exactly by Pod Security `restricted` ("ALL"): kubernetes/pod-security-admission
// policy/check_capabilities_restricted.go. Images: https://kubernetes.io/docs/concepts/containers/images/
import { containers, fire, nameOf, nsOf, ofKind, podSpecs, rec, strings, subjects } from './helpers';
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
    title: { en: 'readOnlyRootFilesystem exists only per container', es: 'readOnlyRootFilesystem existe solo por contenedor' },
    detect: ({ mine }) =>
      podSpecs(mine)
        .filter((p) => 'readOnlyRootFilesystem' in rec(p.spec.securityContext))
        .map((p) =>
          fire(
            p.at,
            `${p.path}.securityContext.readOnlyRootFilesystem`,
            [
              'The pod-level `securityContext` has no `readOnlyRootFilesystem`: the API server rejects the unknown field, and no container gets a read-only root.',
              "Move it into each container's `securityContext`.",
            ],
            [
              'El `securityContext` del pod no tiene `readOnlyRootFilesystem`: el API server rechaza el campo desconocido y ningún contenedor queda con la raíz de solo lectura.',
              'Pasalo al `securityContext` de cada contenedor.',
            ],
          ),
        ),
  },
  {
    id: 'capabilities-lowercase-all',
    title: { en: '`all` is not `ALL`', es: '`all` no es `ALL`' },
    detect: ({ mine }) =>
      podSpecs(mine).flatMap((p) =>
        containers(p.spec, p.path)
          .filter((c) => strings(rec(rec(c.c.securityContext).capabilities).drop).some((x) => x !== 'ALL' && x.toUpperCase() === 'ALL'))
          .map((c) =>
            fire(
              p.at,
              `${c.path}.securityContext.capabilities.drop`,
              [
                'Capability names are compared exactly: Pod Security `restricted` requires `drop: ["ALL"]` in capitals, so `all` does not count.',
                'Write `drop: ["ALL"]`.',
              ],
              [
                'Los nombres de capabilities se comparan exactos: Pod Security `restricted` exige `drop: ["ALL"]` en mayúsculas, así que `all` no cuenta.',
                'Escribí `drop: ["ALL"]`.',
              ],
            ),
          ),
      ),
  },
  {
    id: 'privileged-overrides-capabilities',
    title: { en: 'privileged: true ignores dropped capabilities', es: 'privileged: true ignora las capabilities quitadas' },
    detect: ({ mine }) =>
      podSpecs(mine).flatMap((p) =>
        containers(p.spec, p.path)
          .filter((c) => rec(c.c.securityContext).privileged === true && strings(rec(rec(c.c.securityContext).capabilities).drop).length > 0)
          .map((c) =>
            fire(
              p.at,
              `${c.path}.securityContext.privileged`,
              [
                "A privileged container gets every capability and the host's devices, whatever `capabilities.drop` says.",
                'Remove `privileged: true` (add only the single capability the app needs, if any).',
              ],
              [
                'Un contenedor privilegiado recibe todas las capabilities y los dispositivos del host, diga lo que diga `capabilities.drop`.',
                'Sacá `privileged: true` (agregá solo la capability puntual que la app necesite, si hace falta).',
              ],
            ),
          ),
      ),
  },
  {
    id: 'run-as-non-root-with-uid-zero',
    title: { en: 'runAsNonRoot with runAsUser: 0 never starts', es: 'runAsNonRoot con runAsUser: 0 nunca arranca' },
    detect: ({ mine }) =>
      podSpecs(mine).flatMap((p) => {
        const pod = rec(p.spec.securityContext);
        return containers(p.spec, p.path)
          .filter((c) => {
            const sc = rec(c.c.securityContext);
            return (sc.runAsNonRoot ?? pod.runAsNonRoot) === true && (sc.runAsUser ?? pod.runAsUser) === 0;
          })
          .map((c) =>
            fire(
              p.at,
              `${c.path}.securityContext`,
              [
                '`runAsNonRoot: true` with `runAsUser: 0` is a contradiction: the kubelet refuses to start the container.',
                'Set `runAsUser` to a non-zero UID (for example 10001).',
              ],
              [
                '`runAsNonRoot: true` con `runAsUser: 0` se contradicen: el kubelet se niega a arrancar el contenedor.',
                'Poné `runAsUser` en un UID distinto de cero (por ejemplo 10001).',
              ],
            ),
          );
      }),
  },
  {
    id: 'pod-uses-default-service-account',
    title: { en: 'Reusing the default ServiceAccount', es: 'Reusar la ServiceAccount default' },
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
            [
              "This pod runs as the namespace's `default` ServiceAccount with its token mounted: every pod without its own identity shares it, and whatever `default` is granted.",
              'Give the app its own ServiceAccount (`serviceAccountName`), or `automountServiceAccountToken: false` if it never calls the API.',
            ],
            [
              'Este pod corre como la ServiceAccount `default` del namespace con su token montado: la comparten todos los pods sin identidad propia, con todo lo que se le otorgue a `default`.',
              'Dale a la app su propia ServiceAccount (`serviceAccountName`), o `automountServiceAccountToken: false` si nunca llama a la API.',
            ],
          ),
        ),
  },
  {
    id: 'names-are-case-sensitive',
    title: { en: 'Names are case-sensitive', es: 'Los nombres distinguen mayúsculas' },
    detect: ({ mine, all }) => {
      const sas = ofKind(all, 'ServiceAccount').map((s) => `${nsOf(s.object)}/${nameOf(s.object)}`);
      const roles = ofKind(all, 'Role', 'ClusterRole').map((r) => `${r.object.kind}/${r.object.kind === 'Role' ? nsOf(r.object) : ''}/${nameOf(r.object)}`);
      const near = (pool: string[], key: string) => (!pool.includes(key) ? pool.find((x) => x.toLowerCase() === key.toLowerCase()) : undefined);
      const out = podSpecs(mine).flatMap((p) => {
        const sa = p.spec.serviceAccountName;
        const hit = typeof sa === 'string' ? near(sas, `${nsOf(p.at.object)}/${sa}`) : undefined;
        return hit ? [caseFire(p.at, `${p.path}.serviceAccountName`, sa as string, hit.split('/')[1])] : [];
      });
      for (const at of ofKind(mine, 'RoleBinding', 'ClusterRoleBinding')) {
        const ref = rec(at.object.roleRef);
        const hit = near(roles, `${String(ref.kind)}/${ref.kind === 'Role' ? nsOf(at.object) : ''}/${String(ref.name)}`);
        if (hit) out.push(caseFire(at, 'roleRef.name', String(ref.name), hit.split('/')[2]));
      }
      return out;
    },
  },
  {
    id: 'image-latest-tag',
    title: { en: '`:latest` is not a version', es: '`:latest` no es una versión' },
    detect: ({ mine }) =>
      images(mine)
        .filter((i) => imageParts(i.image).tag === 'latest' && !imageParts(i.image).digest)
        .map((i) =>
          fire(
            i.at,
            i.path,
            [
              `\`${i.image}\` can be a different image tomorrow: \`latest\` moves, and with it what runs (and \`imagePullPolicy\` defaults to Always).`,
              'Pin a version tag (`nginx:1.27.3`) or a digest (`@sha256:...`).',
            ],
            [
              `\`${i.image}\` puede ser otra imagen mañana: \`latest\` se mueve, y con él lo que corre (y \`imagePullPolicy\` pasa a Always).`,
              'Fijá un tag de versión (`nginx:1.27.3`) o un digest (`@sha256:...`).',
            ],
          ),
        ),
  },
  {
    id: 'image-without-tag',
    title: { en: 'No tag means latest', es: 'Sin tag es latest' },
    detect: ({ mine }) =>
      images(mine)
        .filter((i) => i.image && !imageParts(i.image).tag && !imageParts(i.image).digest)
        .map((i) =>
          fire(
            i.at,
            i.path,
            [
              `\`${i.image}\` has no tag, so it is pulled as \`latest\`. A registry port (\`registry:5000/app\`) is not a tag.`,
              `Add a version tag (\`${i.image}:<version>\`) or a digest.`,
            ],
            [
              `\`${i.image}\` no tiene tag, así que se descarga como \`latest\`. El puerto de un registry (\`registry:5000/app\`) no es un tag.`,
              `Agregá un tag de versión (\`${i.image}:<versión>\`) o un digest.`,
            ],
          ),
        ),
  },
  {
    id: 'image-tag-and-digest',
    title: { en: 'With a digest, the tag is only decoration', es: 'Con digest, el tag es decoración' },
    detect: ({ mine }) =>
      images(mine)
        .filter((i) => imageParts(i.image).tag && imageParts(i.image).digest)
        .map((i) =>
          fire(
            i.at,
            i.path,
            [
              `\`${i.image}\` names a tag and a digest: the digest decides what is pulled and the tag is ignored, so the tag may lie about the version.`,
              'Keep the digest (it pins the image) and make sure the tag matches it, or drop the tag.',
            ],
            [
              `\`${i.image}\` nombra un tag y un digest: el digest decide qué se descarga y el tag se ignora, así que el tag puede mentir sobre la versión.`,
              'Quedate con el digest (fija la imagen) y asegurate de que el tag coincida, o sacá el tag.',
            ],
          ),
        ),
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
    [`\`${written}\` does not exist, but \`${existing}\` does: Kubernetes names are compared exactly, capitals included.`, `Write \`${existing}\`.`],
    [`\`${written}\` no existe, pero \`${existing}\` sí: los nombres en Kubernetes se comparan exactos, mayúsculas incluidas.`, `Escribí \`${existing}\`.`],
  );
}
