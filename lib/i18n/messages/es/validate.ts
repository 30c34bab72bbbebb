import type { VALIDATE_MESSAGES } from '../../../sim/validate/messages';
import type { AreaCatalog } from '../types';

const guessed = (guess: string | undefined): string => (guess ? ` ¿Quisiste decir \`${guess}\`?` : '');
const code = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ');

export const validate: AreaCatalog<typeof VALIDATE_MESSAGES> = {
  'validate.duplicateContainerName': ({ name }) => `Dos contenedores de este pod se llaman \`${name}\`: los nombres tienen que ser únicos.`,
  'validate.containerImageRequired': () => 'Cada contenedor necesita una `image`: el API server rechaza un contenedor sin imagen.',
  'validate.invalidImagePullPolicy': ({ value }) => `\`${value}\` no es una política de descarga: usá \`Always\`, \`IfNotPresent\` o \`Never\`.`,
  'validate.duplicatePortNameInPod': ({ name }) => `El nombre de puerto \`${name}\` se usa dos veces en este pod: tienen que ser únicos.`,
  'validate.portOutOfRange': ({ value }) => `El puerto ${value} está fuera de rango: los puertos van de 1 a 65535.`,
  'validate.invalidPortName': ({ name, problem }) => `\`${name}\` no es un nombre de puerto válido: ${problem}.`,
  'validate.portName.tooLong': () => 'no puede tener más de 15 caracteres',
  'validate.portName.characters': () => 'tiene que tener minúsculas, dígitos y `-`, empezando y terminando con letra o dígito',
  'validate.portName.doubleDash': () => 'no puede contener `--`',
  'validate.portName.noLetter': () => 'tiene que tener al menos una letra',
  'validate.invalidProtocol': ({ value, upper, capitals }) =>
    `\`${value}\` no es un protocolo: usá TCP, UDP o SCTP.${capitals ? ` Escribí \`${upper}\` (en mayúsculas).` : ''}`,
  'validate.servicePortNameRequired': () => 'Un Service con más de un puerto necesita un `name` en cada puerto.',
  'validate.duplicatePortNameInService': ({ name }) => `El nombre de puerto \`${name}\` se usa dos veces en este Service.`,
  'validate.nodePortOnClusterIP': () => '`nodePort` solo se puede poner si `type` es NodePort o LoadBalancer.',
  'validate.nodePortRange': ({ value }) => `El nodePort ${value} está fuera del rango por defecto 30000-32767 (\`--service-node-port-range\`).`,
  'validate.workloadEmptySelector': ({ kind }) => `Un ${kind} necesita un \`selector\` no vacío (normalmente \`matchLabels\` con las etiquetas del template).`,
  'validate.workloadSelectorMismatch': ({ kind }) =>
    `\`spec.selector\` no coincide con las etiquetas de \`spec.template.metadata.labels\`: el ${kind} no sería dueño de sus pods, así que el API server lo rechaza.`,
  'validate.ephemeralOnCreate': () =>
    '`spec.ephemeralContainers` no se puede poner al crear un Pod: un contenedor efímero se agrega a un pod que ya corre, por su subrecurso `ephemeralcontainers` (`kubectl debug`). Pasalo a `containers`, o sacalo.',
  'validate.ephemeralInTemplate': ({ kind }) =>
    `El template de pods de un ${kind} no puede tener \`ephemeralContainers\`: solo se agregan a un pod que ya corre (\`kubectl debug\`). Pasalo a \`containers\`, o sacalo.`,
  'validate.value.code': ({ text }) => `\`${text}\``,
  'validate.value.null': () => 'null',
  'validate.value.list': () => 'una lista',
  'validate.value.mapping': () => 'un mapa',
  'validate.value.longName': ({ start, length }) => `${start}… (${length} caracteres)`,

  'validate.name.dotSegment': ({ name }) => `no puede ser \`${name}\``,
  'validate.name.slashOrPercent': () => 'no puede contener `/` ni `%`',
  'validate.name.tooLong': ({ max }) => `no puede tener más de ${max} caracteres`,
  'validate.name.dns1123Subdomain': () => 'tiene que tener minúsculas, dígitos, `-` y `.`, empezando y terminando con letra o dígito',
  'validate.name.dns1123Label': () => 'tiene que tener minúsculas, dígitos y `-`, empezando y terminando con letra o dígito',
  'validate.name.dns1035Label': () => 'tiene que tener minúsculas, dígitos y `-`, empezando con una letra y terminando con letra o dígito',
  'validate.labelKey.prefix': () => 'tiene un prefijo inválido (antes de `/` va un subdominio DNS como `example.com`)',
  'validate.labelKey.name': () =>
    'tiene que tener hasta 63 caracteres entre letras, dígitos, `-`, `_` y `.`, empezando y terminando con letra o dígito (con un `prefijo/` opcional)',
  'validate.labelValue': () =>
    'tiene que estar vacío o tener hasta 63 caracteres entre letras, dígitos, `-`, `_` y `.`, empezando y terminando con letra o dígito',
  'validate.missingName': ({ kind }) => `Este ${kind} no tiene \`metadata.name\`: todo objeto necesita un nombre.`,
  'validate.generateNameWithApply': () => '`generateName` funciona con `kubectl create`, pero `kubectl apply` necesita un `metadata.name` fijo.',
  'validate.invalidName': ({ name, kind, problem, guess }) =>
    `\`${name}\` no es un nombre válido para un ${kind}: ${problem}.${guess !== undefined ? ` Probá con \`${guess}\`.` : ''}`,
  'validate.namespaceOnClusterScoped': ({ kind }) => `Un ${kind} no pertenece a ningún namespace: \`metadata.namespace\` se ignora.`,
  'validate.invalidNamespace': ({ name, problem }) => `\`${name}\` no es un nombre de namespace válido: ${problem}.`,
  'validate.invalidLabelKey': ({ key, problem }) => `La clave de etiqueta \`${key}\` ${problem}.`,
  'validate.invalidAnnotationKey': ({ key, problem }) => `La clave de anotación \`${key}\` ${problem}.`,
  'validate.invalidLabelValue': ({ value, problem }) => `El valor de etiqueta \`${value}\` ${problem}.`,
  'validate.selector.invalidOperator': ({ operator }) => `\`${operator}\` no es un operador de selector: usá In, NotIn, Exists o DoesNotExist.`,
  'validate.selector.valuesRequired': ({ operator }) => `El operador \`${operator}\` necesita al menos un valor en \`values\`.`,
  'validate.selector.valuesForbidden': ({ operator }) => `El operador \`${operator}\` no lleva \`values\`: sacalos.`,

  'validate.rbac.noSubjects': ({ kind }) => `Este ${kind} no tiene sujetos: no le da permisos a nadie.`,
  'validate.rbac.aggregationNoSelectors': () => '`aggregationRule` necesita al menos una entrada en `clusterRoleSelectors`.',
  'validate.rbac.aggregatedRulesOverwritten': () =>
    'Este ClusterRole agrega otros roles: el controlador reemplaza estas `rules` por las reglas de los ClusterRoles seleccionados.',
  'validate.rbac.clusterBindingToRole': () =>
    'Un ClusterRoleBinding solo puede referenciar un ClusterRole: un Role vive en un namespace. Usá un RoleBinding en ese namespace, o un ClusterRole.',
  'validate.rbac.invalidRoleRefKind': ({ kind, guess }) => `\`roleRef.kind\` tiene que ser Role o ClusterRole, no \`${kind}\`.${guessed(guess)}`,
  'validate.rbac.roleRefApiGroupDefaulted': ({ group }) => `\`roleRef.apiGroup\` está vacío: el API server completa \`${group}\`.`,
  'validate.rbac.invalidRoleRefApiGroup': ({ group, value }) => `\`roleRef.apiGroup\` tiene que ser \`${group}\`, no \`${value}\`.`,
  'validate.rbac.roleRefNameRequired': () => '`roleRef.name` está vacío: poné el nombre del rol a vincular.',
  'validate.rbac.invalidSubjectKind': ({ kind, guess }) => `El kind de un sujeto es User, Group o ServiceAccount, no \`${kind}\`.${guessed(guess)}`,
  'validate.rbac.subjectNameRequired': () => 'El sujeto tiene `name` vacío.',
  'validate.rbac.invalidSubjectApiGroup': ({ kind, group, value }) => `Un sujeto ${kind} lleva \`apiGroup: ${group}\`, no \`${value}\`.`,
  'validate.rbac.userIsServiceAccount': () =>
    'Este sujeto User nombra el usuario de una service account: sí coincide con esa service account (los sujetos se comparan como texto).',
  'validate.rbac.serviceAccountApiGroup': ({ value }) => `Un sujeto ServiceAccount lleva \`apiGroup: ""\` (o ninguno), no \`${value}\`.`,
  'validate.rbac.serviceAccountNameInvalid': ({ name }) =>
    `\`${name}\` no es un nombre válido de ServiceAccount: solo minúsculas, dígitos, \`-\` y \`.\`, y tiene que empezar y terminar con letra o dígito.`,
  'validate.rbac.serviceAccountFullName': () => 'Acá va solo el nombre de la service account (y su namespace en `namespace`), no `system:serviceaccount:...`.',
  'validate.rbac.serviceAccountNamespaceRequired': () =>
    'Un sujeto ServiceAccount de un ClusterRoleBinding necesita `namespace`: sin él no coincide con ninguna cuenta.',
  'validate.rbac.serviceAccountNamespaceDefaulted': ({ namespace }) =>
    `Este sujeto ServiceAccount no tiene \`namespace\`: vale el namespace del binding (\`${namespace}\`).`,
  'validate.rbac.ruleNoVerbs': () => 'Una regla necesita al menos un verbo (`get`, `list`, ...).',
  'validate.rbac.ruleNoApiGroups': () =>
    'Una regla de recursos necesita `apiGroups`; para los recursos del núcleo (pods, secrets, ...) escribí `apiGroups: [""]`.',
  'validate.rbac.ruleNoResources': () => 'Una regla de recursos necesita al menos una entrada en `resources`.',
  'validate.rbac.nonResourceInRole': () => '`nonResourceURLs` solo se permiten en un ClusterRole: las URLs no tienen namespace.',
  'validate.rbac.nonResourceMixed': ({ fields }) => `Una regla con \`nonResourceURLs\` no puede tener también ${code(fields)}: escribí dos reglas.`,
  'validate.rbac.unknownVerb': ({ verb, guess }) =>
    `\`${verb}\` no coincide con ningún pedido: los verbos se comparan exactamente. ¿Quisiste decir \`${guess}\`?`,
  'validate.rbac.apiGroupCore': ({ group }) => `El grupo núcleo de la API se escribe \`""\`, no \`${group}\`.`,
  'validate.rbac.apiGroupWithVersion': ({ bare, group }) => `\`apiGroups\` lleva el grupo sin versión: \`${bare}\`, no \`${group}\`.`,
  'validate.rbac.subresourceWildcard': ({ base }) =>
    `RBAC no tiene el comodín \`${base}/*\`: solo coincide con un subrecurso llamado literalmente \`*\`. Listá los subrecursos (\`${base}/log\`) o usá \`*\`.`,
  'validate.rbac.resourceName': ({ plural, base }) => `Los recursos van en plural y minúsculas: \`${plural}\`, no \`${base}\`.`,
  'validate.rbac.resourceWrongGroup': ({ resource, groups }) =>
    `\`${resource}\` están en el grupo de API ${groups.map((g) => `\`"${g}"\``).join(' o ')}, que no figura en \`apiGroups\` de esta regla: nunca coincide con ellos.`,
  'validate.rbac.resourceNamesNamelessVerb': ({ verbs }) =>
    `Con \`resourceNames\`, los pedidos ${code(verbs)} no llevan nombre y no coinciden (list/watch solo con un field selector \`metadata.name\`).`,

  'validate.netpol.podSelectorDefaulted': () => 'Sin `podSelector`: vale `{}`, todos los pods del namespace.',
  'validate.netpol.implicitIngressIsolation': () =>
    'Sin `policyTypes`: vale [Ingress, Egress] porque hay reglas de egress, así que esta política también bloquea todo el ingress a los pods seleccionados.',
  'validate.netpol.invalidPolicyType': ({ value, guess }) => `\`${value}\` no es un tipo de política: usá Ingress o Egress.${guessed(guess)}`,
  'validate.netpol.sectionIgnored': ({ type, section }) => `\`policyTypes\` no incluye ${type}, así que estas reglas de ${section} se ignoran.`,
  'validate.netpol.emptyPeer': ({ key }) =>
    `Un peer vacío \`{}\` se rechaza ("must specify a peer"). Para permitir a todos, sacá \`${key}\`; para todos los pods, escribí \`namespaceSelector: {}\`.`,
  'validate.netpol.ipBlockWithSelector': () =>
    '`ipBlock` no se puede combinar con `podSelector` o `namespaceSelector` en el mismo peer: escribilos como ítems separados.',
  'validate.netpol.exceptOutsideCidr': ({ except, cidr }) =>
    `\`${except}\` tiene que estar estrictamente dentro de \`${cidr}\` (adentro y con un prefijo más largo).`,
  'validate.netpol.invalidCidr': ({ text }) => `\`${text}\` no es un CIDR: escribí una dirección y un largo de prefijo, por ejemplo \`10.0.0.0/24\`.`,
  'validate.netpol.noncanonicalCidr': ({ text, net }) =>
    `\`${text}\` tiene bits de host: equivale a \`${net}\` (los API servers nuevos lo rechazan). Escribí \`${net}\`.`,
  'validate.netpol.endPortWithoutPort': () => '`endPort` necesita un `port` numérico donde empieza el rango.',
  'validate.netpol.endPortNamedPort': () => '`endPort` no puede ir con un puerto con nombre: un rango necesita un `port` numérico.',
  'validate.netpol.endPortBeforePort': ({ endPort, port }) => `\`endPort\` (${endPort}) tiene que ser mayor o igual que \`port\` (${port}).`,

  'validate.webhook.unsupportedValue': ({ field, value, allowed }) =>
    `${value} no es un \`${field}\` que acepte la API v1: escribí ${code(allowed)}. El API server rechaza toda la configuración, así que no corre ninguno de sus webhooks.`,
  'validate.webhook.timeoutRange': ({ value }) =>
    `\`timeoutSeconds: ${value}\` está fuera de rango: poné un valor de 1 a 30. El API server rechaza toda la configuración, así que no corre ninguno de sus webhooks.`,
  'validate.webhook.reviewVersions': ({ allowed }) =>
    `\`admissionReviewVersions\` tiene que incluir ${code(allowed)} (las versiones que el API server sabe mandar): agregá \`v1\`. Hasta entonces la configuración se rechaza.`,
};
