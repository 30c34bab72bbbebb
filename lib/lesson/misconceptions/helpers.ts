// Small readers shared by the detectors (objects are learner input: never trust a shape).
import type { KubeObject } from '../../sim';
import type { LessonMessage } from '../types';
import type { Fired, Located } from './types';

export function rec(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function strings(value: unknown): string[] {
  return list(value).filter((x): x is string => typeof x === 'string');
}

export function ofKind(objects: Located[], ...kinds: string[]): Located[] {
  return objects.filter((o) => kinds.includes(o.object.kind));
}

export function nameOf(o: KubeObject): string {
  return String(o.metadata?.name ?? '');
}

export function nsOf(o: KubeObject): string {
  return typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : 'default';
}

export function labelsOf(o: KubeObject): Record<string, string> {
  return rec(o.metadata?.labels) as Record<string, string>;
}

/** Build a firing: its explanation and fix as messages (words: lib/i18n/messages/<lang>/traps.ts). */
export function fire(at: Located, path: string | undefined, explanation: LessonMessage, fix: LessonMessage): Fired {
  return { at, path, explanation, fix };
}

const POD_TEMPLATE: Record<string, string> = {
  Pod: 'spec',
  Deployment: 'spec.template.spec',
  StatefulSet: 'spec.template.spec',
  DaemonSet: 'spec.template.spec',
  ReplicaSet: 'spec.template.spec',
  Job: 'spec.template.spec',
  CronJob: 'spec.jobTemplate.spec.template.spec',
};

/** The pod spec of a Pod or of a workload's template, with its object path. */
export function podSpecs(objects: Located[]): { at: Located; spec: Record<string, unknown>; path: string }[] {
  const out: { at: Located; spec: Record<string, unknown>; path: string }[] = [];
  for (const at of objects) {
    const path = POD_TEMPLATE[at.object.kind];
    if (!path) continue;
    let spec: unknown = at.object;
    for (const part of path.split('.')) spec = rec(spec)[part];
    out.push({ at, spec: rec(spec), path });
  }
  return out;
}

/** Every container (init, regular, ephemeral) of a pod spec with its path. */
export function containers(spec: Record<string, unknown>, base: string): { c: Record<string, unknown>; path: string }[] {
  return ['initContainers', 'containers', 'ephemeralContainers'].flatMap((field) =>
    list(spec[field]).map((c, i) => ({ c: rec(c), path: `${base}.${field}[${i}]` })),
  );
}

/** Every RBAC rule of a Role or ClusterRole with its path. */
export function rbacRules(objects: Located[]): { at: Located; rule: Record<string, unknown>; path: string }[] {
  return ofKind(objects, 'Role', 'ClusterRole').flatMap((at) => list(at.object.rules).map((rule, i) => ({ at, rule: rec(rule), path: `rules[${i}]` })));
}

/** Every subject of a RoleBinding or ClusterRoleBinding with its path. */
export function subjects(objects: Located[]): { at: Located; subject: Record<string, unknown>; path: string }[] {
  return ofKind(objects, 'RoleBinding', 'ClusterRoleBinding').flatMap((at) =>
    list(at.object.subjects).map((s, i) => ({ at, subject: rec(s), path: `subjects[${i}]` })),
  );
}
