// RBAC traps. Semantics: https://kubernetes.io/docs/reference/access-authn-authz/rbac/ and
// kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches, ResourceMatches),
// plugin/pkg/auth/authorizer/rbac/rbac.go (appliesToUser: a ServiceAccount subject without a
// namespace means the binding's namespace).
import { fire, list, nameOf, nsOf, ofKind, rbacRules, rec, strings, subjects } from './helpers';
import type { Detector } from './types';

const CLUSTER_SCOPED = new Set([
  'nodes',
  'namespaces',
  'persistentvolumes',
  'clusterroles',
  'clusterrolebindings',
  'storageclasses',
  'customresourcedefinitions',
  'certificatesigningrequests',
  'validatingwebhookconfigurations',
  'mutatingwebhookconfigurations',
  'validatingadmissionpolicies',
  'priorityclasses',
]);
const SINGULAR: Record<string, string> = {
  pod: 'pods',
  secret: 'secrets',
  configmap: 'configmaps',
  deployment: 'deployments',
  service: 'services',
  namespace: 'namespaces',
  node: 'nodes',
  role: 'roles',
  rolebinding: 'rolebindings',
  serviceaccount: 'serviceaccounts',
  daemonset: 'daemonsets',
  statefulset: 'statefulsets',
  job: 'jobs',
  ingress: 'ingresses',
};

export const rbacDetectors: Detector[] = [
  {
    id: 'rbac-wildcard-verb',
    title: { en: '`*` in verbs grants every verb, present and future', es: '`*` en verbs otorga todos los verbos, presentes y futuros' },
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.verbs).includes('*'))
        .map((r) =>
          fire(
            r.at,
            `${r.path}.verbs`,
            [
              '`verbs: ["*"]` grants every verb, including `delete`, `escalate`, `bind` and `impersonate` where they apply, and any verb added later.',
              'List exactly the verbs the subject needs (for example `get`, `list`, `watch`).',
            ],
            [
              '`verbs: ["*"]` otorga todos los verbos, incluidos `delete`, `escalate`, `bind` e `impersonate` donde apliquen, y cualquiera que se agregue después.',
              'Listá exactamente los verbos que el sujeto necesita (por ejemplo `get`, `list`, `watch`).',
            ],
          ),
        ),
  },
  {
    id: 'rbac-wildcard-resource',
    title: { en: '`*` in resources or apiGroups covers secrets and everything else', es: '`*` en resources o apiGroups cubre secrets y todo lo demás' },
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.resources).includes('*') || strings(r.rule.apiGroups).includes('*'))
        .map((r) =>
          fire(
            r.at,
            `${r.path}.resources`,
            [
              'A `*` in resources or apiGroups matches every resource of every group: Secrets, RBAC objects, and custom resources installed later.',
              'Name the resources (plural) and their API groups one by one.',
            ],
            [
              'Un `*` en resources o apiGroups coincide con todos los recursos de todos los grupos: Secrets, objetos RBAC y recursos que se instalen después.',
              'Nombrá los recursos (en plural) y sus grupos de API uno por uno.',
            ],
          ),
        ),
  },
  {
    id: 'rbac-singular-resource',
    title: { en: 'RBAC resources are plural', es: 'Los recursos de RBAC van en plural' },
    detect: ({ mine }) =>
      rbacRules(mine).flatMap((r) =>
        strings(r.rule.resources)
          .filter((x) => SINGULAR[x.split('/')[0]])
          .map((x) =>
            fire(
              r.at,
              `${r.path}.resources`,
              [
                `\`${x}\` never matches: RBAC compares the plural resource name of the URL (\`${SINGULAR[x.split('/')[0]]}\`), as plain text.`,
                `Write \`${x.replace(/^[^/]+/, SINGULAR[x.split('/')[0]])}\`.`,
              ],
              [
                `\`${x}\` nunca coincide: RBAC compara el nombre en plural del recurso de la URL (\`${SINGULAR[x.split('/')[0]]}\`), como texto.`,
                `Escribí \`${x.replace(/^[^/]+/, SINGULAR[x.split('/')[0]])}\`.`,
              ],
            ),
          ),
      ),
  },
  {
    id: 'rbac-core-group-name',
    title: { en: 'The core API group is "", not "core" or "v1"', es: 'El grupo de API core es "", no "core" ni "v1"' },
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.apiGroups).some((g) => g === 'core' || g === 'v1'))
        .map((r) =>
          fire(
            r.at,
            `${r.path}.apiGroups`,
            [
              'Pods, Secrets, ConfigMaps and Services are in the core group, whose name is the empty string. `core` or `v1` matches nothing.',
              'Write `apiGroups: [""]`.',
            ],
            [
              'Pods, Secrets, ConfigMaps y Services están en el grupo core, cuyo nombre es el texto vacío. `core` o `v1` no coinciden con nada.',
              'Escribí `apiGroups: [""]`.',
            ],
          ),
        ),
  },
  {
    id: 'rbac-subresource-star',
    title: { en: '`pods/*` is not a wildcard', es: '`pods/*` no es un comodín' },
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.resources).some((x) => /^[^*]+\/\*$/.test(x)))
        .map((r) =>
          fire(
            r.at,
            `${r.path}.resources`,
            [
              'RBAC only knows `*` and `*/subresource` as wildcards; `pods/*` is compared as text and matches no request.',
              'List the subresources you mean: `pods/log`, `pods/exec`, ...',
            ],
            [
              'RBAC solo conoce `*` y `*/subrecurso` como comodines; `pods/*` se compara como texto y no coincide con ninguna solicitud.',
              'Listá los subrecursos que querés: `pods/log`, `pods/exec`, ...',
            ],
          ),
        ),
  },
  {
    id: 'rbac-resource-names-nameless-verb',
    title: { en: 'resourceNames cannot limit create, list or watch', es: 'resourceNames no puede limitar create, list ni watch' },
    // `create` on a subresource (pods/eviction) does name its object, so it is not a trap there.
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter(
          (r) =>
            strings(r.rule.resourceNames).length > 0 &&
            strings(r.rule.verbs).some(
              (v) => ['list', 'watch', 'deletecollection'].includes(v) || (v === 'create' && strings(r.rule.resources).some((x) => !x.includes('/'))),
            ),
        )
        .map((r) =>
          fire(
            r.at,
            `${r.path}.verbs`,
            [
              'A `create`, `list`, `watch` or `deletecollection` request names no object, so a rule with `resourceNames` never allows it.',
              'Move those verbs to a rule without `resourceNames` (or drop them if not needed).',
            ],
            [
              'Una solicitud `create`, `list`, `watch` o `deletecollection` no nombra ningún objeto, así que una regla con `resourceNames` nunca la permite.',
              'Pasá esos verbos a una regla sin `resourceNames` (o sacalos si no hacen falta).',
            ],
          ),
        ),
  },
  {
    id: 'rbac-list-secrets-reads-them',
    title: { en: 'list or watch on secrets returns their contents', es: 'list o watch sobre secrets devuelve su contenido' },
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.resources).includes('secrets') && strings(r.rule.verbs).some((v) => v === 'list' || v === 'watch'))
        .map((r) =>
          fire(
            r.at,
            `${r.path}.verbs`,
            [
              '`list` and `watch` on secrets return every Secret with its data: it is not "just the names".',
              'Grant `get` on the named Secrets the subject needs (`resourceNames`) instead of `list`/`watch`.',
            ],
            [
              '`list` y `watch` sobre secrets devuelven cada Secret con sus datos: no son "solo los nombres".',
              'Otorgá `get` sobre los Secrets que el sujeto necesita (`resourceNames`) en vez de `list`/`watch`.',
            ],
          ),
        ),
  },
  {
    id: 'rbac-escalation-verbs',
    title: { en: 'bind, escalate and impersonate hand out more than they look', es: 'bind, escalate e impersonate dan más de lo que parece' },
    detect: ({ mine }) =>
      rbacRules(mine)
        .filter((r) => strings(r.rule.verbs).some((v) => ['bind', 'escalate', 'impersonate'].includes(v)))
        .map((r) =>
          fire(
            r.at,
            `${r.path}.verbs`,
            [
              '`bind` and `escalate` let the subject grant roles it does not hold; `impersonate` lets it act as someone else.',
              'Remove these verbs unless the subject really administers RBAC; if it must, limit them with `resourceNames`.',
            ],
            [
              '`bind` y `escalate` le permiten al sujeto otorgar roles que no tiene; `impersonate`, actuar como otro.',
              'Sacá estos verbos salvo que el sujeto administre RBAC de verdad; si hace falta, limitalos con `resourceNames`.',
            ],
          ),
        ),
  },
  {
    id: 'rbac-rolebinding-clusterrole-is-local',
    title: { en: 'A RoleBinding to a ClusterRole grants only in its namespace', es: 'Un RoleBinding a un ClusterRole otorga solo en su namespace' },
    detect: ({ mine, all }) =>
      ofKind(mine, 'RoleBinding').flatMap((at) => {
        const ref = rec(at.object.roleRef);
        if (ref.kind !== 'ClusterRole') return [];
        const role = ofKind(all, 'ClusterRole').find((r) => nameOf(r.object) === ref.name);
        const clusterOnly = role
          ? list(role.object.rules).flatMap((r) => [
              ...strings(rec(r).resources).filter((x) => CLUSTER_SCOPED.has(x.split('/')[0])),
              ...strings(rec(r).nonResourceURLs),
            ])
          : [];
        if (clusterOnly.length === 0) return [];
        return [
          fire(
            at,
            'roleRef',
            [
              `A RoleBinding grants the ClusterRole's rules only inside namespace ${nsOf(at.object)}; \`${clusterOnly.join('`, `')}\` are cluster-wide, so through this binding they grant nothing.`,
              'Use a ClusterRoleBinding for cluster-scoped resources (and keep the namespaced part in a RoleBinding).',
            ],
            [
              `Un RoleBinding otorga las reglas del ClusterRole solo dentro del namespace ${nsOf(at.object)}; \`${clusterOnly.join('`, `')}\` son de todo el clúster, así que con este binding no otorgan nada.`,
              'Usá un ClusterRoleBinding para recursos de todo el clúster (y dejá lo del namespace en un RoleBinding).',
            ],
          ),
        ];
      }),
  },
  {
    id: 'rbac-role-ref-elsewhere',
    title: { en: 'A RoleBinding looks for its Role in its own namespace', es: 'Un RoleBinding busca su Role en su propio namespace' },
    detect: ({ mine, all }) =>
      ofKind(mine, 'RoleBinding').flatMap((at) => {
        const ref = rec(at.object.roleRef);
        if (ref.kind !== 'Role') return [];
        const roles = ofKind(all, 'Role').filter((r) => nameOf(r.object) === ref.name);
        if (roles.length === 0 || roles.some((r) => nsOf(r.object) === nsOf(at.object))) return [];
        const where = roles.map((r) => nsOf(r.object)).join(', ');
        return [
          fire(
            at,
            'roleRef.name',
            [
              `Role ${String(ref.name)} exists in ${where}, not in ${nsOf(at.object)}: a RoleBinding can only reference a Role of its own namespace.`,
              `Create the Role in ${nsOf(at.object)} too, or reference a ClusterRole.`,
            ],
            [
              `El Role ${String(ref.name)} existe en ${where}, no en ${nsOf(at.object)}: un RoleBinding solo puede referenciar un Role de su propio namespace.`,
              `Creá el Role también en ${nsOf(at.object)}, o referenciá un ClusterRole.`,
            ],
          ),
        ];
      }),
  },
  {
    id: 'rbac-sa-subject-without-namespace',
    title: { en: 'A ServiceAccount subject needs its namespace', es: 'Un subject ServiceAccount necesita su namespace' },
    detect: ({ mine }) =>
      subjects(mine)
        .filter((s) => s.subject.kind === 'ServiceAccount' && !s.subject.namespace)
        .map((s) =>
          s.at.object.kind === 'ClusterRoleBinding'
            ? fire(
                s.at,
                s.path,
                [
                  'A ClusterRoleBinding has no namespace to fall back on: a ServiceAccount subject without `namespace` is rejected by the API server.',
                  "Add `namespace:` with the ServiceAccount's namespace.",
                ],
                [
                  'Un ClusterRoleBinding no tiene namespace propio: el API server rechaza un subject ServiceAccount sin `namespace`.',
                  'Agregá `namespace:` con el namespace de la ServiceAccount.',
                ],
              )
            : fire(
                s.at,
                s.path,
                [
                  `Without \`namespace\`, this subject means the ServiceAccount ${String(s.subject.name)} of the binding's namespace (${nsOf(s.at.object)}), not one elsewhere.`,
                  'Write the namespace explicitly, so the binding says which ServiceAccount it means.',
                ],
                [
                  `Sin \`namespace\`, este subject es la ServiceAccount ${String(s.subject.name)} del namespace del binding (${nsOf(s.at.object)}), no una de otro lado.`,
                  'Escribí el namespace explícitamente, así el binding dice de qué ServiceAccount habla.',
                ],
              ),
        ),
  },
  {
    id: 'rbac-everyone-groups',
    title: { en: 'system:authenticated includes every ServiceAccount', es: 'system:authenticated incluye a todas las ServiceAccounts' },
    detect: ({ mine }) =>
      subjects(mine)
        .filter(
          (s) => s.subject.kind === 'Group' && ['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts'].includes(String(s.subject.name)),
        )
        .map((s) =>
          fire(
            s.at,
            s.path,
            [
              `Group \`${String(s.subject.name)}\` is not "the people who log in": it includes every ServiceAccount token${s.subject.name === 'system:unauthenticated' ? ' (and here, anyone at all)' : ''}.`,
              'Bind a named group, user or ServiceAccount instead.',
            ],
            [
              `El grupo \`${String(s.subject.name)}\` no es "la gente que inicia sesión": incluye cada token de ServiceAccount${s.subject.name === 'system:unauthenticated' ? ' (y acá, a cualquiera)' : ''}.`,
              'Vinculá un grupo, usuario o ServiceAccount con nombre.',
            ],
          ),
        ),
  },
  {
    id: 'rbac-binds-default-sa',
    title: { en: 'Permissions on the default ServiceAccount go to every pod', es: 'Los permisos de la ServiceAccount default van a todos los pods' },
    detect: ({ mine }) =>
      subjects(mine)
        .filter((s) => s.subject.kind === 'ServiceAccount' && s.subject.name === 'default')
        .map((s) =>
          fire(
            s.at,
            s.path,
            [
              'Every pod that sets no `serviceAccountName` runs as `default`: a permission given to it is given to all of them.',
              'Create a ServiceAccount for the app that needs the permission and bind that one.',
            ],
            [
              'Todo pod sin `serviceAccountName` corre como `default`: un permiso que le das, se lo das a todos.',
              'Creá una ServiceAccount para la app que necesita el permiso y vinculá esa.',
            ],
          ),
        ),
  },
];
