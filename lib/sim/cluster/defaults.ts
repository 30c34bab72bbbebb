// API defaulting, applied once to copies of the learner's objects, the way the API server
// applies it on create. Upstream: kubernetes `pkg/apis/core/v1/defaults.go`,
// `pkg/apis/apps/v1/defaults.go`, `pkg/apis/batch/v1/defaults.go`,
// `pkg/apis/networking/v1/defaults.go`, `pkg/apis/rbac/v1/defaults.go`, and the
// ServiceAccount admission plugin (serviceAccountName).
// SIMPLIFICATION(k8s): admission-added fields that no lab evaluates (projected token volume,
// default tolerations, priority class resolution) are not added.
import type { KubeObject } from '../types';
import { asArray, asRecord, childRecord, isRecord, setDefault, type JsonRecord } from './objectUtils';
import { defaultNetworkPolicy } from './defaultNetworkPolicy';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Applies API-server defaulting to one (already copied) object, in place. */
export function applyDefaults(object: KubeObject): void {
  switch (object.kind) {
    case 'Pod':
      defaultPodSpec(childRecord(object, 'spec'));
      break;
    case 'Deployment':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'StatefulSet':
    case 'DaemonSet':
      defaultWorkload(object.kind, childRecord(object, 'spec'));
      break;
    case 'Job':
      defaultJobSpec(childRecord(object, 'spec'));
      break;
    case 'CronJob':
      defaultCronJobSpec(childRecord(object, 'spec'));
      break;
    case 'Service':
      defaultServiceSpec(childRecord(object, 'spec'));
      break;
    case 'NetworkPolicy':
      defaultNetworkPolicy(object);
      break;
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      defaultBinding(object);
      break;
    case 'Secret':
      setDefault(object, 'type', 'Opaque');
      break;
    default:
      break;
  }
}

/**
 * Pod spec defaults (SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort,
 * ServiceAccount admission). Also used for workload pod templates.
 */
export function defaultPodSpec(spec: JsonRecord): void {
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'schedulerName', 'default-scheduler');
  setDefault(spec, 'securityContext', {});
  setDefault(spec, 'enableServiceLinks', true);
  const account = typeof spec.serviceAccount === 'string' && spec.serviceAccount !== '' ? spec.serviceAccount : 'default';
  if (typeof spec.serviceAccountName !== 'string' || spec.serviceAccountName === '') spec.serviceAccountName = account;
  const hostNetwork = spec.hostNetwork === true;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const container of asArray(spec[list])) {
      if (isRecord(container)) defaultContainer(container, hostNetwork);
    }
  }
}

function defaultContainer(container: JsonRecord, hostNetwork: boolean): void {
  setDefault(container, 'terminationMessagePath', '/dev/termination-log');
  setDefault(container, 'terminationMessagePolicy', 'File');
  setDefault(container, 'imagePullPolicy', pullPolicyFor(container.image));
  for (const port of asArray(container.ports)) {
    if (!isRecord(port)) continue;
    setDefault(port, 'protocol', 'TCP');
    if (hostNetwork) setDefault(port, 'hostPort', port.containerPort);
  }
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    if (!isRecord(container[probe])) continue;
    const record = container[probe] as JsonRecord;
    setDefault(record, 'timeoutSeconds', 1);
    setDefault(record, 'periodSeconds', 10);
    setDefault(record, 'successThreshold', 1);
    setDefault(record, 'failureThreshold', 3);
  }
}

/** `Always` for `:latest` or untagged images, else `IfNotPresent` (SetDefaults_Container). */
function pullPolicyFor(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.lastIndexOf(':');
  if (colon < 0) return 'Always';
  return lastPart.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultTemplate(spec: JsonRecord): void {
  const template = childRecord(spec, 'template');
  childRecord(template, 'metadata');
  defaultPodSpec(childRecord(template, 'spec'));
}

function defaultWorkload(kind: string, spec: JsonRecord): void {
  if (kind !== 'DaemonSet') setDefault(spec, 'replicas', 1);
  if (kind !== 'ReplicaSet' && kind !== 'ReplicationController') setDefault(spec, 'revisionHistoryLimit', 10);
  if (kind === 'Deployment') {
    setDefault(spec, 'strategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    setDefault(spec, 'progressDeadlineSeconds', 600);
  } else if (kind === 'StatefulSet') {
    setDefault(spec, 'podManagementPolicy', 'OrderedReady');
    setDefault(spec, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
  } else if (kind === 'DaemonSet') {
    setDefault(spec, 'updateStrategy', { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
  }
  defaultTemplate(spec);
}

function defaultJobSpec(spec: JsonRecord): void {
  if (spec.completions == null && spec.parallelism == null) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  setDefault(spec, 'parallelism', 1);
  setDefault(spec, 'backoffLimit', 6);
  setDefault(spec, 'completionMode', 'NonIndexed');
  setDefault(spec, 'suspend', false);
  defaultTemplate(spec);
}

function defaultCronJobSpec(spec: JsonRecord): void {
  setDefault(spec, 'concurrencyPolicy', 'Allow');
  setDefault(spec, 'suspend', false);
  setDefault(spec, 'successfulJobsHistoryLimit', 3);
  setDefault(spec, 'failedJobsHistoryLimit', 1);
  defaultJobSpec(childRecord(childRecord(spec, 'jobTemplate'), 'spec'));
}

/** Service defaults (SetDefaults_Service); the ClusterIP is allocated later. */
function defaultServiceSpec(spec: JsonRecord): void {
  setDefault(spec, 'type', 'ClusterIP');
  setDefault(spec, 'sessionAffinity', 'None');
  for (const port of asArray(spec.ports)) {
    if (!isRecord(port)) continue;
    setDefault(port, 'protocol', 'TCP');
    if (port.targetPort === undefined || port.targetPort === null || port.targetPort === 0) port.targetPort = port.port;
  }
  if (spec.type !== 'ExternalName') {
    setDefault(spec, 'internalTrafficPolicy', 'Cluster');
    setDefault(spec, 'ipFamilyPolicy', 'SingleStack');
    setDefault(spec, 'ipFamilies', ['IPv4']);
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') setDefault(spec, 'externalTrafficPolicy', 'Cluster');
}

/** roleRef.apiGroup and subject apiGroup defaults (SetDefaults_RoleBinding, SetDefaults_Subject). */
function defaultBinding(object: KubeObject): void {
  if (isRecord(object.roleRef)) setDefault(object.roleRef, 'apiGroup', RBAC_GROUP);
  for (const subject of asArray(object.subjects)) {
    if (!isRecord(subject) || (subject.apiGroup !== undefined && subject.apiGroup !== null && subject.apiGroup !== '')) continue;
    const kind = asRecord(subject).kind;
    if (kind === 'User' || kind === 'Group') subject.apiGroup = RBAC_GROUP;
    else if (kind === 'ServiceAccount') subject.apiGroup = '';
  }
}
