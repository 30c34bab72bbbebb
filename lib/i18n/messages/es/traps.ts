import type { TRAP_MESSAGES } from '../../../lesson/misconceptions/messages';
import type { AreaCatalog } from '../types';

/** The misconception catalogue's words (lib/lesson/misconceptions). */
export const traps: AreaCatalog<typeof TRAP_MESSAGES> = {
  'trap.rbac-wildcard-verb.title': () => '`*` en verbs otorga todos los verbos, presentes y futuros',
  'trap.rbac-wildcard-verb.why': () =>
    '`verbs: ["*"]` otorga todos los verbos, incluidos `delete`, `escalate`, `bind` e `impersonate` donde apliquen, y cualquiera que se agregue después.',
  'trap.rbac-wildcard-verb.fix': () => 'Listá exactamente los verbos que el sujeto necesita (por ejemplo `get`, `list`, `watch`).',
  'trap.rbac-wildcard-resource.title': () => '`*` en resources o apiGroups cubre secrets y todo lo demás',
  'trap.rbac-wildcard-resource.why': () =>
    'Un `*` en resources o apiGroups coincide con todos los recursos de todos los grupos: Secrets, objetos RBAC y recursos que se instalen después.',
  'trap.rbac-wildcard-resource.fix': () => 'Nombrá los recursos (en plural) y sus grupos de API uno por uno.',
  'trap.rbac-singular-resource.title': () => 'Los recursos de RBAC van en plural',
  'trap.rbac-singular-resource.why': ({ x, p2 }) => `\`${x}\` nunca coincide: RBAC compara el nombre en plural del recurso de la URL (\`${p2}\`), como texto.`,
  'trap.rbac-singular-resource.fix': ({ p1 }) => `Escribí \`${p1}\`.`,
  'trap.rbac-core-group-name.title': () => 'El grupo de API core es "", no "core" ni "v1"',
  'trap.rbac-core-group-name.why': () =>
    'Pods, Secrets, ConfigMaps y Services están en el grupo core, cuyo nombre es el texto vacío. `core` o `v1` no coinciden con nada.',
  'trap.rbac-core-group-name.fix': () => 'Escribí `apiGroups: [""]`.',
  'trap.rbac-subresource-star.title': () => '`pods/*` no es un comodín',
  'trap.rbac-subresource-star.why': () =>
    'RBAC solo conoce `*` y `*/subrecurso` como comodines; `pods/*` se compara como texto y no coincide con ninguna solicitud.',
  'trap.rbac-subresource-star.fix': () => 'Listá los subrecursos que querés: `pods/log`, `pods/exec`, ...',
  'trap.rbac-resource-names-nameless-verb.title': () => 'resourceNames no puede limitar create, list ni watch',
  'trap.rbac-resource-names-nameless-verb.why': () =>
    'Una solicitud `create`, `list`, `watch` o `deletecollection` no nombra ningún objeto, así que una regla con `resourceNames` nunca la permite.',
  'trap.rbac-resource-names-nameless-verb.fix': () => 'Pasá esos verbos a una regla sin `resourceNames` (o sacalos si no hacen falta).',
  'trap.rbac-list-secrets-reads-them.title': () => 'list o watch sobre secrets devuelve su contenido',
  'trap.rbac-list-secrets-reads-them.why': () => '`list` y `watch` sobre secrets devuelven cada Secret con sus datos: no son "solo los nombres".',
  'trap.rbac-list-secrets-reads-them.fix': () => 'Otorgá `get` sobre los Secrets que el sujeto necesita (`resourceNames`) en vez de `list`/`watch`.',
  'trap.rbac-escalation-verbs.title': () => 'bind, escalate e impersonate dan más de lo que parece',
  'trap.rbac-escalation-verbs.why': () => '`bind` y `escalate` le permiten al sujeto otorgar roles que no tiene; `impersonate`, actuar como otro.',
  'trap.rbac-escalation-verbs.fix': () => 'Sacá estos verbos salvo que el sujeto administre RBAC de verdad; si hace falta, limitalos con `resourceNames`.',
  'trap.rbac-rolebinding-clusterrole-is-local.title': () => 'Un RoleBinding a un ClusterRole otorga solo en su namespace',
  'trap.rbac-rolebinding-clusterrole-is-local.why': ({ p1, p2 }) =>
    `Un RoleBinding otorga las reglas del ClusterRole solo dentro del namespace ${p1}; \`${p2}\` son de todo el clúster, así que con este binding no otorgan nada.`,
  'trap.rbac-rolebinding-clusterrole-is-local.fix': () =>
    'Usá un ClusterRoleBinding para recursos de todo el clúster (y dejá lo del namespace en un RoleBinding).',
  'trap.rbac-role-ref-elsewhere.title': () => 'Un RoleBinding busca su Role en su propio namespace',
  'trap.rbac-role-ref-elsewhere.why': ({ p1, where, p3 }) =>
    `El Role ${p1} existe en ${where}, no en ${p3}: un RoleBinding solo puede referenciar un Role de su propio namespace.`,
  'trap.rbac-role-ref-elsewhere.fix': ({ p1 }) => `Creá el Role también en ${p1}, o referenciá un ClusterRole.`,
  'trap.rbac-sa-subject-without-namespace.title': () => 'Un subject ServiceAccount necesita su namespace',
  'trap.rbac-sa-subject-without-namespace.why': () =>
    'Un ClusterRoleBinding no tiene namespace propio: el API server rechaza un subject ServiceAccount sin `namespace`.',
  'trap.rbac-sa-subject-without-namespace.fix': () => 'Agregá `namespace:` con el namespace de la ServiceAccount.',
  'trap.rbac-sa-subject-without-namespace.2.why': ({ p1, p2 }) =>
    `Sin \`namespace\`, este subject es la ServiceAccount ${p1} del namespace del binding (${p2}), no una de otro lado.`,
  'trap.rbac-sa-subject-without-namespace.2.fix': () => 'Escribí el namespace explícitamente, así el binding dice de qué ServiceAccount habla.',
  'trap.rbac-everyone-groups.title': () => 'system:authenticated incluye a todas las ServiceAccounts',
  'trap.rbac-everyone-groups.why': ({ group, anyone }) =>
    `El grupo \`${group}\` no es "la gente que inicia sesión": incluye cada token de ServiceAccount${anyone ? ' (y acá, a cualquiera)' : ''}.`,
  'trap.rbac-everyone-groups.fix': () => 'Vinculá un grupo, usuario o ServiceAccount con nombre.',
  'trap.rbac-binds-default-sa.title': () => 'Los permisos de la ServiceAccount default van a todos los pods',
  'trap.rbac-binds-default-sa.why': () => 'Todo pod sin `serviceAccountName` corre como `default`: un permiso que le das, se lo das a todos.',
  'trap.rbac-binds-default-sa.fix': () => 'Creá una ServiceAccount para la app que necesita el permiso y vinculá esa.',
  'trap.pod-level-read-only-root-filesystem.title': () => 'readOnlyRootFilesystem existe solo por contenedor',
  'trap.pod-level-read-only-root-filesystem.why': () =>
    'El `securityContext` del pod no tiene `readOnlyRootFilesystem`: el API server rechaza el campo desconocido y ningún contenedor queda con la raíz de solo lectura.',
  'trap.pod-level-read-only-root-filesystem.fix': () => 'Pasalo al `securityContext` de cada contenedor.',
  'trap.capabilities-lowercase-all.title': () => '`all` no es `ALL`',
  'trap.capabilities-lowercase-all.why': () =>
    'Los nombres de capabilities se comparan exactos: Pod Security `restricted` exige `drop: ["ALL"]` en mayúsculas, así que `all` no cuenta.',
  'trap.capabilities-lowercase-all.fix': () => 'Escribí `drop: ["ALL"]`.',
  'trap.privileged-overrides-capabilities.title': () => 'privileged: true ignora las capabilities quitadas',
  'trap.privileged-overrides-capabilities.why': () =>
    'Un contenedor privilegiado recibe todas las capabilities y los dispositivos del host, diga lo que diga `capabilities.drop`.',
  'trap.privileged-overrides-capabilities.fix': () => 'Sacá `privileged: true` (agregá solo la capability puntual que la app necesite, si hace falta).',
  'trap.run-as-non-root-with-uid-zero.title': () => 'runAsNonRoot con runAsUser: 0 nunca arranca',
  'trap.run-as-non-root-with-uid-zero.why': () => '`runAsNonRoot: true` con `runAsUser: 0` se contradicen: el kubelet se niega a arrancar el contenedor.',
  'trap.run-as-non-root-with-uid-zero.fix': () => 'Poné `runAsUser` en un UID distinto de cero (por ejemplo 10001).',
  'trap.pod-uses-default-service-account.title': () => 'Reusar la ServiceAccount default',
  'trap.pod-uses-default-service-account.why': () =>
    'Este pod corre como la ServiceAccount `default` del namespace con su token montado: la comparten todos los pods sin identidad propia, con todo lo que se le otorgue a `default`.',
  'trap.pod-uses-default-service-account.fix': () =>
    'Dale a la app su propia ServiceAccount (`serviceAccountName`), o `automountServiceAccountToken: false` si nunca llama a la API.',
  'trap.names-are-case-sensitive.title': () => 'Los nombres distinguen mayúsculas',
  'trap.image-latest-tag.title': () => '`:latest` no es una versión',
  'trap.image-latest-tag.why': ({ p1 }) =>
    `\`${p1}\` puede ser otra imagen mañana: \`latest\` se mueve, y con él lo que corre (y \`imagePullPolicy\` pasa a Always).`,
  'trap.image-latest-tag.fix': () => 'Fijá un tag de versión (`nginx:1.27.3`) o un digest (`@sha256:...`).',
  'trap.image-without-tag.title': () => 'Sin tag es latest',
  'trap.image-without-tag.why': ({ p1 }) =>
    `\`${p1}\` no tiene tag, así que se descarga como \`latest\`. El puerto de un registry (\`registry:5000/app\`) no es un tag.`,
  'trap.image-without-tag.fix': ({ p1 }) => `Agregá un tag de versión (\`${p1}:<versión>\`) o un digest.`,
  'trap.image-tag-and-digest.title': () => 'Con digest, el tag es decoración',
  'trap.image-tag-and-digest.why': ({ p1 }) =>
    `\`${p1}\` nombra un tag y un digest: el digest decide qué se descarga y el tag se ignora, así que el tag puede mentir sobre la versión.`,
  'trap.image-tag-and-digest.fix': () => 'Quedate con el digest (fija la imagen) y asegurate de que el tag coincida, o sacá el tag.',
  'trap.image-tag-and-digest.2.why': ({ written, existing }) =>
    `\`${written}\` no existe, pero \`${existing}\` sí: los nombres en Kubernetes se comparan exactos, mayúsculas incluidas.`,
  'trap.image-tag-and-digest.2.fix': ({ existing }) => `Escribí \`${existing}\`.`,
  'trap.netpol-and-vs-or-peers.title': () => 'Dos ítems de la lista son O; un ítem con dos selectores es Y',
  'trap.netpol-and-vs-or-peers.why': () =>
    'Esta regla tiene un peer solo con `namespaceSelector` y otro solo con `podSelector`: se combinan con O, así que entra cualquier pod de esos namespaces, tenga las etiquetas que tenga.',
  'trap.netpol-and-vs-or-peers.fix': () =>
    'Si querías "pods con estas etiquetas en esos namespaces", poné los dos selectores en UN solo ítem (sin `-` antes de `podSelector`).',
  'trap.netpol-egress-missing-from-policy-types.title': () => 'Reglas de egress sin Egress en policyTypes se ignoran',
  'trap.netpol-egress-missing-from-policy-types.why': () =>
    '`policyTypes` solo lista Ingress, así que las reglas `egress` de esta policy se ignoran y el egress de sus pods no queda aislado.',
  'trap.netpol-egress-missing-from-policy-types.fix': () => 'Agregá `Egress` a `policyTypes`.',
  'trap.netpol-egress-without-dns.title': () => 'Aislar el egress también bloquea el DNS',
  'trap.netpol-egress-without-dns.why': () =>
    'Esta policy aísla el egress y ninguna regla de egress admite el puerto UDP 53: los pods no pueden resolver nombres, así que las llamadas por nombre de Service fallan.',
  'trap.netpol-egress-without-dns.fix': () =>
    'Agregá una regla de egress hacia el DNS del clúster (pods de kube-system `k8s-app: kube-dns`) en UDP 53 (y TCP 53).',
  'trap.netpol-empty-pod-selector-peer-is-local.title': () => '`podSelector: {}` en un peer es solo este namespace',
  'trap.netpol-empty-pod-selector-peer-is-local.why': ({ p1 }) =>
    `\`podSelector: {}\` solo selecciona todos los pods del namespace de la policy (${p1}), no de todo el clúster.`,
  'trap.netpol-empty-pod-selector-peer-is-local.fix': () =>
    'Para todos los namespaces agregá `namespaceSelector: {}` en el mismo ítem; para algunos, elegilos por etiqueta.',
  'trap.netpol-namespace-name-label.title': () => 'Los namespaces no tienen la etiqueta `name` salvo que se la pongas',
  'trap.netpol-namespace-name-label.why': () =>
    'Este namespaceSelector usa una etiqueta cuyo valor es el nombre de un namespace, pero ningún namespace la tiene: no coincide con nada.',
  'trap.netpol-namespace-name-label.fix': () => 'Elegí por `kubernetes.io/metadata.name: <namespace>`, que el control plane pone en todos los namespaces.',
  'trap.netpol-service-port-not-target-port.title': () => 'Las policies ven el puerto del pod, no el del Service',
  'trap.netpol-service-port-not-target-port.why': ({ p1, p2, p3 }) =>
    `El ${p1} es el puerto del Service ${p2}; la conexión llega al pod en su targetPort ${p3}, y eso es lo que ve una NetworkPolicy.`,
  'trap.netpol-service-port-not-target-port.fix': ({ p1 }) => `Usá el puerto ${p1} (o el nombre del puerto del contenedor).`,
  'trap.labels-are-case-sensitive.title': () => 'Etiquetas y selectores distinguen mayúsculas',
  'trap.labels-are-case-sensitive.why': ({ k, p2, p3, p4 }) =>
    `\`${k}: ${p2}\` no coincide con ningún pod, pero hay pods con \`${p3}: ${p4}\`: claves y valores de etiquetas se comparan exactos.`,
  'trap.labels-are-case-sensitive.fix': ({ p1, p2 }) => `Escribí \`${p1}: ${p2}\`.`,
  'trap.failure-policy-ignore.title': () => '`failurePolicy: Ignore` falla abierto',
  'trap.failure-policy-ignore.why': () =>
    'Con `failurePolicy: Ignore`, si el webhook está caído o la expresión da error, la solicitud pasa: un control de seguridad que falla abierto.',
  'trap.failure-policy-ignore.fix': () => 'Usá `failurePolicy: Fail` para todo lo que aplique seguridad.',
  'trap.vap-binding-without-deny.title': () => 'Warn y Audit nunca rechazan',
  'trap.vap-binding-without-deny.why': () =>
    '`validationActions` no tiene `Deny`: una validación fallida solo agrega una advertencia o una anotación de auditoría, y el objeto se guarda igual.',
  'trap.vap-binding-without-deny.fix': () => 'Agregá `Deny` a `validationActions` (dejá `Warn` también si querés que kubectl muestre el mensaje).',
  'trap.vap-without-binding.title': () => 'Una ValidatingAdmissionPolicy sin binding no hace nada',
  'trap.vap-without-binding.why': ({ p1 }) => `Ningún ValidatingAdmissionPolicyBinding nombra a la policy ${p1}: se guarda pero nunca corre.`,
  'trap.vap-without-binding.fix': ({ p1 }) => `Agregá un binding con \`policyName: ${p1}\` y \`validationActions: [Deny]\`.`,
  'trap.cel-absent-field-unguarded.title': () => 'Leer un campo ausente es un error en CEL',
  'trap.cel-absent-field-unguarded.why': () =>
    '`initContainers` (y `ephemeralContainers`) suelen no estar; leer un campo ausente es un error, y con `failurePolicy: Fail` un error rechaza el pod.',
  'trap.cel-absent-field-unguarded.fix': () =>
    'Protegelo: `!has(object.spec.initContainers) || object.spec.initContainers.all(c, ...)`, o usá `object.spec.?initContainers.orValue([])`.',
  'trap.webhook-rule-singular-resource.title': () => 'Las reglas de webhooks nombran recursos en plural',
  'trap.webhook-rule-singular-resource.why': ({ x, p2 }) =>
    `\`${x}\` nunca coincide: las reglas de admisión comparan el recurso en plural de la solicitud (\`${p2}\`).`,
  'trap.webhook-rule-singular-resource.fix': ({ p1 }) => `Escribí \`${p1}\`.`,
  'trap.psa-invalid-level.title': () => 'Los niveles de Pod Security son palabras en minúscula',
  'trap.psa-invalid-level.why': ({ PSA, m, value }) =>
    `\`${PSA}${m}: ${value}\` no es un nivel: el API server rechaza el namespace (los niveles son \`privileged\`, \`baseline\`, \`restricted\`, en minúscula).`,
  'trap.psa-invalid-level.fix': ({ meant }) => `Escribí \`${meant}\`.`,
  'trap.psa-invalid-level.fixAny': () => 'Usá `privileged`, `baseline` o `restricted`.',
  'trap.psa-label-typo.title': () => 'Una etiqueta de Pod Security mal escrita es solo una etiqueta',
  'trap.psa-label-typo.why': ({ k }) => `\`${k}\` no es una de las etiquetas de Pod Security, así que Pod Security la ignora.`,
  'trap.psa-label-typo.fix': ({ PSA }) => `Usá \`${PSA}enforce\`, \`${PSA}warn\` o \`${PSA}audit\` (y sus \`-version\`).`,
  'trap.psa-warn-without-enforce.title': () => 'warn y audit nunca rechazan un pod',
  'trap.psa-warn-without-enforce.why': () =>
    'Este namespace tiene etiquetas `warn`/`audit` de Pod Security pero no `enforce`: los pods que no cumplen reciben una advertencia y entran.',
  'trap.psa-warn-without-enforce.fix': ({ PSA }) => `Agregá \`${PSA}enforce: <nivel>\` con el nivel que los pods tienen que cumplir.`,
  'trap.audit-catch-all-not-last.title': () => 'Gana la primera regla de auditoría que coincide',
  'trap.audit-catch-all-not-last.why': ({ p1, p2 }) =>
    `La regla ${p1} coincide con todas las solicitudes y gana la primera que coincide, así que las ${p2} regla(s) de después nunca se aplican.`,
  'trap.audit-catch-all-not-last.fix': () => 'Mové la regla que atrapa todo al final de `rules`.',
  'trap.audit-secret-bodies.title': () => 'Los cuerpos de los Secrets terminan en el log',
  'trap.audit-secret-bodies.why': ({ p1, p2 }) =>
    `La regla ${p1} registra los Secrets a nivel \`${p2}\`: los datos del Secret (contraseñas, tokens) quedan escritos en el log de auditoría.`,
  'trap.audit-secret-bodies.fix': () => 'Poné arriba una regla para `secrets` (y `configmaps`) con nivel `Metadata`.',
  'trap.audit-silences-service-accounts.title': () => 'Silenciar una app también silencia a quien la ataca',
  'trap.audit-silences-service-accounts.why': () =>
    'Una regla `None` para todo un grupo de ServiceAccounts esconde todo lo que se haga con esos tokens, incluso si alguien robó uno.',
  'trap.audit-silences-service-accounts.fix': () => 'Silenciá solo las solicitudes ruidosas e inofensivas (verbos o recursos puntuales), no la identidad.',
};
