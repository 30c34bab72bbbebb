import type { Diagnostic } from '../../../../lib/sim/types';
import { parseManifests } from '../../../../lib/sim/parse';

/** Diagnostics of `text` with the given code. */
export function withCode(text: string, code: string): Diagnostic[] {
  return parseManifests(text).diagnostics.filter((d) => d.code === code);
}

/** `line:column code` of every diagnostic, for compact assertions. */
export function summary(text: string): string[] {
  return parseManifests(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

/** Joins lines into a YAML text with a trailing newline. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
