/** Manifest parsing: YAML with source maps, schema validation, per-object semantic checks. */
export { parseManifests, MAX_INPUT_CHARS } from './parseManifests';
export type { ParseOptions, ParseResult, ParsedManifest } from './types';
export { joinPath, indexPath, pathOf, pathSegments, parentPath } from './paths';
export type { PathSegment } from './paths';
