import type { Diagnostic, SourceMap } from '../types';
import { english } from '../messages/english';
import type { Message } from '../messages';
import type { Finding } from '../validate/finding';
import { parentPath } from './paths';

type Position = { line: number; column: number; endLine?: number; endColumn?: number };

/** The position of `path` in a source map, or of its nearest mapped ancestor. */
export function locate(sourceMap: SourceMap, path: string, fallback: Position): Position {
  for (let current: string | null = path; current !== null; current = parentPath(current)) {
    if (Object.hasOwn(sourceMap, current)) return sourceMap[current];
  }
  return fallback;
}

/** A positioned Diagnostic from a finding of one object. */
export function toDiagnostic(f: Finding, sourceMap: SourceMap, fallback: Position, file: string | undefined): Diagnostic {
  const d = makeDiagnostic(f.severity, f.code, f.text, f.position ?? locate(sourceMap, f.path, fallback), file, f.path);
  if (f.api) d.api = f.api;
  return d;
}

/** Builds a Diagnostic: the message goes to `text` (rendered at the edge) and its English to `message` (logs, CLI). */
export function makeDiagnostic(severity: Diagnostic['severity'], code: string, text: Message, at: Position, file?: string, path?: string): Diagnostic {
  const d: Diagnostic = { severity, code, message: english(text), text, line: at.line, column: at.column };
  if (at.endLine !== undefined) d.endLine = at.endLine;
  if (at.endColumn !== undefined) d.endColumn = at.endColumn;
  if (path !== undefined) d.path = path;
  if (file !== undefined) d.file = file;
  return d;
}
