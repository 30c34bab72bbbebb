// capabilities-added-dangerous and capabilities-not-dropped (container-only fields).
import { BASELINE_CAPABILITIES } from '../../podsecurity/checks/capabilitiesBaseline';
import type { ContainerRef } from '../../podsecurity/types';
import { buildFinding, type HardeningContext } from '../buildFinding';
import { normalizeCapability, type EffectiveSecurityContext } from '../resolveSecurityContext';
import type { Finding } from '../types';
import { containerLabel, containerTarget, quoteList } from '../words';

/**
 * Added capabilities outside the runtime's default set (the PSS baseline list). Names are
 * normalized first (`cap_sys_admin` counts as SYS_ADMIN): a linter errs on the side of caution.
 */
export function dangerousCapabilityFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  if (ctx.windows) return [];
  const dangerous = eff.capabilities.add.filter((cap) => !BASELINE_CAPABILITIES.includes(normalizeCapability(cap)));
  if (dangerous.length === 0) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const list = quoteList([...new Set(dangerous)]);
  return [buildFinding('capabilities-added-dangerous', {
    path: `${eff.capabilities.path}.add`, container: ref.name,
    message: {
      en: `${who.en} adds ${list} beyond the runtime's default capabilities`,
      es: `${who.es} agrega ${list}, fuera de las capabilities por defecto del runtime`,
    },
    fix: {
      en: `remove ${list} from securityContext.capabilities.add on ${target.en}; keep only what it needs (usually nothing, or NET_BIND_SERVICE for ports below 1024)`,
      es: `sacá ${list} de securityContext.capabilities.add en ${target.es}; dejá solo lo que necesita (casi siempre nada, o NET_BIND_SERVICE para puertos menores a 1024)`,
    },
  })];
}

/** capabilities.drop does not contain exactly "ALL" (names are case-sensitive). */
export function capabilitiesNotDroppedFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  if (ctx.windows || eff.capabilities.drop.includes('ALL')) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const lookalike = eff.capabilities.drop.find((cap) => normalizeCapability(cap) === 'ALL');
  const hint = lookalike === undefined
    ? { en: '', es: '' }
    : { en: ` (${JSON.stringify(lookalike)} is not "ALL": capability names are case-sensitive)`, es: ` (${JSON.stringify(lookalike)} no es "ALL": los nombres de capabilities distinguen mayúsculas)` };
  return [buildFinding('capabilities-not-dropped', {
    path: `${eff.capabilities.path}.drop`, container: ref.name,
    message: {
      en: `${who.en} keeps the runtime's default capabilities: securityContext.capabilities.drop does not include "ALL"${hint.en}`,
      es: `${who.es} conserva las capabilities por defecto del runtime: securityContext.capabilities.drop no incluye "ALL"${hint.es}`,
    },
    fix: {
      en: `set securityContext.capabilities.drop: ["ALL"] on ${target.en} and add back only what it needs`,
      es: `poné securityContext.capabilities.drop: ["ALL"] en ${target.es} y volvé a agregar solo lo que necesita`,
    },
  })];
}
