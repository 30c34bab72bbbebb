// The effective securityContext of a container: for fields that exist at both levels the
// container's value wins and the pod's applies otherwise; container-only fields never inherit.
// Kubernetes docs: "Configure a Security Context for a Pod or Container" — "the settings in the
// Container's securityContext override settings made at the Pod level when there is overlap";
// API reference PodSecurityContext / SecurityContext.
import { get, isRecord, list, rec } from '../podsecurity/read';
import type { ContainerRef, PodView } from '../podsecurity/types';
import type { EffectiveSetting } from './types';

export interface EffectiveSecurityContext {
  /** Unset → false: nothing makes the kubelet refuse a root user. */
  runAsNonRoot: EffectiveSetting<boolean>;
  /** Unset → undefined: the image's USER decides (root for many images). */
  runAsUser: EffectiveSetting<number | undefined>;
  /** Unset → undefined. */
  seccompProfileType: EffectiveSetting<string | undefined>;
  /** Container-only. Unset → false. */
  privileged: EffectiveSetting<boolean>;
  /** Container-only. Unset → true (Linux lets setuid binaries gain privileges); always true when privileged or adding SYS_ADMIN. */
  allowPrivilegeEscalation: EffectiveSetting<boolean>;
  /** Container-only. Unset → false. */
  readOnlyRootFilesystem: EffectiveSetting<boolean>;
  /** Container-only. */
  capabilities: { add: string[]; drop: string[]; path: string };
}

type Check<T> = (value: unknown) => value is T;
const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const isInteger: Check<number> = (v): v is number => typeof v === 'number' && Number.isInteger(v);
const isString: Check<string> = (v): v is string => typeof v === 'string';

/** Container value, else pod value, else the default (fields present at both levels). */
function inherited<T, D>(pod: PodView, ref: ContainerRef, field: string[], ok: Check<T>, fallback: D): EffectiveSetting<T | D> {
  const containerPath = `${ref.path}.securityContext.${field.join('.')}`;
  const own = get(ref.container.securityContext, ...field);
  if (ok(own)) return { value: own, source: 'container', path: containerPath };
  const fromPod = get(pod.spec.securityContext, ...field);
  if (ok(fromPod)) return { value: fromPod, source: 'pod', path: `${pod.specPath}.securityContext.${field.join('.')}` };
  return { value: fallback, source: 'default', path: containerPath };
}

/** Container value, else the default: the pod-level securityContext has no such field. */
function containerOnly<T>(ref: ContainerRef, field: string, ok: Check<T>, fallback: T): EffectiveSetting<T> {
  const path = `${ref.path}.securityContext.${field}`;
  const own = get(ref.container.securityContext, field);
  return ok(own) ? { value: own, source: 'container', path } : { value: fallback, source: 'default', path };
}

/**
 * Resolves the securityContext a container actually runs with. `runAsNonRoot`, `runAsUser`
 * and `seccompProfile` inherit from the pod; `privileged`, `allowPrivilegeEscalation`,
 * `readOnlyRootFilesystem` and `capabilities` exist only on containers, so a pod-level
 * value (a common mistake) has no effect.
 */
export function resolveSecurityContext(pod: PodView, ref: ContainerRef): EffectiveSecurityContext {
  const privileged = containerOnly(ref, 'privileged', isBoolean, false);
  const capabilities = rec(get(ref.container.securityContext, 'capabilities'));
  const names = (value: unknown) => list(value).filter(isString);
  let allowPrivilegeEscalation = containerOnly(ref, 'allowPrivilegeEscalation', isBoolean, true);
  const sysAdmin = names(capabilities.add).some((c) => normalizeCapability(c) === 'SYS_ADMIN');
  if (privileged.value || sysAdmin) allowPrivilegeEscalation = { ...allowPrivilegeEscalation, value: true };
  return {
    runAsNonRoot: inherited(pod, ref, ['runAsNonRoot'], isBoolean, false),
    runAsUser: inherited(pod, ref, ['runAsUser'], isInteger, undefined),
    seccompProfileType: inherited(pod, ref, ['seccompProfile', 'type'], isString, undefined),
    privileged,
    allowPrivilegeEscalation,
    readOnlyRootFilesystem: containerOnly(ref, 'readOnlyRootFilesystem', isBoolean, false),
    capabilities: { add: names(capabilities.add), drop: names(capabilities.drop), path: `${ref.path}.securityContext.capabilities` },
  };
}

/** Container-only fields someone put in the pod-level securityContext, where they do nothing. */
export function misplacedPodFields(pod: PodView): string[] {
  const podSc = pod.spec.securityContext;
  if (!isRecord(podSc)) return [];
  return ['privileged', 'allowPrivilegeEscalation', 'readOnlyRootFilesystem', 'capabilities', 'procMount'].filter((field) => Object.hasOwn(podSc, field));
}

/** A capability name as runtimes read it: upper case, without the `CAP_` prefix. */
export function normalizeCapability(name: string): string {
  const upper = name.toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}
