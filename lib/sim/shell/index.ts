/**
 * The terminal's shell on the simulated cluster: a ShellSession with runShellLine and
 * completeShellLine. Pure and deterministic; never throws.
 */
export { createShellSession } from './session';
export { runShellLine } from './shell';
export { pendingShellInput } from './shellScript';
export { completeShellLine } from './complete';
export type { ShellSession, ShellSessionOptions, ShellResult, ShellLine, CompletionResult } from './types';
