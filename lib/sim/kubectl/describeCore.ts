/**
 * `kubectl describe` for Services, ServiceAccounts, ConfigMaps, Secrets and Namespaces
 * (describe.go describeService, describeServiceAccount, ConfigMapDescriber, describeSecret,
 * describeNamespace), plus a generic describer for other kinds.
 */
import type { Cluster, KubeObject } from '../types';
import { toGoYaml } from '../support/goText';
import { buildEndpoints } from '../apiserver/endpoints';
import { eventLines, headLines } from './describeText';
import { arr, nameOf, namespaceOf, rec, str } from '../apiserver/objectData';
import { formatLabels } from './selectorText';

function endpointsText(cluster: Cluster, service: KubeObject, portName: string): string {
  const endpoints = buildEndpoints(cluster).find((e) => nameOf(e) === nameOf(service) && namespaceOf(e) === namespaceOf(service));
  const items: string[] = [];
  for (const subset of arr(endpoints?.subsets).map(rec)) {
    for (const port of arr(subset.ports).map(rec)) {
      if (str(port.name) !== portName) continue;
      for (const address of arr(subset.addresses).map(rec)) items.push(`${str(address.ip)}:${str(port.port)}`);
    }
  }
  return items.join(',') || '<none>';
}

/** Describe a Service. */
export function describeService(cluster: Cluster, service: KubeObject, tick: number): string[] {
  const spec = rec(service.spec);
  const lines = [...headLines(service, true), `Selector:\t${formatLabels(spec.selector)}`, `Type:\t${str(spec.type, 'ClusterIP')}`];
  if (spec.ipFamilyPolicy) lines.push(`IP Family Policy:\t${str(spec.ipFamilyPolicy)}`);
  const families = arr(spec.ipFamilies).map((f) => str(f));
  lines.push(`IP Families:\t${families.length > 0 ? families.join(',') : '<none>'}`, `IP:\t${str(spec.clusterIP)}`);
  const ips = arr(spec.clusterIPs).map((ip) => str(ip));
  lines.push(`IPs:\t${ips.length > 0 ? ips.join(',') : '<none>'}`);
  if (spec.externalName) lines.push(`External Name:\t${str(spec.externalName)}`);
  for (const port of arr(spec.ports).map(rec)) {
    const name = str(port.name) || '<unset>';
    const protocol = str(port.protocol, 'TCP');
    lines.push(`Port:\t${name}\t${str(port.port)}/${protocol}`, `TargetPort:\t${str(port.targetPort, str(port.port))}/${protocol}`);
    if (port.nodePort !== undefined && (spec.type === 'NodePort' || spec.type === 'LoadBalancer'))
      lines.push(`NodePort:\t${name}\t${str(port.nodePort)}/${protocol}`);
    lines.push(`Endpoints:\t${endpointsText(cluster, service, str(port.name))}`);
  }
  lines.push(`Session Affinity:\t${str(spec.sessionAffinity, 'None')}`);
  if (spec.externalTrafficPolicy) lines.push(`External Traffic Policy:\t${str(spec.externalTrafficPolicy)}`);
  if (spec.internalTrafficPolicy) lines.push(`Internal Traffic Policy:\t${str(spec.internalTrafficPolicy)}`);
  return [...lines, ...eventLines([], tick)];
}

/** Describe a ServiceAccount (secrets sections are listed in sorted header order). */
export function describeServiceAccount(account: KubeObject): string[] {
  const pull = arr(account.imagePullSecrets).map((s) => str(rec(s).name));
  const mount = arr(account.secrets).map((s) => str(rec(s).name));
  const sections: [string, string[]][] = [
    ['Image pull secrets:', pull],
    ['Mountable secrets: ', mount],
    ['Tokens:            ', []],
  ];
  const lines = [...headLines(account, true)];
  for (const [header, names] of sections) {
    if (names.length === 0) lines.push(`${header}\t<none>`);
    else names.forEach((n, i) => lines.push(`${i === 0 ? header : '                   '}\t${n}`));
  }
  return [...lines, 'Events:\t<none>'];
}

/** Describe a ConfigMap: each key, a dashed line, the value. */
export function describeConfigMap(configMap: KubeObject): string[] {
  const lines = [...headLines(configMap, true), '', 'Data', '===='];
  const data = rec(configMap.data);
  for (const key of Object.keys(data).sort()) lines.push(`${key}:`, '----', ...str(data[key]).replace(/\n$/, '').split('\n'));
  lines.push('', 'BinaryData', '====');
  for (const key of Object.keys(rec(configMap.binaryData)).sort()) lines.push(`${key}: ${str(rec(configMap.binaryData)[key]).length} bytes`);
  return [...lines, '', 'Events:\t<none>'];
}

/** Describe a Secret: sizes only, never the values. */
export function describeSecret(secret: KubeObject): string[] {
  const lines = [...headLines(secret, true), '', `Type:\t${str(secret.type, 'Opaque')}`, '', 'Data', '===='];
  const data = rec(secret.data);
  const stringData = rec(secret.stringData);
  for (const key of [...new Set([...Object.keys(data), ...Object.keys(stringData)])].sort()) {
    const raw = data[key] !== undefined ? str(data[key]) : undefined;
    const bytes = raw !== undefined ? Math.floor((raw.replace(/=+$/, '').length * 3) / 4) : str(stringData[key]).length;
    lines.push(`${key}:\t${bytes} bytes`);
  }
  return lines;
}

/** Describe a Namespace. */
export function describeNamespace(namespace: KubeObject): string[] {
  return [
    `Name:\t${nameOf(namespace)}`,
    ...headLines(namespace, false).slice(1),
    `Status:\t${str(rec(namespace.status).phase, 'Active')}`,
    '',
    'No resource quota.',
    '',
    'No LimitRange resource.',
  ];
}

/** Generic describer (kubectl's for resources without their own): the fields, YAML-like. */
export function describeGeneric(object: KubeObject): string[] {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (!['apiVersion', 'kind', 'metadata'].includes(key)) rest[key] = value;
  const body = Object.keys(rest).length > 0 ? toGoYaml(rest).replace(/\n$/, '').split('\n') : [];
  const head = [...headLines(object, namespaceOf(object) !== ''), `API Version:\t${object.apiVersion}`, `Kind:\t${object.kind}`];
  return [...head, ...body, 'Events:\t<none>'];
}
