/** Message codes of the single-object checks, with sample parameters (words: lib/i18n/messages/<lang>/validate.ts). */
import { NESTED, optional } from '../messages/message';

const PORT_MESSAGES = {
  'validate.duplicateContainerName': { name: 'app' },
  'validate.containerImageRequired': {},
  'validate.invalidImagePullPolicy': { value: 'Sometimes' },
  'validate.duplicatePortNameInPod': { name: 'http' },
  'validate.portOutOfRange': { value: 70000 },
  'validate.invalidPortName': { name: 'HTTP', problem: NESTED },
  'validate.portName.tooLong': {},
  'validate.portName.characters': {},
  'validate.portName.doubleDash': {},
  'validate.portName.noLetter': {},
  'validate.invalidProtocol': { value: 'tcp', upper: 'TCP', capitals: true },
  'validate.servicePortNameRequired': {},
  'validate.duplicatePortNameInService': { name: 'http' },
  'validate.nodePortOnClusterIP': {},
  'validate.nodePortRange': { value: 80 },
  'validate.workloadEmptySelector': { kind: 'Deployment' },
  'validate.workloadSelectorMismatch': { kind: 'Deployment' },
  'validate.ephemeralOnCreate': { kind: 'Pod' },
  'validate.ephemeralInTemplate': { kind: 'Deployment' },
};

/** A value quoted in a message (`show`): text in backticks, or what kind of YAML node it is. */
const VALUE_MESSAGES = {
  'validate.value.code': { text: 'Always' },
  'validate.value.null': {},
  'validate.value.list': {},
  'validate.value.mapping': {},
  /** A very long name, cut: its start and its length. */
  'validate.value.longName': { start: 'a-very-long-name', length: 300 },
};

/** Why a name, label key or label value is invalid (apimachinery's validation, as a clause). */
const NAME_MESSAGES = {
  'validate.name.dotSegment': { name: '..' },
  'validate.name.slashOrPercent': {},
  'validate.name.tooLong': { max: 63 },
  'validate.name.dns1123Subdomain': {},
  'validate.name.dns1123Label': {},
  'validate.name.dns1035Label': {},
  'validate.labelKey.prefix': {},
  'validate.labelKey.name': {},
  'validate.labelValue': {},
  'validate.missingName': { kind: 'Pod' },
  'validate.generateNameWithApply': {},
  'validate.invalidName': { name: NESTED, kind: 'Pod', problem: NESTED, guess: optional(NESTED) },
  'validate.namespaceOnClusterScoped': { kind: 'ClusterRole' },
  'validate.invalidNamespace': { name: NESTED, problem: NESTED },
  'validate.invalidLabelKey': { key: 'app name', problem: NESTED },
  'validate.invalidAnnotationKey': { key: '/note', problem: NESTED },
  'validate.invalidLabelValue': { value: 'a b', problem: NESTED },
  'validate.selector.invalidOperator': { operator: 'Equals' },
  'validate.selector.valuesRequired': { operator: 'In' },
  'validate.selector.valuesForbidden': { operator: 'Exists' },
};

const RBAC_MESSAGES = {
  'validate.rbac.noSubjects': { kind: 'RoleBinding' },
  'validate.rbac.aggregationNoSelectors': {},
  'validate.rbac.aggregatedRulesOverwritten': {},
  'validate.rbac.clusterBindingToRole': {},
  'validate.rbac.invalidRoleRefKind': { kind: 'Rol', guess: optional('Role') },
  'validate.rbac.roleRefApiGroupDefaulted': { group: 'rbac.authorization.k8s.io' },
  'validate.rbac.invalidRoleRefApiGroup': { group: 'rbac.authorization.k8s.io', value: 'rbac' },
  'validate.rbac.roleRefNameRequired': {},
  'validate.rbac.invalidSubjectKind': { kind: 'Usr', guess: optional('User') },
  'validate.rbac.subjectNameRequired': {},
  'validate.rbac.invalidSubjectApiGroup': { kind: 'User', group: 'rbac.authorization.k8s.io', value: 'rbac' },
  'validate.rbac.userIsServiceAccount': {},
  'validate.rbac.serviceAccountApiGroup': { value: 'rbac.authorization.k8s.io' },
  'validate.rbac.serviceAccountFullName': {},
  'validate.rbac.serviceAccountNameInvalid': { name: 'Api_Server' },
  'validate.rbac.serviceAccountNamespaceRequired': {},
  'validate.rbac.serviceAccountNamespaceDefaulted': { namespace: 'dev' },
  'validate.rbac.ruleNoVerbs': {},
  'validate.rbac.ruleNoApiGroups': {},
  'validate.rbac.ruleNoResources': {},
  'validate.rbac.nonResourceInRole': {},
  'validate.rbac.nonResourceMixed': { fields: ['resources'] },
  'validate.rbac.unknownVerb': { verb: 'Get', guess: 'get' },
  'validate.rbac.apiGroupCore': { group: 'core' },
  'validate.rbac.apiGroupWithVersion': { bare: 'apps', group: 'apps/v1' },
  'validate.rbac.subresourceWildcard': { base: 'pods' },
  'validate.rbac.resourceName': { plural: 'pods', base: 'Pod' },
  'validate.rbac.resourceWrongGroup': { resource: 'deployments', groups: ['apps'] },
  'validate.rbac.resourceNamesNamelessVerb': { verbs: ['list'] },
};

const NETPOL_MESSAGES = {
  'validate.netpol.podSelectorDefaulted': {},
  'validate.netpol.implicitIngressIsolation': {},
  'validate.netpol.invalidPolicyType': { value: 'ingress', guess: optional('Ingress') },
  'validate.netpol.sectionIgnored': { type: 'Egress', section: 'egress' },
  'validate.netpol.emptyPeer': { key: 'from' },
  'validate.netpol.ipBlockWithSelector': {},
  'validate.netpol.exceptOutsideCidr': { except: '10.1.0.0/16', cidr: '10.0.0.0/16' },
  'validate.netpol.invalidCidr': { text: '10.0.0.0' },
  'validate.netpol.noncanonicalCidr': { text: '10.0.0.1/24', net: '10.0.0.0/24' },
  'validate.netpol.endPortWithoutPort': {},
  'validate.netpol.endPortNamedPort': {},
  'validate.netpol.endPortBeforePort': { endPort: 80, port: 8080 },
};

const WEBHOOK_MESSAGES = {
  'validate.webhook.unsupportedValue': { field: 'sideEffects', value: NESTED, allowed: ['None', 'NoneOnDryRun'] },
  'validate.webhook.timeoutRange': { value: 60 },
  'validate.webhook.reviewVersions': { allowed: ['v1', 'v1beta1'] },
};

export const VALIDATE_MESSAGES = { ...PORT_MESSAGES, ...VALUE_MESSAGES, ...NAME_MESSAGES, ...RBAC_MESSAGES, ...NETPOL_MESSAGES, ...WEBHOOK_MESSAGES };
