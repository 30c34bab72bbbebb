// Turning a question into concrete probes: destination pods and the port each one sees.
import type { PodInfo, Protocol } from '../types';
import { asArray, asRecord } from '../cluster/objectUtils';
import { mapSelectorMatches } from '../cluster/labelSelector';
import type { ServiceInfo, ServicePortInfo } from '../cluster/services';
import type { NetpolIndex } from './netpolIndex';
import { podEndpoint, probeEnd, probeEndWords, type Concrete } from './resolveEndpoint';
import type { TrafficProblem } from './types';

export interface Probe {
  src: Concrete;
  dst: Concrete;
  port: number;
}

export type ProbePlan = { ok: true; probes: Probe[]; protocol: Protocol; truncated: boolean } | { ok: false; problem: TrafficProblem; protocol: Protocol };

interface Target {
  dst: Concrete;
  port: number;
}

/** Evaluating more pod pairs than this for one question is cut short (and said so). */
export const MAX_PROBES = 250_000;

/**
 * Plans the probes of a question. Destination port: a number is the port the destination
 * sees; a name is the destination pod's container port of that name (pods without it are
 * left out). For a Service, the port is the Service port (number or name); each ready
 * backend pod is probed on its targetPort (a named targetPort resolved per pod, as the
 * EndpointSlice controller does). Protocol: as given, else the named port's / Service
 * port's protocol, else TCP.
 */
export function planProbes(
  index: NetpolIndex,
  sources: Concrete[],
  destinations: Concrete[],
  service: ServiceInfo | undefined,
  port: number | string,
  protocol: Protocol | undefined,
): ProbePlan {
  const planned = service ? serviceTargets(index, service, port, protocol) : directTargets(destinations, port, protocol);
  if (!planned.ok) return planned;
  const probes: Probe[] = [];
  let truncated = false;
  for (const src of sources) {
    for (const target of planned.targets) {
      if (probes.length >= MAX_PROBES) {
        truncated = true;
        break;
      }
      probes.push({ src, dst: target.dst, port: target.port });
    }
  }
  return { ok: true, probes, protocol: planned.protocol, truncated };
}

type TargetPlan = { ok: true; targets: Target[]; protocol: Protocol } | { ok: false; problem: TrafficProblem; protocol: Protocol };

function directTargets(destinations: Concrete[], port: number | string, protocol: Protocol | undefined): TargetPlan {
  if (typeof port === 'number') return { ok: true, targets: destinations.map((dst) => ({ dst, port })), protocol: protocol ?? 'TCP' };
  const pods = destinations.filter((d): d is Extract<Concrete, { pod: PodInfo }> => d.kind === 'pod' || d.kind === 'host-pod');
  if (pods.length === 0) {
    const detail = destinations[0] ? probeEndWords(probeEnd(destinations[0])) : undefined;
    return { ok: false, problem: { code: 'named-port-not-pod', subject: port, ...(detail ? { detail } : {}) }, protocol: protocol ?? 'TCP' };
  }
  const first = pods.flatMap((d) => d.pod.ports).find((p) => p.name === port && (protocol === undefined || p.protocol === protocol));
  const chosen: Protocol = protocol ?? first?.protocol ?? 'TCP';
  const targets: Target[] = [];
  for (const dst of pods) {
    const match = dst.pod.ports.find((p) => p.name === port && p.protocol === chosen);
    if (match) targets.push({ dst, port: match.containerPort });
  }
  if (targets.length === 0)
    return { ok: false, problem: { code: 'unknown-port-name', subject: port, detail: probeEndWords(probeEnd(pods[0])) }, protocol: chosen };
  return { ok: true, targets, protocol: chosen };
}

function serviceTargets(index: NetpolIndex, service: ServiceInfo, port: number | string, protocol: Protocol | undefined): TargetPlan {
  const servicePort = service.ports.find(
    (p) => (typeof port === 'number' ? p.port === port : p.name === port) && (protocol === undefined || p.protocol === protocol),
  );
  const name = `${service.namespace}/${service.name}`;
  if (!servicePort) {
    const detail = service.ports.map((p) => `${p.port}/${p.protocol}${p.name ? ` (${p.name})` : ''}`).join(', ') || undefined;
    return { ok: false, problem: { code: 'unknown-service-port', subject: String(port), ...(detail ? { detail } : {}) }, protocol: protocol ?? 'TCP' };
  }
  const targets: Target[] = [];
  for (const pod of serviceBackends(index, service)) {
    const targetPort = resolveTargetPort(pod, servicePort);
    if (targetPort !== undefined) targets.push({ dst: podEndpoint(index, pod), port: targetPort });
  }
  if (targets.length === 0) {
    return {
      ok: false,
      problem: { code: 'no-backends', subject: name, detail: `${servicePort.protocol} ${servicePort.port}` },
      protocol: servicePort.protocol,
    };
  }
  return { ok: true, targets, protocol: servicePort.protocol };
}

function resolveTargetPort(pod: PodInfo, servicePort: ServicePortInfo): number | undefined {
  if (typeof servicePort.targetPort === 'number') return servicePort.targetPort;
  return pod.ports.find((p) => p.name === servicePort.targetPort && p.protocol === servicePort.protocol)?.containerPort;
}

/**
 * Ready backend pods of a Service: same namespace, labels match `spec.selector` (a Service
 * without selector has none), phase Running (or unset), not terminating, Ready condition not
 * False. Upstream: EndpointSlice controller (`pkg/controller/endpointslice`), podutil.IsPodReady.
 */
export function serviceBackends(index: NetpolIndex, service: ServiceInfo): PodInfo[] {
  const pods: PodInfo[] = [];
  for (const pod of index.cluster.pods.values()) {
    if (pod.namespace === service.namespace && mapSelectorMatches(service.selector, pod.labels) && podReady(pod)) pods.push(pod);
  }
  return pods;
}

function podReady(pod: PodInfo): boolean {
  const status = asRecord(pod.object.status);
  if (typeof status.phase === 'string' && status.phase !== 'Running') return false;
  if (asRecord(pod.object.metadata).deletionTimestamp != null) return false;
  return !asArray(status.conditions).some((c) => asRecord(c).type === 'Ready' && asRecord(c).status === 'False');
}
