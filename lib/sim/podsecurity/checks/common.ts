// Helpers shared by the Pod Security checks (our own counterparts of upstream policy/helpers.go).
import { get, rec, type Rec } from '../read';
import { msg, type Message } from '../../messages';
import { containersEn, pluralize } from '../text';
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

/** Who set a forbidden value: upstream's English ("pod and containers "a", "b"") and the message. */
export interface Setters {
  upstream: string;
  text: Message;
  /** More than one setter, or one plural setter (verb agreement). */
  plural: boolean;
  count: number;
}

/** The setters with the pod first, then containers, then `annotations` forbidden annotations. */
export function buildSetters(pod: boolean, containers: readonly string[], annotations = 0): Setters {
  const parts: { upstream: string; plural: boolean }[] = [];
  if (pod) parts.push({ upstream: 'pod', plural: false });
  if (containers.length > 0) parts.push({ upstream: containersEn(containers), plural: containers.length > 1 });
  if (annotations > 0) parts.push({ upstream: pluralize('annotation', 'annotations', annotations), plural: annotations > 1 });
  return {
    upstream: parts.map((p) => p.upstream).join(' and '),
    text: msg('psa.setters', { pod, containers, annotations }),
    plural: parts.length > 1 || (parts[0]?.plural ?? false),
    count: parts.length,
  };
}

/** `container "a"` / `containers "a", "b"` as a message. */
export function psaContainers(names: readonly string[]): Message {
  return msg('psa.containers', { names });
}

/** `volume "a"` / `volumes "a", "b"`: upstream's English and the message. */
export function volumesWords(names: readonly string[]): { upstream: string; text: Message } {
  const quoted = names.length === 0 ? '' : `"${names.join('", "')}"`;
  return { upstream: `${pluralize('volume', 'volumes', names.length)} ${quoted}`, text: msg('psa.volumes', { names: quoted, count: names.length }) };
}
