// Baseline (1.34+): probes and lifecycle handlers may not target another host.
// Upstream: pod-security-admission policy/check_hostProbesAndhostLifecycle.go.
import { msg } from '../../messages';
import { get, rec } from '../read';
import { containersEn, joinQuote, pluralize, sortedSet } from '../text';
import type { CheckFailure, ContainerRef, PodSecurityCheck, PodView } from '../types';
import { psaContainers } from './common';

const HANDLERS: readonly string[][] = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];

/** Non-empty httpGet.host / tcpSocket.host of one container, with their paths. */
function forbiddenHosts(ref: ContainerRef): { host: string; path: string }[] {
  const found: { host: string; path: string }[] = [];
  for (const handlerPath of HANDLERS) {
    const handler = rec(get(ref.container, ...handlerPath));
    for (const action of ['httpGet', 'tcpSocket']) {
      const host = get(handler, action, 'host');
      if (typeof host === 'string' && host !== '') {
        found.push({ host, path: `${ref.path}.${handlerPath.join('.')}.${action}.host` });
      }
    }
  }
  return found;
}

/** 1.34+: httpGet.host and tcpSocket.host of probes and postStart/preStop must be empty. */
function hostProbesAndHostLifecycle1_34(pod: PodView): CheckFailure | null {
  const containers: string[] = [];
  const hosts: string[] = [];
  const paths: string[] = [];
  for (const ref of pod.containers) {
    const found = forbiddenHosts(ref);
    if (found.length === 0) continue;
    containers.push(ref.name);
    for (const f of found) {
      hosts.push(f.host);
      paths.push(f.path);
    }
  }
  if (containers.length === 0) return null;
  const names = sortedSet(containers);
  const uniqueHosts = sortedSet(hosts);
  const n = names.length;
  const h = uniqueHosts.length;
  return {
    reason: 'probe or lifecycle host',
    reasonText: msg('psa.reason.hostProbesAndHostLifecycle', { upstream: 'probe or lifecycle host', count: 1 }),
    detail: `${containersEn(names)} ${pluralize('uses', 'use', n)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', h)} ${joinQuote(uniqueHosts)}`,
    detailText: msg('psa.detail.probeHosts', {
      upstream: `${containersEn(names)} ${pluralize('uses', 'use', n)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', h)} ${joinQuote(uniqueHosts)}`,
      who: psaContainers(names),
      plural: n > 1,
      values: joinQuote(uniqueHosts),
      count: h,
    }),
    paths,
  };
}

export const hostProbesAndHostLifecycleCheck: PodSecurityCheck = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  title: msg('psa.title.hostProbesAndHostLifecycle', {}),
  versions: [{ minor: 34, evaluate: hostProbesAndHostLifecycle1_34 }],
};
