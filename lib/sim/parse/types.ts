import type { Diagnostic, KubeObject, ParsedObject } from '../types';

export interface ParseOptions {
  /** File name copied into every diagnostic and source location. */
  file?: string;
  /** Run lib/sim/cluster's cross-object checks (default true). */
  crossObjectChecks?: boolean;
  /** The API server's version (`1.34`; default 1.35): which CEL libraries expressions may use. */
  serverVersion?: string;
}

/** A parsed object plus whether the API server would accept it as written. */
export interface ParsedManifest extends ParsedObject {
  /** false when an error-severity diagnostic belongs to this object (kubectl apply would fail). */
  valid: boolean;
}

export interface ParseResult {
  /** Every document that is an object with a string `apiVersion` and `kind` (valid or not). */
  objects: KubeObject[];
  diagnostics: Diagnostic[];
  /** The same objects with their source location, source map and validity. */
  parsed: ParsedManifest[];
}
