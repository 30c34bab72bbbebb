import type { CLUSTER_MESSAGES } from '../../../sim/cluster/messages';
import type { AreaCatalog } from '../types';

const subject = (object: string | undefined, text: string) => (object ? `${object} ${text}` : text);

export const cluster: AreaCatalog<typeof CLUSTER_MESSAGES> = {
  'cluster.internalError': ({ detail }) => `The simulator could not check these objects (internal error: ${detail}). Please report it.`,
  'cluster.namespaceNotDeclared': ({ ns }) =>
    `Namespace ${ns} is not declared. The simulator creates it, but a real cluster rejects objects in a missing namespace: add a Namespace manifest or run kubectl create namespace ${ns} first.`,
  'cluster.note.objectIgnored': () => 'This document is not a Kubernetes object (no kind): it was ignored.',
  'cluster.note.objectMissingName': () => 'This object has no metadata.name (nor generateName): it was ignored.',
  'cluster.note.nameTooLong': () =>
    'The API server rejects a name longer than 253 characters: the simulator leaves this object out (no pods are created for it).',
  'cluster.note.duplicateObject': ({ object }) => subject(object, 'is declared again later; the later one replaces this one, as a second kubectl apply would.'),
  'cluster.note.replicasCapped': ({ object }) => subject(object, 'asks for more than 1000 pods; the simulator creates the first 1000.'),
  'cluster.note.inputTruncated': () => 'The input is too large; the simulator read only part of it.',
  'cluster.netpolSelectsNone': ({ object, namespace, selector }) =>
    `${object} selects no pod in namespace ${namespace} (podSelector: ${selector}): it has no effect until such a pod exists.`,
  'cluster.netpolNamedPort': ({ object, name, protocol, ingress }) =>
    `${object} uses the named port "${name}" (${protocol}), but ${ingress ? 'no pod it selects' : 'no pod this egress rule can reach'} declares a container port with that name and protocol: this port entry matches nothing.`,
  'cluster.missingRole': ({ object, roleKind, name, namespace, other }) =>
    `${object} refers to ${roleKind} "${name}", which does not exist${namespace !== undefined ? ` in namespace ${namespace}` : ''}: the binding grants nothing until it exists.${other ? ` A ${other} named "${name}" exists: did you mean roleRef.kind: ${other}?` : ''}`,
  'cluster.roleInOtherNamespace': ({ object, name, list, ns, first }) =>
    `${object} refers to Role "${name}", which exists only in namespace ${list}. A RoleBinding always looks its Role up in its own namespace (${ns}), so it grants nothing: create the Role in ${ns}, or move the binding to ${first}.`,
  'cluster.serviceSelectsNone': ({ object, selector }) => `${object} selects no pod (selector ${selector}): it has no endpoints, so connections to it fail.`,
  'cluster.serviceTargetPort': ({ object, index, name }) =>
    `${object} sends port ${index} to the named port "${name}", but none of its pods declares a container port with that name: that port has no endpoints.`,
  'cluster.podRejected': ({ label, pod, error, name, ns }) =>
    `The API server rejects ${label}: pods "${pod}" is forbidden: ${error}. Create ServiceAccount ${name} in ${ns}, or run the pod as one that exists.`,
  'cluster.workloadPodsRejected': ({ label, error, name, ns }) =>
    `${label} is accepted, but its pods are never created: the API server rejects each one (${error}). Create ServiceAccount ${name} in ${ns}, or use one that exists.`,
  'cluster.missingServiceAccount': ({ object, name, ns, pod }) =>
    `${object} runs as ServiceAccount "${name}", which does not exist in namespace ${ns}: ${pod ? 'the API server rejects the pod' : 'its controller cannot create pods'} until it exists (error looking up service account ${ns}/${name}: serviceaccount "${name}" not found).`,
};
