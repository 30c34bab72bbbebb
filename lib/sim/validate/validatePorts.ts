import type { Finding } from './finding';
import { msg } from '../messages';
import { finding, withApi } from './finding';
import { portNameProblem } from './names';
import { indexPath, isRecord, joinPath } from '../parse/paths';

/**
 * Port fields the API server validates (pkg/apis/core/validation: validateContainerPorts,
 * ValidateService): port numbers 1-65535, IANA port names (at most 15 characters, at least one
 * letter) unique within a pod, protocols TCP/UDP/SCTP, container names unique within a pod,
 * and Service port names required once a Service has more than one port.
 * Each finding carries the API server's own field.Error (`api`), worded as upstream's
 * (field.Duplicate, field.NotSupported with the sorted protocol list, IsValidPortNum's range).
 */
export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** Where each workload kind keeps its pod spec. */
export function podSpecPath(kind: string): string | undefined {
  if (kind === 'Pod') return 'spec';
  if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'].includes(kind)) return 'spec.template.spec';
  if (kind === 'CronJob') return 'spec.jobTemplate.spec.template.spec';
  return undefined;
}

/** Checks container names and ports of one pod spec at `path`. */
export function validatePodSpecPorts(spec: unknown, path: string): Finding[] {
  if (!isRecord(spec)) return [];
  const out: Finding[] = [];
  const names = new Set<string>();
  const portNames = new Set<string>();
  // Regular containers first: a name an init container repeats is reported on the init container
  // (ValidatePodSpec runs validateContainers before validateInitContainers).
  for (const field of ['containers', 'initContainers']) {
    const containers = Array.isArray(spec[field]) ? (spec[field] as unknown[]) : [];
    containers.forEach((c, i) => {
      const at = indexPath(joinPath(path, field), i);
      if (!isRecord(c)) return;
      if (typeof c.name === 'string' && names.has(c.name)) {
        const dup = finding('error', 'duplicate-container-name', joinPath(at, 'name'), msg('validate.duplicateContainerName', { name: c.name }));
        out.push(withApi(dup, { type: 'Duplicate value', value: c.name }));
      }
      if (typeof c.name === 'string') names.add(c.name);
      out.push(...containerImage(c, at));
      out.push(...containerPorts(c.ports, joinPath(at, 'ports'), portNames));
    });
  }
  return out;
}

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

/**
 * A container needs an image, and a pull policy is one of three (pkg/apis/core/validation/
 * validation.go validateContainerCommon: field.Required(image), validatePullPolicy's NotSupported).
 */
function containerImage(c: Record<string, unknown>, at: string): Finding[] {
  const out: Finding[] = [];
  if (c.image === undefined || c.image === null || c.image === '') {
    out.push(
      withApi(finding('error', 'container-image-required', joinPath(at, 'image'), msg('validate.containerImageRequired', {})), { type: 'Required value' }),
    );
  }
  const policy = c.imagePullPolicy;
  if (typeof policy === 'string' && policy !== '' && !PULL_POLICIES.includes(policy)) {
    const bad = finding('error', 'invalid-image-pull-policy', joinPath(at, 'imagePullPolicy'), msg('validate.invalidImagePullPolicy', { value: policy }));
    out.push(withApi(bad, { type: 'Unsupported value', value: policy, detail: 'supported values: "Always", "IfNotPresent", "Never"' }));
  }
  return out;
}

function containerPorts(ports: unknown, path: string, portNames: Set<string>): Finding[] {
  if (!Array.isArray(ports)) return [];
  const out: Finding[] = [];
  ports.forEach((p, i) => {
    if (!isRecord(p)) return;
    const at = indexPath(path, i);
    out.push(...portNumber(p.containerPort, joinPath(at, 'containerPort')));
    if (p.hostPort !== 0) out.push(...portNumber(p.hostPort, joinPath(at, 'hostPort')));
    out.push(...protocol(p.protocol, joinPath(at, 'protocol')));
    if (typeof p.name === 'string') {
      out.push(...portName(p.name, joinPath(at, 'name')));
      if (portNames.has(p.name)) {
        out.push(finding('error', 'duplicate-port-name', joinPath(at, 'name'), msg('validate.duplicatePortNameInPod', { name: p.name })));
      }
      portNames.add(p.name);
    }
  });
  return out;
}

/** A port number must be an integer from 1 to 65535 (other types are schema errors). */
export function portNumber(value: unknown, path: string): Finding[] {
  if (typeof value !== 'number' || !Number.isInteger(value) || (value >= 1 && value <= 65535)) return [];
  const bad = finding('error', 'invalid-port', path, msg('validate.portOutOfRange', { value }));
  // A containerPort of 0 is "not set" upstream (field.Required); any other number out of range is IsValidPortNum's Invalid.
  const required = value === 0 && path.endsWith('containerPort');
  return [withApi(bad, required ? { type: 'Required value' } : { type: 'Invalid value', value, detail: 'must be between 1 and 65535, inclusive' })];
}

/** A port name must be an IANA service name. */
export function portName(name: string, path: string): Finding[] {
  const problem = portNameProblem(name);
  if (problem === null) return [];
  return [finding('error', 'invalid-port-name', path, msg('validate.invalidPortName', { name, problem }))];
}

/** Protocols are TCP, UDP or SCTP, in capitals. */
export function protocol(value: unknown, path: string, supported = 'supported values: "SCTP", "TCP", "UDP"'): Finding[] {
  if (typeof value !== 'string' || PROTOCOLS.includes(value)) return [];
  const upper = value.toUpperCase();
  const bad = finding('error', 'invalid-protocol', path, msg('validate.invalidProtocol', { value, upper, capitals: PROTOCOLS.includes(upper) }));
  return [withApi(bad, { type: 'Unsupported value', value, detail: supported })];
}

/** Checks the ports of a Service spec. */
export function validateServicePorts(spec: unknown): Finding[] {
  if (!isRecord(spec) || !Array.isArray(spec.ports)) return [];
  const out: Finding[] = [];
  const names = new Set<string>();
  const many = spec.ports.length > 1;
  spec.ports.forEach((p, i) => {
    if (!isRecord(p)) return;
    const at = indexPath('spec.ports', i);
    out.push(...portNumber(p.port, joinPath(at, 'port')), ...protocol(p.protocol, joinPath(at, 'protocol')));
    if (typeof p.targetPort === 'number') out.push(...portNumber(p.targetPort, joinPath(at, 'targetPort')));
    if (typeof p.targetPort === 'string') out.push(...portName(p.targetPort, joinPath(at, 'targetPort')));
    out.push(...servicePortName(p.name, at, many, names), ...nodePort(p.nodePort, spec.type, joinPath(at, 'nodePort')));
  });
  return out;
}

function servicePortName(name: unknown, at: string, many: boolean, names: Set<string>): Finding[] {
  if (typeof name !== 'string' || name === '') {
    const bad = finding('error', 'service-port-name-required', at, msg('validate.servicePortNameRequired', {}));
    return many ? [withApi(bad, { type: 'Required value', field: joinPath(at, 'name') })] : [];
  }
  const out = portName(name, joinPath(at, 'name'));
  const dup = finding('error', 'duplicate-port-name', joinPath(at, 'name'), msg('validate.duplicatePortNameInService', { name }));
  if (names.has(name)) out.push(withApi(dup, { type: 'Duplicate value', value: name }));
  names.add(name);
  return out;
}

function nodePort(value: unknown, type: unknown, path: string): Finding[] {
  if (typeof value !== 'number' || value === 0) return [];
  if (type === undefined || type === 'ClusterIP') {
    const bad = finding('error', 'service-node-port-on-cluster-ip', path, msg('validate.nodePortOnClusterIP', {}));
    return [withApi(bad, { type: 'Forbidden', detail: "may not be used when `type` is 'ClusterIP'" })];
  }
  if (value >= 30000 && value <= 32767) return [];
  return [finding('warning', 'service-node-port-range', path, msg('validate.nodePortRange', { value }))];
}
