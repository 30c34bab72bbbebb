/**
 * `kubectl describe pod` (describe.go describePod, describeContainers, describeVolumes): the
 * pod as the server returns it (token volume, tolerations, status), its containers, volumes,
 * QoS class and events.
 */
import type { Cluster, KubeObject } from '../types';
import { formatRfc1123z, parseTimestamp } from '../apiserver/clock';
import { annotationLines, eventLines, labelLines, level } from './describeText';
import { eventsFor } from '../apiserver/events';
import { arr, containersOf, isRecord, rec, str, type JsonRecord } from '../apiserver/objectData';
import { serverView } from '../apiserver/serverView';
import { describeVolumes } from './describeVolumes';

function portList(container: JsonRecord, key: 'containerPort' | 'hostPort'): string {
  return arr(container.ports)
    .map((p) => `${str(rec(p)[key], '0')}/${str(rec(p).protocol, 'TCP')}`)
    .join(', ');
}

function probeText(probe: JsonRecord): string {
  const attrs = `delay=${str(probe.initialDelaySeconds, '0')}s timeout=${str(probe.timeoutSeconds, '1')}s period=${str(probe.periodSeconds, '10')}s #success=${str(probe.successThreshold, '1')} #failure=${str(probe.failureThreshold, '3')}`;
  if (isRecord(probe.exec))
    return `exec [${arr(probe.exec.command)
      .map((c) => str(c))
      .join(' ')}] ${attrs}`;
  if (isRecord(probe.httpGet)) {
    const h = probe.httpGet;
    return `http-get ${str(h.scheme, 'HTTP').toLowerCase()}://${str(h.host)}:${str(h.port)}${str(h.path)} ${attrs}`;
  }
  if (isRecord(probe.tcpSocket)) return `tcp-socket ${str(probe.tcpSocket.host)}:${str(probe.tcpSocket.port)} ${attrs}`;
  return `unknown ${attrs}`;
}

function envLines(container: JsonRecord): string[] {
  const env = arr(container.env).filter(isRecord);
  if (env.length === 0) return [`${level(2)}Environment:\t<none>`];
  const lines = [`${level(2)}Environment:`];
  for (const e of env) {
    const from = rec(e.valueFrom);
    if (isRecord(from.secretKeyRef))
      lines.push(
        `${level(3)}${str(e.name)}:\t<set to the key '${str(from.secretKeyRef.key)}' in secret '${str(from.secretKeyRef.name)}'>\tOptional: ${from.secretKeyRef.optional === true}`,
      );
    else if (isRecord(from.configMapKeyRef))
      lines.push(
        `${level(3)}${str(e.name)}:\t<set to the key '${str(from.configMapKeyRef.key)}' of config map '${str(from.configMapKeyRef.name)}'>\tOptional: ${from.configMapKeyRef.optional === true}`,
      );
    else if (isRecord(from.fieldRef)) lines.push(`${level(3)}${str(e.name)}:\t (${str(from.fieldRef.apiVersion, 'v1')}:${str(from.fieldRef.fieldPath)})`);
    else
      str(e.value)
        .split('\n')
        .forEach((part, i) => lines.push(i === 0 ? `${level(3)}${str(e.name)}:\t${part}` : `${level(3)}\t${part}`));
  }
  return lines;
}

function resourceLines(container: JsonRecord): string[] {
  const lines: string[] = [];
  for (const section of ['limits', 'requests'] as const) {
    const values = rec(rec(container.resources)[section]);
    const keys = Object.keys(values).sort();
    if (keys.length === 0) continue;
    lines.push(`${level(2)}${section === 'limits' ? 'Limits' : 'Requests'}:`);
    for (const key of keys) lines.push(`${level(3)}${key}:\t${str(values[key])}`);
  }
  return lines;
}

function mountLines(container: JsonRecord): string[] {
  const mounts = arr(container.volumeMounts)
    .filter(isRecord)
    .sort((a, b) => str(a.mountPath).localeCompare(str(b.mountPath)));
  if (mounts.length === 0) return [`${level(2)}Mounts:\t<none>`];
  return [
    `${level(2)}Mounts:`,
    ...mounts.map(
      (m) => `${level(3)}${str(m.mountPath)} from ${str(m.name)} (${m.readOnly === true ? 'ro' : 'rw'}${m.subPath ? `,path="${str(m.subPath)}"` : ''})`,
    ),
  ];
}

/** One container's block (describeContainers); `template` indents the name one space more, as in pod templates. */
export function containerLines(container: JsonRecord, status: JsonRecord | undefined, template = false): string[] {
  const lines = [`${level(1)}${template ? ' ' : ''}${str(container.name)}:`];
  if (status) lines.push(`${level(2)}Container ID:\t${str(status.containerID)}`);
  lines.push(`${level(2)}Image:\t${str(container.image)}`);
  if (status) lines.push(`${level(2)}Image ID:\t${str(status.imageID)}`);
  const ports = portList(container, 'containerPort');
  const hostPorts = portList(container, 'hostPort');
  lines.push(ports.includes(',') ? `${level(2)}Ports:\t${ports}` : `${level(2)}Port:\t${ports || '<none>'}`);
  lines.push(hostPorts.includes(',') ? `${level(2)}Host Ports:\t${hostPorts}` : `${level(2)}Host Port:\t${hostPorts || '<none>'}`);
  for (const key of ['command', 'args'] as const) {
    const items = arr(container[key]).map((c) => str(c));
    if (items.length > 0)
      lines.push(`${level(2)}${key === 'command' ? 'Command' : 'Args'}:`, ...items.flatMap((c) => c.split('\n').map((s) => `${level(3)}${s}`)));
  }
  if (status) {
    const started = parseTimestamp(rec(rec(status.state).running).startedAt);
    lines.push(`${level(2)}State:\tRunning`, `${level(3)}Started:\t${started !== undefined ? formatRfc1123z(started) : ''}`);
    lines.push(`${level(2)}Ready:\t${status.ready === false ? 'False' : 'True'}`, `${level(2)}Restart Count:\t${str(status.restartCount, '0')}`);
  }
  lines.push(...resourceLines(container));
  for (const [key, label] of [
    ['livenessProbe', 'Liveness'],
    ['readinessProbe', 'Readiness'],
    ['startupProbe', 'Startup'],
  ] as const) {
    if (isRecord(container[key])) lines.push(`${level(2)}${label}:\t${probeText(container[key])}`);
  }
  return [...lines, ...envLines(container), ...mountLines(container)];
}

/** `Tolerations:` lines (printPodTolerationsMultiline), optionally indented. */
export function tolerationLines(tolerations: unknown, indent = ''): string[] {
  const list = arr(tolerations).filter(isRecord);
  if (list.length === 0) return [`${indent}Tolerations:\t<none>`];
  return list.map((t, i) => {
    let text = str(t.key);
    if (t.value) text += `=${str(t.value)}`;
    if (t.effect) text += `:${str(t.effect)}`;
    if (t.operator === 'Exists' && !t.value) text += text === '' ? 'op=Exists' : ' op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${str(t.tolerationSeconds)}s`;
    return `${i === 0 ? `${indent}Tolerations:` : indent}\t${text}`;
  });
}

function controlledBy(pod: KubeObject): string[] {
  const ref = arr(pod.metadata.ownerReferences)
    .map(rec)
    .find((r) => r.controller !== false);
  return ref ? [`Controlled By:\t${str(ref.kind)}/${str(ref.name)}`] : [];
}

/** Describe a pod. */
export function describePod(cluster: Cluster, stored: KubeObject, tick: number): string[] {
  const pod = serverView(cluster, stored);
  const spec = rec(pod.spec);
  const status = rec(pod.status);
  const node = str(spec.nodeName);
  const start = parseTimestamp(status.startTime);
  const lines = [`Name:\t${str(pod.metadata.name)}`, `Namespace:\t${str(pod.metadata.namespace)}`, `Priority:\t${str(spec.priority, '0')}`];
  if (spec.priorityClassName) lines.push(`Priority Class Name:\t${str(spec.priorityClassName)}`);
  lines.push(`Service Account:\t${str(spec.serviceAccountName, 'default')}`, `Node:\t${node ? `${node}/${str(status.hostIP)}` : '<none>'}`);
  if (start !== undefined) lines.push(`Start Time:\t${formatRfc1123z(start)}`);
  lines.push(...labelLines('Labels', pod.metadata.labels), ...annotationLines(pod.metadata.annotations), `Status:\t${str(status.phase, 'Running')}`);
  const seccomp = rec(rec(spec.securityContext).seccompProfile);
  if (seccomp.type) lines.push(`SeccompProfile:\t${str(seccomp.type)}`);
  lines.push(`IP:\t${str(status.podIP)}`, 'IPs:', ...arr(status.podIPs).map((p) => `  IP:\t${str(rec(p).ip)}`), ...controlledBy(pod));
  const statuses = new Map(
    arr(status.containerStatuses)
      .map(rec)
      .map((s) => [str(s.name), s]),
  );
  const init = arr(spec.initContainers).filter(isRecord);
  if (init.length > 0) lines.push('Init Containers:', ...init.flatMap((c) => containerLines(c, undefined)));
  lines.push('Containers:', ...containersOf(spec).flatMap((c) => containerLines(c, statuses.get(str(c.name)))));
  lines.push(
    'Conditions:',
    '  Type\tStatus',
    ...arr(status.conditions)
      .map(rec)
      .map((c) => `${level(1)}${str(c.type)} \t${str(c.status)} `),
  );
  lines.push(
    ...describeVolumes(spec.volumes),
    `QoS Class:\t${str(status.qosClass)}`,
    ...labelLines('Node-Selectors', spec.nodeSelector),
    ...tolerationLines(spec.tolerations),
  );
  lines.push(...eventLines(eventsFor(stored, tick), tick));
  return lines;
}
