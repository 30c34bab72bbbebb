/**
 * Where a kubectl command writes: IOStreams.Out (stdout) for what it was asked to print,
 * IOStreams.ErrOut (stderr) for errors, warnings and notices (k8s.io/cli-runtime
 * pkg/genericiooptions IOStreams; k8s.io/kubectl/pkg/cmd/util/helpers.go CheckErr writes the
 * error to stderr; client-go rest.WarningHandler writes `Warning: ...` to stderr).
 * API errors arrive as a metav1.Status and are printed the way CheckErr prints them.
 */
import { goQuote } from '../support/goText';
import { linesOf, type LineContent, type OutputLine, type OutputStream } from '../streams';
import type { Status } from '../apiserver/status';
import type { WriteResult } from '../apiserver/writeObject';
import type { Env } from './types';

/** Each text becomes its lines; a message (the lab's own words, ../streams.ts) stays one line, rendered at the edge. */
function write(env: Env, stream: OutputStream, texts: LineContent | readonly LineContent[]): void {
  const list: readonly LineContent[] = Array.isArray(texts) ? texts : [texts as LineContent];
  for (let i = 0; i < list.length; i++) {
    const text = list[i];
    if (typeof text !== 'string') env.out.push({ stream, message: text });
    else if (!text.includes('\n')) env.out.push({ stream, text });
    else for (const line of linesOf(stream, text)) env.out.push(line);
  }
}

/** Write to stdout (what a pipe carries). */
export function print(env: Env, texts: LineContent | readonly LineContent[]): void {
  write(env, 'stdout', texts);
}

/** Write to stderr (errors, warnings, notices: shown, never piped). */
export function printErr(env: Env, texts: LineContent | readonly LineContent[]): void {
  write(env, 'stderr', texts);
}

/** Write lines that already know their stream (a process's output in `kubectl exec`). */
export function printLines(env: Env, lines: readonly OutputLine[]): void {
  for (let i = 0; i < lines.length; i++) env.out.push(lines[i]);
}

/**
 * kubectl's text for an API error (helpers.go checkErr / StandardErrorMessage):
 * Invalid with details → `The <kind> "<name>" is invalid: <field>: <message>` (one cause) or a
 * bulleted list; Unauthorized → `error: You must be logged in to the server (<message>)`;
 * a known reason → `Error from server (<Reason>): <message>`; else `Error from server: <message>`.
 */
export function statusText(status: Status): string {
  const details = status.details;
  if (status.reason === 'Invalid' && details?.causes && details.causes.length > 0) {
    const head = details.kind || details.name ? `The ${details.kind ?? ''} ${goQuote(details.name ?? '')} is invalid` : 'The request is invalid';
    // statusCausesToAggrError: `<field>: <message>` per cause, duplicates dropped.
    const causes = [...new Set(details.causes.map((c) => `${c.field}: ${c.message}`))];
    return causes.length === 1 ? `${head}: ${causes[0]}` : [`${head}: `, ...causes.map((c) => `* ${c}`)].join('\n');
  }
  if (status.reason === 'Unauthorized') return `error: You must be logged in to the server (${status.message})`;
  return status.reason ? `Error from server (${status.reason}): ${status.message}` : `Error from server: ${status.message}`;
}

/** Print an API error on stderr. */
export function printStatus(env: Env, status: Status): void {
  printErr(env, statusText(status));
}

/** The server's warnings (`Warning: ...`, client-go's default WarningHandler), on stderr. */
export function printWarnings(env: Env, warnings: readonly string[]): void {
  printErr(
    env,
    warnings.map((w) => `Warning: ${w}`),
  );
}

/** A write's report: warnings, then `kind/name created` (stdout) or the error (stderr). */
export function printWrite(env: Env, result: WriteResult): void {
  printWarnings(env, result.warnings);
  if (result.done !== undefined) print(env, result.done);
  if (result.error) printStatus(env, result.error);
  if (result.clientError !== undefined) printErr(env, `error: ${result.clientError}`);
}
