// Where the pod spec lives in a Pod or a workload (the template of Deployment & co, CronJob's job template).
import { isRecord } from './attributes';

export interface PodSpecLocation {
  spec: Record<string, unknown>;
  /** JSON Pointer of the spec (`/spec`, `/spec/template/spec`, `/template/spec`, `/spec/jobTemplate/spec/template/spec`). */
  pointer: string;
}

const TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const WORKLOADS = new Set(['ReplicationController', 'ReplicaSet', 'Deployment', 'DaemonSet', 'StatefulSet', 'Job']);

/** The pod spec of a Pod or pod-template workload; null for other kinds or when missing. */
export function podSpecOf(object: unknown): PodSpecLocation | null {
  if (!isRecord(object) || typeof object.kind !== 'string') return null;
  const path = TEMPLATE_PATHS[object.kind] ?? (WORKLOADS.has(object.kind) ? ['spec', 'template', 'spec'] : null);
  if (!path) return null;
  let cur: unknown = object;
  for (const key of path) cur = isRecord(cur) ? cur[key] : undefined;
  return isRecord(cur) ? { spec: cur, pointer: '/' + path.join('/') } : null;
}

export type ContainerField = 'initContainers' | 'containers' | 'ephemeralContainers';

/** Every container of a pod spec with its field and index (init, regular, ephemeral). */
export function containersOf(spec: Record<string, unknown>): { container: Record<string, unknown>; field: ContainerField; index: number; name: string }[] {
  const out: { container: Record<string, unknown>; field: ContainerField; index: number; name: string }[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container, index) => {
      if (isRecord(container)) out.push({ container, field, index, name: typeof container.name === 'string' ? container.name : `#${index}` });
    });
  }
  return out;
}
