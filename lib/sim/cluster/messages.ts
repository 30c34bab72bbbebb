/** Message codes of the cross-object checks, with sample parameters (words: lib/i18n/messages/<lang>/cluster.ts). */
import { optional } from '../messages/message';

/** The object a finding names: its kind (a language may inflect by it) and `Kind namespace/name`. */
const OBJECT = { kind: 'RoleBinding', object: 'RoleBinding dev/x' };
const SUBJECT = { kind: optional('Deployment'), object: optional('Deployment dev/web') };

export const CLUSTER_MESSAGES = {
  'cluster.internalError': { detail: 'x' },
  'cluster.namespaceNotDeclared': { ns: 'dev' },
  'cluster.note.objectIgnored': {},
  'cluster.note.objectMissingName': {},
  'cluster.note.nameTooLong': {},
  'cluster.note.duplicateObject': SUBJECT,
  'cluster.note.replicasCapped': SUBJECT,
  'cluster.note.inputTruncated': {},
  'cluster.netpolSelectsNone': { ...OBJECT, namespace: 'dev', selector: 'app=web' },
  'cluster.netpolNamedPort': { ...OBJECT, name: 'http', protocol: 'TCP', ingress: true },
  'cluster.missingRole': { ...OBJECT, roleKind: 'Role', name: 'reader', namespace: optional('dev'), other: optional('ClusterRole') },
  'cluster.roleInOtherNamespace': { ...OBJECT, name: 'reader', list: 'prod, qa', ns: 'dev', first: 'prod' },
  'cluster.serviceSelectsNone': { ...OBJECT, selector: 'app=web' },
  'cluster.serviceTargetPort': { ...OBJECT, index: 0, name: 'http' },
  'cluster.podRejected': { label: 'Pod dev/job', pod: 'job', error: 'x', name: 'builder', ns: 'dev' },
  'cluster.workloadPodsRejected': { label: 'Deployment dev/web', error: 'x', name: 'builder', ns: 'dev' },
  'cluster.missingServiceAccount': { ...OBJECT, name: 'builder', ns: 'dev', pod: true },
};
