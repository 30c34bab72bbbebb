// host-port and image-tag-latest: per-container checks outside the securityContext.
import { isRecord, list, str } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';
import { containerLabel, containerTarget, deEs } from '../words';

/** One finding per container port with a non-zero hostPort (Polaris hostPortSet). */
export function hostPortFindings(_ctx: HardeningContext, ref: ContainerRef): Finding[] {
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const findings: Finding[] = [];
  list(ref.container.ports).forEach((port, j) => {
    if (!isRecord(port) || typeof port.hostPort !== 'number' || port.hostPort === 0) return;
    findings.push(buildFinding('host-port', {
      path: `${ref.path}.ports[${j}].hostPort`, container: ref.name,
      message: { en: `${who.en} binds port ${port.hostPort} on the node (hostPort)`, es: `${who.es} ocupa el puerto ${port.hostPort} del nodo (hostPort)` },
      fix: { en: `remove hostPort from ${target.en} and expose the port with a Service`, es: `sacá hostPort ${deEs(target.es)} y exponé el puerto con un Service` },
    }));
  });
  return findings;
}

/** The tag of an image reference: undefined when absent; digests count as pinned. */
export function imageTag(image: string): { tag?: string; digest: boolean } {
  if (image.includes('@')) return { digest: true };
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon === -1 ? { digest: false } : { tag: image.slice(colon + 1), digest: false };
}

/** The image has no tag (so :latest) or the tag latest (Polaris tagNotSpecified, kube-score container-image-tag). */
export function imageTagFindings(_ctx: HardeningContext, ref: ContainerRef): Finding[] {
  const image = str(ref.container.image);
  if (!image) return [];
  const { tag, digest } = imageTag(image);
  if (digest || (tag !== undefined && tag !== 'latest')) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const repo = tag === undefined ? image : image.slice(0, image.length - tag.length - 1);
  const shown = JSON.stringify(image);
  return [buildFinding('image-tag-latest', {
    path: `${ref.path}.image`, container: ref.name,
    message: tag === undefined
      ? { en: `${who.en} uses image ${shown} without a tag, which means :latest`, es: `${who.es} usa la imagen ${shown} sin tag, o sea :latest` }
      : { en: `${who.en} uses image ${shown}: latest changes under you`, es: `${who.es} usa la imagen ${shown}: latest cambia sin avisar` },
    fix: {
      en: `pin ${target.en}'s image to a version or digest, e.g. ${repo}:1.2.3 or ${repo}@sha256:<digest>`,
      es: `fijá la imagen ${deEs(target.es)} a una versión o digest, por ejemplo ${repo}:1.2.3 o ${repo}@sha256:<digest>`,
    },
  })];
}
