// capabilities-added-dangerous and capabilities-not-dropped (container-only fields).
import { msg } from '../../messages';
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
  return [
    buildFinding('capabilities-added-dangerous', {
      path: `${eff.capabilities.path}.add`,
      container: ref.name,
      message: msg('hardening.dangerousCapabilityFindings', { list, who }),
      fix: msg('hardening.dangerousCapabilityFindings.1', { target, list }),
    }),
  ];
}

/** capabilities.drop does not contain exactly "ALL" (names are case-sensitive). */
export function capabilitiesNotDroppedFindings(ctx: HardeningContext, ref: ContainerRef, eff: EffectiveSecurityContext): Finding[] {
  if (ctx.windows || eff.capabilities.drop.includes('ALL')) return [];
  const who = containerLabel(ref);
  const target = containerTarget(ref);
  const lookalike = eff.capabilities.drop.find((cap) => normalizeCapability(cap) === 'ALL');
  const hint = lookalike === undefined ? undefined : msg('hardening.capabilitiesNotDroppedFindings.1', { p0: JSON.stringify(lookalike) });
  return [
    buildFinding('capabilities-not-dropped', {
      path: `${eff.capabilities.path}.drop`,
      container: ref.name,
      message: msg('hardening.capabilitiesNotDroppedFindings.2', { hint, who }),
      fix: msg('hardening.capabilitiesNotDroppedFindings.3', { target }),
    }),
  ];
}
