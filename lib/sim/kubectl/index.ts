/**
 * Simulated kubectl: runKubectl for one command. Pure and deterministic; never throws.
 * The terminal's shell (createShellSession, runShellLine, completeShellLine) lives in ../shell;
 * it is re-exported here only until branches written before the split have merged (issue 15).
 */
export { runKubectl } from './runKubectl';
export { createShellSession, runShellLine, completeShellLine } from '../shell';
export type { KubectlContext, ShellSession, ShellSessionOptions, ShellResult, CompletionResult, KubectlResult, RunKubectlOptions } from './types';
