import type { VALIDATE_MESSAGES } from '../../../sim/validate/messages';
import type { AreaCatalog } from '../types';

const guessed = (guess: string | undefined): string => (guess ? ` Did you mean \`${guess}\`?` : '');
const code = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ');

export const validate: AreaCatalog<typeof VALIDATE_MESSAGES> = {
  'validate.duplicateContainerName': ({ name }) => `Two containers of this pod are named \`${name}\`: names must be unique.`,
  'validate.containerImageRequired': () => 'Every container needs an `image`: the API server rejects a container without one.',
  'validate.invalidImagePullPolicy': ({ value }) => `\`${value}\` is not a pull policy: use \`Always\`, \`IfNotPresent\` or \`Never\`.`,
  'validate.duplicatePortNameInPod': ({ name }) => `The port name \`${name}\` is used twice in this pod: port names must be unique.`,
  'validate.portOutOfRange': ({ value }) => `Port ${value} is out of range: ports go from 1 to 65535.`,
  'validate.invalidPortName': ({ name, problem }) => `\`${name}\` is not a valid port name: it ${problem}.`,
  'validate.portName.tooLong': () => 'must be no more than 15 characters',
  'validate.portName.characters': () => 'must be lowercase letters, digits and `-`, starting and ending with a letter or digit',
  'validate.portName.doubleDash': () => 'may not contain `--`',
  'validate.portName.noLetter': () => 'must contain at least one letter',
  'validate.invalidProtocol': ({ value, upper, capitals }) =>
    `\`${value}\` is not a protocol: use TCP, UDP or SCTP.${capitals ? ` Write \`${upper}\` (capitals).` : ''}`,
  'validate.servicePortNameRequired': () => 'A Service with more than one port needs a `name` on every port.',
  'validate.duplicatePortNameInService': ({ name }) => `The port name \`${name}\` is used twice in this Service.`,
  'validate.nodePortOnClusterIP': () => '`nodePort` can only be set when `type` is NodePort or LoadBalancer.',
  'validate.nodePortRange': ({ value }) => `nodePort ${value} is outside the default range 30000-32767 (\`--service-node-port-range\`).`,
  'validate.workloadEmptySelector': ({ kind }) => `A ${kind} needs a non-empty \`selector\` (usually \`matchLabels\` with the template's labels).`,
  'validate.workloadSelectorMismatch': ({ kind }) =>
    `\`spec.selector\` does not match the labels of \`spec.template.metadata.labels\`: the ${kind} would not own its own pods, so the API server rejects it.`,
  'validate.ephemeralOnCreate': () =>
    '`spec.ephemeralContainers` cannot be set when a Pod is created: an ephemeral container is added to a running pod through its `ephemeralcontainers` subresource (`kubectl debug`). Move it to `containers`, or remove it.',
  'validate.ephemeralInTemplate': ({ kind }) =>
    `A ${kind}'s pod template cannot have \`ephemeralContainers\`: they are only added to a running pod (\`kubectl debug\`). Move it to \`containers\`, or remove it.`,
  'validate.value.code': ({ text }) => `\`${text}\``,
  'validate.value.null': () => 'null',
  'validate.value.list': () => 'a list',
  'validate.value.mapping': () => 'a mapping',
  'validate.value.longName': ({ start, length }) => `${start}… (${length} characters)`,

  'validate.name.dotSegment': ({ name }) => `may not be \`${name}\``,
  'validate.name.slashOrPercent': () => 'may not contain `/` or `%`',
  'validate.name.tooLong': ({ max }) => `must be no more than ${max} characters`,
  'validate.name.dns1123Subdomain': () => 'must consist of lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit',
  'validate.name.dns1123Label': () => 'must consist of lowercase letters, digits and `-`, starting and ending with a letter or digit',
  'validate.name.dns1035Label': () => 'must consist of lowercase letters, digits and `-`, starting with a letter and ending with a letter or digit',
  'validate.labelKey.prefix': () => 'has an invalid prefix (before `/` it must be a DNS subdomain such as `example.com`)',
  'validate.labelKey.name': () =>
    'must be at most 63 characters of letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit (with an optional `prefix/`)',
  'validate.labelValue': () => 'must be empty or at most 63 characters of letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit',
  'validate.missingName': ({ kind }) => `This ${kind} has no \`metadata.name\`: every object needs a name.`,
  'validate.generateNameWithApply': () => '`generateName` works with `kubectl create`, but `kubectl apply` needs a fixed `metadata.name`.',
  'validate.invalidName': ({ name, kind, problem, guess }) =>
    `\`${name}\` is not a valid ${kind} name: it ${problem}.${guess !== undefined ? ` Try \`${guess}\`.` : ''}`,
  'validate.namespaceOnClusterScoped': ({ kind }) => `A ${kind} is cluster-scoped: \`metadata.namespace\` is ignored.`,
  'validate.invalidNamespace': ({ name, problem }) => `\`${name}\` is not a valid namespace name: it ${problem}.`,
  'validate.invalidLabelKey': ({ key, problem }) => `The label key \`${key}\` ${problem}.`,
  'validate.invalidAnnotationKey': ({ key, problem }) => `The annotation key \`${key}\` ${problem}.`,
  'validate.invalidLabelValue': ({ value, problem }) => `The label value \`${value}\` ${problem}.`,
  'validate.selector.invalidOperator': ({ operator }) => `\`${operator}\` is not a selector operator: use In, NotIn, Exists or DoesNotExist.`,
  'validate.selector.valuesRequired': ({ operator }) => `Operator \`${operator}\` needs at least one value in \`values\`.`,
  'validate.selector.valuesForbidden': ({ operator }) => `Operator \`${operator}\` takes no \`values\`: remove them.`,

  'validate.rbac.noSubjects': ({ kind }) => `This ${kind} has no subjects: it grants nothing to anyone.`,
  'validate.rbac.aggregationNoSelectors': () => '`aggregationRule` needs at least one entry in `clusterRoleSelectors`.',
  'validate.rbac.aggregatedRulesOverwritten': () =>
    'This ClusterRole aggregates other roles: the controller replaces these `rules` with the rules of the selected ClusterRoles.',
  'validate.rbac.clusterBindingToRole': () =>
    'A ClusterRoleBinding can only reference a ClusterRole: a Role lives in one namespace. Use a RoleBinding in that namespace, or a ClusterRole.',
  'validate.rbac.invalidRoleRefKind': ({ kind, guess }) => `\`roleRef.kind\` must be Role or ClusterRole, not \`${kind}\`.${guessed(guess)}`,
  'validate.rbac.roleRefApiGroupDefaulted': ({ group }) => `\`roleRef.apiGroup\` is empty: the API server fills in \`${group}\`.`,
  'validate.rbac.invalidRoleRefApiGroup': ({ group, value }) => `\`roleRef.apiGroup\` must be \`${group}\`, not \`${value}\`.`,
  'validate.rbac.roleRefNameRequired': () => '`roleRef.name` is empty: name the role to bind.',
  'validate.rbac.invalidSubjectKind': ({ kind, guess }) => `A subject's kind is User, Group or ServiceAccount, not \`${kind}\`.${guessed(guess)}`,
  'validate.rbac.subjectNameRequired': () => 'The subject has an empty `name`.',
  'validate.rbac.invalidSubjectApiGroup': ({ kind, group, value }) => `A ${kind} subject has \`apiGroup: ${group}\`, not \`${value}\`.`,
  'validate.rbac.userIsServiceAccount': () =>
    "This User subject names a service account's user name: it does match that service account (subjects are compared as strings).",
  'validate.rbac.serviceAccountApiGroup': ({ value }) => `A ServiceAccount subject has \`apiGroup: ""\` (or none), not \`${value}\`.`,
  'validate.rbac.serviceAccountNameInvalid': ({ name }) =>
    `\`${name}\` is not a valid ServiceAccount name: lowercase letters, digits, \`-\` and \`.\` only, starting and ending with a letter or digit.`,
  'validate.rbac.serviceAccountFullName': () =>
    "Write only the service account's name here (and its namespace in `namespace`), not `system:serviceaccount:...`.",
  'validate.rbac.serviceAccountNamespaceRequired': () =>
    'A ServiceAccount subject of a ClusterRoleBinding needs `namespace`: without it, it matches no account.',
  'validate.rbac.serviceAccountNamespaceDefaulted': ({ namespace }) =>
    `No \`namespace\` on this ServiceAccount subject: it means the binding's namespace (\`${namespace}\`).`,
  'validate.rbac.ruleNoVerbs': () => 'A rule needs at least one verb (`get`, `list`, ...).',
  'validate.rbac.ruleNoApiGroups': () => 'A resource rule needs `apiGroups`; for core resources (pods, secrets, ...) write `apiGroups: [""]`.',
  'validate.rbac.ruleNoResources': () => 'A resource rule needs at least one entry in `resources`.',
  'validate.rbac.nonResourceInRole': () => '`nonResourceURLs` are only allowed in a ClusterRole: URLs have no namespace.',
  'validate.rbac.nonResourceMixed': ({ fields }) => `A rule with \`nonResourceURLs\` cannot also have ${code(fields)}: write two rules.`,
  'validate.rbac.unknownVerb': ({ verb, guess }) => `\`${verb}\` matches no request: verbs are compared exactly. Did you mean \`${guess}\`?`,
  'validate.rbac.apiGroupCore': ({ group }) => `The core API group is written \`""\`, not \`${group}\`.`,
  'validate.rbac.apiGroupWithVersion': ({ bare, group }) => `\`apiGroups\` takes the group without version: \`${bare}\`, not \`${group}\`.`,
  'validate.rbac.subresourceWildcard': ({ base }) =>
    `RBAC has no \`${base}/*\` wildcard: it only matches a subresource literally named \`*\`. List the subresources (\`${base}/log\`) or use \`*\`.`,
  'validate.rbac.resourceName': ({ plural, base }) => `Resources are lowercase plurals: \`${plural}\`, not \`${base}\`.`,
  'validate.rbac.resourceWrongGroup': ({ resource, groups }) =>
    `\`${resource}\` are in the API group ${groups.map((g) => `\`"${g}"\``).join(' or ')}, which this rule's \`apiGroups\` do not list: the rule never matches them.`,
  'validate.rbac.resourceNamesNamelessVerb': ({ verbs }) =>
    `With \`resourceNames\`, ${code(verbs)} requests carry no name and do not match (list/watch only with a \`metadata.name\` field selector).`,

  'validate.netpol.podSelectorDefaulted': () => 'No `podSelector`: it defaults to `{}`, every pod in the namespace.',
  'validate.netpol.implicitIngressIsolation': () =>
    'No `policyTypes`: it defaults to [Ingress, Egress] because there are egress rules, so this policy also denies all ingress to the selected pods.',
  'validate.netpol.invalidPolicyType': ({ value, guess }) => `\`${value}\` is not a policy type: use Ingress or Egress.${guessed(guess)}`,
  'validate.netpol.sectionIgnored': ({ type, section }) => `\`policyTypes\` does not list ${type}, so these ${section} rules are ignored.`,
  'validate.netpol.emptyPeer': ({ key }) =>
    `An empty peer \`{}\` is rejected ("must specify a peer"). To allow everyone, leave out \`${key}\`; to allow all pods, write \`namespaceSelector: {}\`.`,
  'validate.netpol.ipBlockWithSelector': () =>
    '`ipBlock` cannot be combined with `podSelector` or `namespaceSelector` in the same peer: write them as separate list items.',
  'validate.netpol.exceptOutsideCidr': ({ except, cidr }) => `\`${except}\` must be strictly inside \`${cidr}\` (inside it, with a longer prefix).`,
  'validate.netpol.invalidCidr': ({ text }) => `\`${text}\` is not a CIDR: write an address and a prefix length, e.g. \`10.0.0.0/24\`.`,
  'validate.netpol.noncanonicalCidr': ({ text, net }) => `\`${text}\` has host bits set: it means \`${net}\` (newer API servers reject it). Write \`${net}\`.`,
  'validate.netpol.endPortWithoutPort': () => '`endPort` needs a numeric `port` where the range starts.',
  'validate.netpol.endPortNamedPort': () => '`endPort` cannot follow a named port: a range needs a numeric `port`.',
  'validate.netpol.endPortBeforePort': ({ endPort, port }) => `\`endPort\` (${endPort}) must be greater than or equal to \`port\` (${port}).`,

  'validate.webhook.unsupportedValue': ({ field, value, allowed }) =>
    `${value} is not a \`${field}\` the v1 API accepts: write ${code(allowed)}. The API server rejects the whole configuration, so none of its webhooks run.`,
  'validate.webhook.timeoutRange': ({ value }) =>
    `\`timeoutSeconds: ${value}\` is out of range: write a value from 1 to 30. The API server rejects the whole configuration, so none of its webhooks run.`,
  'validate.webhook.reviewVersions': ({ allowed }) =>
    `\`admissionReviewVersions\` must include ${code(allowed)} (the versions the API server can send): add \`v1\`. Until then the configuration is rejected.`,
};
