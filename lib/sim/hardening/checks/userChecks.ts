// run-as-non-root and run-as-root-user, on the EFFECTIVE values: the container's runAsNonRoot /
// runAsUser override the pod's; the pod's apply to containers that leave them unset.
import { msg, type Message } from '../../messages';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import type { EffectiveSecurityContext } from '../resolveSecurityContext';
import type { Finding } from '../types';
import { containerLabel, containerTarget } from '../words';

/** Nothing guarantees a non-root user: runAsNonRoot is not true and runAsUser is not a UID > 0. */
export function runAsNonRootFindings(_ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  const nonRoot = eff.runAsNonRoot;
  const user = eff.runAsUser.value;
  if (nonRoot.value === true || (user !== undefined && user > 0)) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  let message: Message;
  let fix: Message;
  if (nonRoot.source === 'container') {
    message = msg('hardening.runAsNonRootFindings', { who });
    fix = msg('hardening.runAsNonRootFindings.1', { target });
  } else if (nonRoot.source === 'pod') {
    message = msg('hardening.runAsNonRootFindings.2', { who });
    fix = msg('hardening.runAsNonRootFindings.3', { target });
  } else {
    message = msg('hardening.runAsNonRootFindings.4', { who });
    fix = msg('hardening.runAsNonRootFindings.5', { target });
  }
  return [buildFinding('run-as-non-root', { path: nonRoot.path, container: ref.name, message, fix })];
}

/** The effective runAsUser is 0 (root), set on the container or inherited from the pod. */
export function runAsRootUserFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  const user = eff.runAsUser;
  if (user.value !== 0 || ctx.windows) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const fromPod = user.source === 'pod';
  return [
    buildFinding('run-as-root-user', {
      path: user.path,
      container: ref.name,
      message: fromPod ? msg('hardening.runAsRootUserFindings', { who }) : msg('hardening.runAsRootUserFindings.1', { who }),
      fix: fromPod ? msg('hardening.runAsRootUserFindings.2', { target }) : msg('hardening.runAsRootUserFindings.3', { target }),
    }),
  ];
}
