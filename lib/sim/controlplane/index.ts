/**
 * Control-plane checks: CIS-benchmark-style checks on the flags of the control plane's static
 * Pods and on KubeletConfiguration / EncryptionConfiguration objects, as kube-bench runs them.
 */
export { checkControlPlane, runControlPlaneChecks, describeControlPlaneResult, describeControlPlaneFinding, CONTROL_PLANE_CHECKS } from './checkControlPlane';
export { DEFAULT_ADMISSION_PLUGINS } from './apiserverAccessChecks';
export { encryptionConfigProblem } from './encryptionFile';
export { STRONG_CIPHER_SUITES } from './apiserverDataChecks';
export { buildFlagSet, flagList, normalizeFlagName, parseFlagTokens, parseGoBool, parseGoDuration } from './parseFlags';
export type * from './types';
