/**
 * `kubectl describe deployment` (describe.go DeploymentDescriber and DescribePodTemplate): the
 * rollout summary, the pod template, conditions, its ReplicaSet and the controller's events.
 * SIMPLIFICATION(k8s): the rollout is complete (every replica updated and available).
 */
import type { Cluster, KubeObject } from '../types';
import { formatRfc1123z } from '../apiserver/clock';
import { annotationLines, eventLines, labelLines, level } from './describeText';
import { describeVolumes } from './describeVolumes';
import { containerLines, tolerationLines } from './describePod';
import { createdAt, eventsFor } from '../apiserver/events';
import { arr, containersOf, isRecord, nameOf, namespaceOf, rec, str } from '../apiserver/objectData';
import { formatLabelSelector } from './selectorText';
import { podsOf } from './tableColumns';

function templateLines(template: Record<string, unknown>): string[] {
  const metadata = rec(template.metadata);
  const spec = rec(template.spec);
  const lines = ['Pod Template:', ...labelLines('Labels', metadata.labels, '  ')];
  const sa = str(spec.serviceAccountName);
  if (sa && sa !== 'default') lines.push(`${level(1)}Service Account:\t${sa}`);
  const init = arr(spec.initContainers).filter(isRecord);
  if (init.length > 0) lines.push('  Init Containers:', ...init.flatMap((c) => containerLines(c, undefined, true)));
  lines.push('  Containers:', ...containersOf(spec).flatMap((c) => containerLines(c, undefined, true)));
  lines.push(...describeVolumes(spec.volumes).map((l) => `  ${l}`));
  if (spec.priorityClassName) lines.push(`${level(1)}Priority Class Name:\t${str(spec.priorityClassName)}`);
  lines.push(...labelLines('Node-Selectors', spec.nodeSelector, '  '), ...tolerationLines(spec.tolerations, '  '));
  return lines;
}

/** Describe a Deployment. */
export function describeDeployment(cluster: Cluster, deployment: KubeObject, tick: number): string[] {
  const spec = rec(deployment.spec);
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const strategy = rec(spec.strategy);
  const rolling = rec(strategy.rollingUpdate);
  const ready = podsOf(cluster, deployment).length;
  const replicaSet = (cluster.byKind.get('ReplicaSet') ?? []).find(
    (rs) =>
      namespaceOf(rs) === namespaceOf(deployment) &&
      arr(rs.metadata.ownerReferences).some((r) => rec(r).kind === 'Deployment' && rec(r).name === nameOf(deployment)),
  );
  const annotations = { 'deployment.kubernetes.io/revision': '1', ...rec(deployment.metadata.annotations) };
  const lines = [
    `Name:\t${nameOf(deployment)}`,
    `Namespace:\t${namespaceOf(deployment)}`,
    `CreationTimestamp:\t${formatRfc1123z(createdAt(deployment))}`,
    ...labelLines('Labels', deployment.metadata.labels),
    ...annotationLines(annotations),
    `Selector:\t${formatLabelSelector(spec.selector)}`,
    `Replicas:\t${replicas} desired | ${ready} updated | ${ready} total | ${ready} available | ${Math.max(0, replicas - ready)} unavailable`,
    `StrategyType:\t${str(strategy.type, 'RollingUpdate')}`,
    `MinReadySeconds:\t${str(spec.minReadySeconds, '0')}`,
  ];
  if (str(strategy.type, 'RollingUpdate') === 'RollingUpdate')
    lines.push(`RollingUpdateStrategy:\t${str(rolling.maxUnavailable, '25%')} max unavailable, ${str(rolling.maxSurge, '25%')} max surge`);
  lines.push(...templateLines(rec(spec.template)));
  lines.push(
    'Conditions:',
    '  Type\tStatus\tReason',
    `${level(1)}----\t------\t------`,
    `${level(1)}Available \tTrue\tMinimumReplicasAvailable`,
    `${level(1)}Progressing \tTrue\tNewReplicaSetAvailable`,
  );
  lines.push('OldReplicaSets:\t<none>', `NewReplicaSet:\t${replicaSet ? `${nameOf(replicaSet)} (${ready}/${replicas} replicas created)` : '<none>'}`);
  return [...lines, ...eventLines(eventsFor(deployment, tick, cluster), tick)];
}
