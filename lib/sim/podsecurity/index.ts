// Pod Security Standards (lib/sim/podsecurity): the checks of the PodSecurity admission plugin,
// one per file under ./checks, selected by level and version through ./registry.
export { evaluatePodSecurity, type EvaluatePodSecurityOptions } from './evaluatePodSecurity';
export { describePodSecurity, describeViolation, podSecurityWarning, aggregateViolations } from './describePodSecurity';
export { POD_SECURITY_CHECKS, checksFor, podSecurityCheckById } from './registry';
export { extractPodView, applyApiDefaults, POD_TEMPLATE_KINDS } from './podView';
export { POD_SECURITY_LATEST_MINOR, parsePodSecurityVersion, parsePodSecurityLevel, versionLabel, effectiveMinor } from './version';
export type { PodSecurityLevel, PodSecurityVerdict, PodSecurityViolation, PodSecurityNote, PodSecurityCheck, PodView, ContainerRef } from './types';
