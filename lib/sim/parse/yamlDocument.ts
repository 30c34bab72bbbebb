import { CORE_SCHEMA, EVENT_ID, constructFromEvents, mergeTag, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { msg, type Message } from '../messages';
import type { SourceMap } from '../types';
import { describeYamlError } from './describeYamlError';
import { needsWalk, scalarStart, walkEvents } from './eventWalker';
import type { WalkResult, WatchedScalar } from './eventWalker';
import { buildLineIndex } from './lineIndex';
import type { LineIndex } from './lineIndex';
import { splitDocuments } from './splitDocuments';
import type { DocumentChunk } from './splitDocuments';

/**
 * Reads a YAML stream with js-yaml 5.
 *
 * Parser choice: js-yaml 5's `parseEvents` gives a flat event stream with exact source
 * offsets of every key, scalar and collection; `constructFromEvents` builds the values from
 * the same events (one tokenisation), and `eventWalker` turns the offsets into the source
 * map. The `yaml` package (eemeli/yaml) has a richer CST and error recovery but measured
 * about 4x slower here (~550 ms for 1 MB against ~180 ms), and is not a declared dependency.
 *
 * The whole text is parsed at once (fast path); when that fails, each document is parsed on
 * its own (splitDocuments), so one broken document does not hide the others. Source maps are
 * built only when something asks for them (a diagnostic, the editor), unless the document
 * has aliases (whose expansion must be measured first) or YAML 1.1 boolean words.
 *
 * YAML version: YAML 1.2 core schema plus `<<` merge keys. The editor (monaco-yaml) reads
 * YAML 1.2 too, so the simulator and the editor markers agree on every value. kubectl reads
 * YAML 1.1 (`yes`, `on`, `y` are booleans; it also honours `<<`); where that difference
 * changes a value, `yamlBooleans` emits a warning (and a boolean field gets the boolean).
 */
export interface YamlDocument {
  /** 0-based index of the document in the file. */
  index: number;
  /** 1-based line where the document starts (for diagnostics without a better place). */
  line: number;
  /** The document's value; undefined when it could not be read or is empty. */
  value: unknown;
  /** The document holds no node at all (only comments or blank lines). */
  empty: boolean;
  /** The source map, built on first call. */
  sourceMap: () => SourceMap;
  /**
   * Where the document's root node starts (the source map's '' entry), without building the
   * source map: most objects only ever need their own position (ParsedManifest.source).
   */
  rootAt: () => { line: number; column: number } | undefined;
  watched: WatchedScalar[];
  error?: { code: string; line: number; column: number; text: Message };
}

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
const MAX_ALIASES = 100;
const MAX_DEPTH = 100;

/** Texts up to this size are parsed in one call; larger ones in batches of documents this big. */
const BATCH_CHARS = 64 * 1024;

/**
 * Parses every document of `text`. Never throws. Large texts are parsed in batches of whole
 * documents so that a syntax error costs at most one batch parsed twice.
 */
export function parseYamlText(text: string): YamlDocument[] {
  if (text.length <= BATCH_CHARS) {
    const whole = parseWhole(text, 1, 0);
    if (whole.ok) return whole.documents;
    return parseRange(text, splitDocuments(text), 0, Infinity, 0, whole.offset);
  }
  const chunks = splitDocuments(text);
  const out: YamlDocument[] = [];
  for (let from = 0; from < chunks.length;) {
    let to = from + 1;
    while (to < chunks.length && chunks[to].offset - chunks[from].offset < BATCH_CHARS) to++;
    out.push(...parseRange(text, chunks, from, to, out.length));
    from = to;
  }
  return out;
}

type WholeResult = { ok: true; documents: YamlDocument[] } | { ok: false; offset: number };

/** Parses `source` (which starts on line `firstLine`) as one stream; documents are numbered from `firstIndex`. */
function parseWhole(source: string, firstLine: number, firstIndex: number): WholeResult {
  let events: Event[];
  let values: unknown[];
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
    values = constructFromEvents(events, { source, schema: SCHEMA, maxAliases: MAX_ALIASES });
  } catch (e) {
    return { ok: false, offset: isYamlError(e) ? (e.mark?.position ?? 0) : 0 };
  }
  const documents = splitEvents(events);
  if (documents.length !== values.length) return { ok: false, offset: 0 };
  const lines = buildLineIndex(source, firstLine);
  return { ok: true, documents: documents.map((docEvents, i) => readEvents(docEvents, values[i], firstIndex + i, source, lines)) };
}

/**
 * Parses chunks [from, to) together; when that fails, the documents before the broken one
 * are parsed together, the broken one alone (for its diagnostic), and the rest the same way.
 * `failedAt` is the offset (relative to chunk `from`) of a failure already known.
 */
function parseRange(text: string, chunks: DocumentChunk[], from: number, to: number, firstIndex: number, failedAt?: number): YamlDocument[] {
  const out: YamlDocument[] = [];
  const end = Math.min(to, chunks.length);
  let known = failedAt;
  for (let i = from; i < end;) {
    const slice = text.slice(chunks[i].offset, end < chunks.length ? chunks[end].offset : text.length);
    const whole: WholeResult = known === undefined ? parseWhole(slice, chunks[i].line, firstIndex + out.length) : { ok: false, offset: known };
    known = undefined;
    if (whole.ok) return [...out, ...whole.documents];
    const broken = chunkAt(chunks, chunks[i].offset + whole.offset, i, end);
    if (broken > i) out.push(...parseRange(text, chunks, i, broken, firstIndex + out.length));
    if (!chunks[broken].empty) out.push(parseChunk(chunks[broken], firstIndex + out.length));
    i = broken + 1;
  }
  return out;
}

/** The index of the chunk that holds `offset`, within [from, end). */
function chunkAt(chunks: DocumentChunk[], offset: number, from: number, end: number): number {
  let i = from;
  while (i + 1 < end && chunks[i + 1].offset <= offset) i++;
  return i;
}

/** Parses one document chunk on its own (the slow path, used when the stream has errors). */
export function parseChunk(chunk: DocumentChunk, index: number): YamlDocument {
  const lines = buildLineIndex(chunk.text, chunk.line);
  try {
    const events = parseEvents(chunk.text, { maxDepth: MAX_DEPTH });
    const values = constructFromEvents(events, { source: chunk.text, schema: SCHEMA, maxAliases: MAX_ALIASES });
    return readEvents(events, values[0], index, chunk.text, lines);
  } catch (e) {
    const d = fromException(e, chunk.text, chunk.line);
    return errorDocument(index, chunk.line, d.code, lines.positionAt(d.offset), d.text);
  }
}

function readEvents(events: Event[], value: unknown, index: number, text: string, lines: LineIndex): YamlDocument {
  const line = lines.positionAt(firstOffset(events)).line;
  if (needsWalk(events, text)) {
    const walk = walkEvents(events, text, lines);
    if (walk.problem !== undefined) {
      return errorDocument(index, line, `yaml-${walk.problem.kind}`, lines.positionAt(walk.problem.offset), describeAliasProblem(walk.problem));
    }
    return documentOf(
      index,
      line,
      value,
      isEmptyRoot(events),
      () => walk.sourceMap,
      walk.watched,
      () => walk.sourceMap[''],
    );
  }
  let cached: SourceMap | undefined;
  const sourceMap = () => (cached ??= walkEvents(events, text, lines).sourceMap);
  const rootAt = () => (cached ? cached[''] : rootPosition(events, text, lines));
  return documentOf(index, line, value, isEmptyRoot(events), sourceMap, [], rootAt);
}

/**
 * The position walkEvents records for the root node ('' in the source map): a collection's
 * start, a scalar's value (with its quotes). Documents with aliases are walked eagerly, so
 * their root comes from the walk.
 */
function rootPosition(events: readonly Event[], text: string, lines: LineIndex): { line: number; column: number } | undefined {
  const root = events.find((ev) => ev.type !== EVENT_ID.DOCUMENT && ev.type !== EVENT_ID.POP);
  if (root === undefined) return undefined;
  if (root.type === EVENT_ID.ALIAS) return walkEvents(events, text, lines).sourceMap[''];
  if (root.type === EVENT_ID.SCALAR) return lines.positionAt(root.valueStart < 0 ? 0 : scalarStart(root));
  return lines.positionAt(root.start);
}

function documentOf(
  index: number,
  line: number,
  value: unknown,
  empty: boolean,
  sourceMap: () => SourceMap,
  watched: WatchedScalar[],
  rootAt: YamlDocument['rootAt'],
): YamlDocument {
  return { index, line, value: empty ? undefined : value, empty, sourceMap, watched, rootAt };
}

function errorDocument(index: number, line: number, code: string, at: { line: number; column: number }, text: Message): YamlDocument {
  return { index, line, value: undefined, empty: false, sourceMap: () => ({}), rootAt: () => undefined, watched: [], error: { code, ...at, text } };
}

/** Cuts a stream's events into documents at each DOCUMENT event. */
function splitEvents(events: Event[]): Event[][] {
  const out: Event[][] = [];
  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT) out.push([]);
    out[out.length - 1]?.push(ev);
  }
  return out;
}

/** A document whose root is an empty scalar (`---` followed by nothing). */
function isEmptyRoot(events: Event[]): boolean {
  const root = events.find((ev) => ev.type !== EVENT_ID.DOCUMENT);
  return root === undefined || (root.type === EVENT_ID.SCALAR && root.valueStart < 0 && root.tagStart < 0 && root.anchorStart < 0);
}

function firstOffset(events: Event[]): number {
  for (const ev of events) {
    if (ev.type === EVENT_ID.SCALAR && ev.valueStart >= 0) return ev.valueStart;
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) return ev.start;
    if (ev.type === EVENT_ID.ALIAS) return ev.anchorStart;
  }
  return 0;
}

function fromException(e: unknown, source: string, firstLine: number): { code: string; offset: number; text: Message } {
  const reason = isYamlError(e) ? e.reason : '';
  const offset = isYamlError(e) ? (e.mark?.position ?? 0) : 0;
  if (reason === '') {
    return { code: 'yaml-unreadable', offset: 0, text: msg('parse.yaml.unreadable', {}) };
  }
  return describeYamlError(reason, offset, source, firstLine);
}

function isYamlError(e: unknown): e is { reason: string; mark?: { position: number } } {
  return typeof e === 'object' && e !== null && typeof (e as { reason?: unknown }).reason === 'string';
}

function describeAliasProblem(problem: NonNullable<WalkResult['problem']>): Message {
  const { kind, name } = problem;
  return kind === 'recursive-alias' ? msg('parse.yaml.recursiveAlias', { name }) : msg('parse.yaml.aliasExpansion', { name });
}
