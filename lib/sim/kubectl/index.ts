/**
 * Simulated kubectl: runKubectl for one command. Pure and deterministic; never throws.
 * The terminal's shell (createShellSession, runShellLine, completeShellLine) is ../shell.
 */
export { runKubectl } from './runKubectl';
export type { KubectlContext, KubectlResult, RunKubectlOptions } from './types';
