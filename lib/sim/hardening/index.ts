// Hardening checks beyond Pod Security Standards (lib/sim/hardening): effective securityContext,
// one registry of stable ids, findings with paths and fixes in English and Spanish.
export { checkHardening, type CheckHardeningOptions } from './checkHardening';
export { describeFinding } from './describeFinding';
export { HARDENING_CHECKS, hardeningCheckById } from './registry';
export { resolveSecurityContext, misplacedPodFields, normalizeCapability, type EffectiveSecurityContext } from './resolveSecurityContext';
export { imageTag } from './checks/containerChecks';
export type { Finding, FindingSeverity, HardeningCheck, EffectiveSetting, SettingSource } from './types';
