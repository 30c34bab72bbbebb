// Helpers shared by the Pod Security checks (our own counterparts of upstream policy/helpers.go).
import { get, rec, type Rec } from '../read';
import { containersEn, containersEs, pluralize } from '../text';
import type { ContainerRef, PodView } from '../types';

/** A container's securityContext, or an empty record when unset. */
export function securityContextOf(ref: ContainerRef): Rec {
  return rec(ref.container.securityContext);
}

/** The pod-level securityContext, or an empty record when unset. */
export function podSecurityContext(pod: PodView): Rec {
  return rec(pod.spec.securityContext);
}

/** `spec.os.name: windows`: restricted checks added before 1.25 do not apply (1.25+ revisions). */
export function isWindowsPod(pod: PodView): boolean {
  return get(pod.spec, 'os', 'name') === 'windows';
}

/** `spec.hostUsers: false` (a user-namespaced pod): some checks relax from 1.35. */
export function isUserNamespacePod(pod: PodView): boolean {
  return pod.spec.hostUsers === false;
}

/** Path of a field inside a container's securityContext. */
export function containerScPath(ref: ContainerRef, field: string): string {
  return `${ref.path}.securityContext.${field}`;
}

/** Path of a field inside the pod-level securityContext. */
export function podScPath(pod: PodView, field: string): string {
  return `${pod.specPath}.securityContext.${field}`;
}

/** Who set a forbidden value: "pod and containers "a", "b"" / "el pod y los contenedores ...". */
export interface Setters {
  en: string;
  es: string;
  /** Spanish verb agreement: more than one setter, or one plural setter. */
  plural: boolean;
  count: number;
}

/** Builds the setter phrase with the pod first, then containers, then extra parts. */
export function buildSetters(pod: boolean, containers: readonly string[], extra: { en: string; es: string; plural: boolean }[] = []): Setters {
  const parts: { en: string; es: string; plural: boolean }[] = [];
  if (pod) parts.push({ en: 'pod', es: 'el pod', plural: false });
  if (containers.length > 0) {
    parts.push({ en: containersEn(containers), es: containersEs(containers), plural: containers.length > 1 });
  }
  parts.push(...extra);
  return {
    en: parts.map((p) => p.en).join(' and '),
    es: parts.map((p) => p.es).join(' y '),
    plural: parts.length > 1 || (parts[0]?.plural ?? false),
    count: parts.length,
  };
}

/** "must" in Spanish with agreement. */
export function debeEs(plural: boolean): string {
  return plural ? 'deben' : 'debe';
}

/** `volume "a"` / `volumes "a", "b"` and their Spanish forms. */
export function volumesWords(names: readonly string[]): { en: string; es: string } {
  const quoted = names.length === 0 ? '' : `"${names.join('", "')}"`;
  return {
    en: `${pluralize('volume', 'volumes', names.length)} ${quoted}`,
    es: `${pluralize('el volumen', 'los volúmenes', names.length)} ${quoted}`,
  };
}
