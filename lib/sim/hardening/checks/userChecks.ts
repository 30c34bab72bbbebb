// run-as-non-root and run-as-root-user, on the EFFECTIVE values: the container's runAsNonRoot /
// runAsUser override the pod's; the pod's apply to containers that leave them unset.
import type { LocalizedText } from '../../types';
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
  let message: LocalizedText;
  let fix: LocalizedText;
  if (nonRoot.source === 'container') {
    message = { en: `${who.en} sets securityContext.runAsNonRoot: false, so nothing stops it from running as root`, es: `${who.es} fija securityContext.runAsNonRoot: false, así que nada le impide correr como root` };
    fix = { en: `set securityContext.runAsNonRoot: true on ${target.en} (the container value overrides the pod's) and run it as a non-zero UID, e.g. runAsUser: 10001`, es: `poné securityContext.runAsNonRoot: true en ${target.es} (el valor del contenedor pisa al del pod) y hacelo correr con un UID distinto de 0, por ejemplo runAsUser: 10001` };
  } else if (nonRoot.source === 'pod') {
    message = { en: `the pod sets securityContext.runAsNonRoot: false and ${who.en} does not override it, so nothing stops it from running as root`, es: `el pod fija securityContext.runAsNonRoot: false y ${who.es} no lo pisa, así que nada le impide correr como root` };
    fix = { en: `set securityContext.runAsNonRoot: true in the pod's securityContext (or on ${target.en})`, es: `poné securityContext.runAsNonRoot: true en el securityContext del pod (o en ${target.es})` };
  } else {
    message = { en: `${who.en} may run as root: neither it nor the pod sets securityContext.runAsNonRoot: true or a non-zero runAsUser`, es: `${who.es} puede correr como root: ni él ni el pod fijan securityContext.runAsNonRoot: true ni un runAsUser distinto de 0` };
    fix = { en: `set securityContext.runAsNonRoot: true and runAsUser: 10001 on ${target.en}, or in the pod's securityContext to cover every container`, es: `poné securityContext.runAsNonRoot: true y runAsUser: 10001 en ${target.es}, o en el securityContext del pod para cubrir todos los contenedores` };
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
  return [buildFinding('run-as-root-user', {
    path: user.path, container: ref.name,
    message: fromPod
      ? { en: `the pod sets securityContext.runAsUser: 0 (root) and ${who.en} does not override it`, es: `el pod fija securityContext.runAsUser: 0 (root) y ${who.es} no lo pisa` }
      : { en: `${who.en} sets securityContext.runAsUser: 0 (root)`, es: `${who.es} fija securityContext.runAsUser: 0 (root)` },
    fix: fromPod
      ? { en: `set a non-zero runAsUser (e.g. 10001) in the pod's securityContext, or on ${target.en}, with runAsNonRoot: true`, es: `poné un runAsUser distinto de 0 (por ejemplo 10001) en el securityContext del pod, o en ${target.es}, con runAsNonRoot: true` }
      : { en: `set runAsUser to a non-zero UID (e.g. 10001) on ${target.en}, with runAsNonRoot: true`, es: `poné runAsUser con un UID distinto de 0 (por ejemplo 10001) en ${target.es}, con runAsNonRoot: true` },
  })];
}
