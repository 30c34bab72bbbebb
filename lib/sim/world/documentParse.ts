// Per-document parsing of a large source: each YAML document is parsed on its own (cached by its
// text) and placed at its line in the file, so an edit in one document of a 600 kB file reparses
// that document only. Used by ParseCache (parseCache.ts) above its size threshold. Documents are
// cut where kubectl cuts them: its YAMLReader splits the stream at `---` separator lines before
// decoding each document (kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/yaml/decoder.go).
import type { Diagnostic, SourceLocation, SourceMap } from '../types';
import { MAX_INPUT_CHARS, type ParsedManifest, type ParseResult } from '../parse';
import { splitDocuments, type DocumentChunk } from '../parse/splitDocuments';

/** A document start marker line (splitDocuments.ts). */
const MARKER = /^---(?=[ \t]|$)/m;

/** Parses one text (a document alone), as the cache stores it. */
export type ParseText = (text: string, key: string) => ParseResult;

/**
 * Whether a text can be read per document and give what reading it whole gives. Not when the
 * whole text is refused at once (over the size limit, or NUL bytes: nothing is read), nor for
 * `%YAML`/`%TAG` directives (they belong to the document after them).
 */
export function splittable(text: string): boolean {
  return text.length <= MAX_INPUT_CHARS && !text.includes('\u0000') && !/^%/m.test(text);
}

/**
 * The documents of `text` parsed one by one and placed in the file: lines shifted by where each
 * document starts (columns never change: every document starts a line). A document whose
 * result has YAML diagnostics is parsed where it stands instead (their messages quote line
 * numbers: `describeYamlError`), keyed by its line too.
 */
export function parseByDocument(text: string, file: string, parse: ParseText): ParseResult {
  const objects: ParseResult['objects'] = [];
  const parsed: ParsedManifest[] = [];
  const diagnostics: Diagnostic[] = [];
  const chunks = splitDocuments(text);
  // Document numbers as the YAML stream counts them: an explicit `---` the splitter dropped at the
  // start (an empty document) counts, a chunk of comments after a `...` end marker does not.
  let index = MARKER.test(text.slice(0, chunks[0]?.offset ?? 0)) ? 1 : 0;
  for (const chunk of chunks) {
    const placed = placeChunk(chunk, index, file, parse);
    objects.push(...placed.objects);
    parsed.push(...placed.parsed);
    diagnostics.push(...placed.diagnostics);
    if (!chunk.empty || MARKER.test(chunk.text)) index += 1;
  }
  // Each document's diagnostics are sorted and the documents come in line order; a stable sort
  // keeps that order and places any diagnostic that points outside its document.
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { objects, parsed, diagnostics };
}

function placeChunk(chunk: DocumentChunk, index: number, file: string, parse: ParseText): ParseResult {
  const alone = parse(chunk.text, `doc\u0000${chunk.text}`);
  if (!alone.diagnostics.some((d) => d.code.startsWith('yaml-'))) return shifted(alone, chunk.line - 1, index, file);
  const padded = '\n'.repeat(chunk.line - 1) + chunk.text;
  return shifted(parse(padded, `at\u0000${chunk.line}\u0000${chunk.text}`), 0, index, file);
}

/** A document's parse moved down `delta` lines, as the `index`-th document of `file` (lazy: source maps are built when read). */
export function shifted(result: ParseResult, delta: number, index: number, file: string): ParseResult {
  return {
    objects: result.objects,
    parsed: result.parsed.map((p) => placedManifest(p, delta, index, file)),
    diagnostics: delta === 0 ? result.diagnostics.slice() : result.diagnostics.map((d) => shiftDiagnostic(d, delta)),
  };
}

function shiftDiagnostic(d: Diagnostic, delta: number): Diagnostic {
  const moved = { ...d, line: d.line + delta };
  if (d.endLine !== undefined) moved.endLine = d.endLine + delta;
  return moved;
}

function placedManifest(p: ParsedManifest, delta: number, index: number, file: string): ParsedManifest {
  const entry = { object: p.object, valid: p.valid } as ParsedManifest;
  let map: SourceMap | undefined;
  let source: SourceLocation | undefined;
  const sourceMap = () => (map ??= delta === 0 ? p.sourceMap : shiftMap(p.sourceMap, delta));
  Object.defineProperty(entry, 'sourceMap', { get: sourceMap, enumerable: true, configurable: true });
  Object.defineProperty(entry, 'source', {
    get: () => (source ??= { ...p.source, file, document: index, line: p.source.line + delta }),
    enumerable: true,
    configurable: true,
  });
  return entry;
}

function shiftMap(map: SourceMap, delta: number): SourceMap {
  const out: SourceMap = {};
  for (const [path, at] of Object.entries(map)) {
    const moved = { ...at, line: at.line + delta };
    if (at.endLine !== undefined) moved.endLine = at.endLine + delta;
    out[path] = moved;
  }
  return out;
}
