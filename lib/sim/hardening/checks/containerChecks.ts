// host-port and image-tag-latest: per-container checks outside the securityContext.
import { msg } from '../../messages';
import { isRecord, list, str } from '../../podsecurity/read';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { Finding } from '../types';
import { containerLabel, containerTarget } from '../words';

/** One finding per container port with a non-zero hostPort (Polaris hostPortSet). */
export function hostPortFindings(_ctx: HardeningContext, ref: ContainerRef): Finding[] {
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const findings: Finding[] = [];
  list(ref.container.ports).forEach((port, j) => {
    if (!isRecord(port) || typeof port.hostPort !== 'number' || port.hostPort === 0) return;
    findings.push(
      buildFinding('host-port', {
        path: `${ref.path}.ports[${j}].hostPort`,
        container: ref.name,
        message: msg('hardening.hostPortFindings', { p0: port.hostPort, who }),
        fix: msg('hardening.hostPortFindings.1', { target }),
      }),
    );
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
  return [
    buildFinding('image-tag-latest', {
      path: `${ref.path}.image`,
      container: ref.name,
      message: tag === undefined ? msg('hardening.imageTagFindings', { shown, who }) : msg('hardening.imageTagFindings.1', { shown, who }),
      fix: msg('hardening.imageTagFindings.2', { repo, target }),
    }),
  ];
}
