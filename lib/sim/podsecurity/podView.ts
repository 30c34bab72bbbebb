// Turns a Pod or a workload into the pod (template) that PodSecurity evaluates, after the API
// server's defaulting. Models admission.go's DefaultPodSpecExtractor and the two defaults of
// kubernetes/kubernetes pkg/apis/core/v1/defaults.go that change verdicts.
import { get, isRecord, isSet, list, rec, str, type Rec } from './read';
import type { ContainerRef, PodView } from './types';

/** Where each kind keeps its pod template (path segments from the object root). */
const TEMPLATE_PATHS: Record<string, string[]> = {
  PodTemplate: ['template'],
  ReplicationController: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Deployment: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Kinds whose pod template PodSecurity evaluates (besides Pod itself). */
export const POD_TEMPLATE_KINDS: readonly string[] = Object.keys(TEMPLATE_PATHS);

/** Every volume source the API knows; a volume with none of them is defaulted to emptyDir. */
export const VOLUME_SOURCES: readonly string[] = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

export type PodViewResult = { ok: true; pod: PodView } | { ok: false; kind?: string };

/**
 * Extracts the pod to evaluate from a Pod or a workload (Deployment, ReplicaSet, StatefulSet,
 * DaemonSet, Job, CronJob, ReplicationController, PodTemplate), as the PodSecurity admission
 * plugin does (pod-security-admission admission/admission.go, ExtractPodSpec), and applies
 * API defaulting first (`defaults: false` skips it, for linters reading what the author wrote).
 * An object without `kind` but with `spec.containers` is taken as a Pod.
 */
export function extractPodView(object: unknown, options: { defaults?: boolean } = {}): PodViewResult {
  if (!isRecord(object)) return { ok: false };
  const defaults = options.defaults ?? true;
  const kind = str(object.kind);
  const isPod = kind === 'Pod' || (kind === undefined && Array.isArray(get(object, 'spec', 'containers')));
  if (isPod) return { ok: true, pod: buildView('Pod', rec(object.metadata), rec(object.spec), '', defaults) };
  if (kind === undefined || !Object.hasOwn(TEMPLATE_PATHS, kind)) return { ok: false, kind };
  const templatePath = TEMPLATE_PATHS[kind];
  const template = get(object, ...templatePath);
  const prefix = templatePath.join('.');
  return { ok: true, pod: buildView(kind, rec(get(template, 'metadata')), rec(get(template, 'spec')), prefix, defaults) };
}

function buildView(kind: string, metadata: Rec, rawSpec: Rec, prefix: string, defaults: boolean): PodView {
  const specPath = prefix ? `${prefix}.spec` : 'spec';
  const spec = defaults ? applyApiDefaults(rawSpec, kind === 'Pod') : rawSpec;
  return {
    kind,
    metadata,
    spec,
    metaPath: prefix ? `${prefix}.metadata` : 'metadata',
    specPath,
    containers: visitContainers(spec, specPath),
  };
}

/**
 * API defaulting that PodSecurity sees (kubernetes pkg/apis/core/v1/defaults.go): a volume with
 * no source becomes `emptyDir: {}`; in a Pod (not a template, since v1.28) with
 * `hostNetwork: true`, container and init container ports without a hostPort get
 * `hostPort = containerPort`. Returns a new spec; the input is never mutated.
 */
export function applyApiDefaults(spec: Rec, isPod: boolean): Rec {
  const out: Rec = { ...spec };
  if (Array.isArray(spec.volumes)) out.volumes = spec.volumes.map(defaultVolume);
  if (isPod && spec.hostNetwork === true) {
    for (const field of ['containers', 'initContainers']) {
      if (Array.isArray(spec[field])) out[field] = spec[field].map(defaultHostPorts);
    }
  }
  return out;
}

function defaultVolume(volume: unknown): unknown {
  if (!isRecord(volume)) return volume;
  const hasSource = VOLUME_SOURCES.some((key) => isSet(get(volume, key)));
  return hasSource ? volume : { ...volume, emptyDir: {} };
}

function defaultHostPorts(container: unknown): unknown {
  if (!isRecord(container) || !Array.isArray(container.ports)) return container;
  const ports = container.ports.map((port) => {
    if (!isRecord(port)) return port;
    const hostPort = port.hostPort;
    const unset = hostPort === undefined || hostPort === null || hostPort === 0;
    return unset && typeof port.containerPort === 'number' ? { ...port, hostPort: port.containerPort } : port;
  });
  return { ...container, ports };
}

/** Init containers, containers, then ephemeral containers, like upstream policy/visitor.go. */
export function visitContainers(spec: Rec, specPath: string): ContainerRef[] {
  const refs: ContainerRef[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    list(spec[field]).forEach((container, index) => {
      if (!isRecord(container)) return;
      refs.push({ container, name: str(container.name) ?? '', field, index, path: `${specPath}.${field}[${index}]` });
    });
  }
  return refs;
}
