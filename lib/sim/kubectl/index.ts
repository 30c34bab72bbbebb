/**
 * Simulated kubectl and the terminal's shell: runKubectl for one command, a ShellSession with
 * runShellLine and completeShellLine for the terminal. Pure and deterministic; never throws.
 */
export { runKubectl } from './runKubectl';
export { createShellSession } from './session';
export { runShellLine } from './shell';
export { completeShellLine } from './complete';
export type { KubectlContext, ShellSession, ShellSessionOptions, ShellResult, CompletionResult, KubectlResult, RunKubectlOptions } from './types';
