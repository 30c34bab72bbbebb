import { checkCluster } from '../cluster/checkCluster';
import { msg } from '../messages';
import type { Diagnostic, KubeObject, SourceMap } from '../types';
import type { Finding } from '../validate/finding';
import { validateObject } from '../validate';
import { checkKind } from './checkKind';
import { makeDiagnostic, toDiagnostic } from './diagnostics';
import type { WatchedScalar } from './eventWalker';
import { buildLineIndex } from './lineIndex';
import { isRecord } from './paths';
import { definitionNode } from './schemaNavigator';
import type { ParsedManifest, ParseOptions, ParseResult } from './types';
import { validateSchema } from './validateSchema';
import { celDiagnostics } from './celDiagnostics';
import { parseServerVersion } from '../version';
import { checkYamlWords } from './yamlBooleans';
import { parseYamlText } from './yamlDocument';
import type { YamlDocument } from './yamlDocument';

/** Inputs above this many characters (2 MiB) are refused whole: no lesson file is near it. */
export const MAX_INPUT_CHARS = 2 * 1024 * 1024;

interface Accumulator {
  file: string | undefined;
  /** The text being read (CEL diagnostics point inside scalars) and the server's minor version. */
  text: string;
  serverMinor?: number;
  objects: KubeObject[];
  parsed: ParsedManifest[];
  diagnostics: Diagnostic[];
  /** Parsed objects whose kind exists in their apiVersion: what a cluster could hold. */
  known: ParsedManifest[];
}

/**
 * Reads learner manifests the way `kubectl apply -f` does: a multi-document YAML stream,
 * each document one object (or a `kind: List`), each checked for YAML syntax, against the
 * Kubernetes JSON Schema (apiVersion/kind, unknown fields, types, required fields) and by the
 * API server's per-object validation; then the cross-object checks of lib/sim/cluster.
 * Every diagnostic points at the exact field (1-based line/column). Never throws.
 */
export function parseManifests(text: string, options?: ParseOptions): ParseResult {
  const file = typeof options?.file === 'string' ? options.file : undefined;
  try {
    const acc: Accumulator = {
      file,
      text: '',
      serverMinor: parseServerVersion(options?.serverVersion)?.minor,
      objects: [],
      parsed: [],
      diagnostics: [],
      known: [],
    };
    parseText(typeof text === 'string' ? text : '', acc);
    if (acc.known.length > 0 && options?.crossObjectChecks !== false) acc.diagnostics.push(...checkCluster(acc.known));
    acc.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    return { objects: acc.objects, parsed: acc.parsed, diagnostics: acc.diagnostics };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unknown error';
    return {
      objects: [],
      parsed: [],
      diagnostics: [makeDiagnostic('error', 'parse-internal-error', msg('parse.internalError', { detail }), { line: 1, column: 1 }, file)],
    };
  }
}

function parseText(raw: string, acc: Accumulator): void {
  if (raw.length > MAX_INPUT_CHARS) {
    const mib = (raw.length / 1024 / 1024).toFixed(1);
    acc.diagnostics.push(makeDiagnostic('error', 'input-too-large', msg('parse.inputTooLarge', { mib }), { line: 1, column: 1 }, acc.file));
    return;
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  acc.text = text;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    acc.diagnostics.push(makeDiagnostic('error', 'binary-input', msg('parse.binaryInput', {}), buildLineIndex(text).positionAt(nul), acc.file));
    return;
  }
  for (const doc of parseYamlText(text)) readDocument(doc, acc);
}

function readDocument(doc: YamlDocument, acc: Accumulator): void {
  if (doc.error !== undefined) {
    acc.diagnostics.push(makeDiagnostic('error', doc.error.code, doc.error.text, doc.error, acc.file));
    return;
  }
  if (doc.empty) return;
  const value = doc.value;
  const at = () => doc.sourceMap()[''] ?? { line: doc.line, column: 1 };
  if (value === null || value === undefined) {
    acc.diagnostics.push(makeDiagnostic('info', 'empty-document', msg('parse.emptyDocument', {}), at(), acc.file));
  } else if (!isRecord(value)) {
    acc.diagnostics.push(notAnObject(value, at(), acc.file));
  } else if (value.kind === 'List' && Array.isArray(value.items)) {
    value.items.forEach((item, i) => {
      const map = memo(() => rebaseSourceMap(doc.sourceMap(), `items[${i}]`));
      addObject(item, map, rebaseWatched(doc.watched, `items[${i}]`), doc, acc, () => map()['']);
    });
  } else {
    addObject(value, doc.sourceMap, doc.watched, doc, acc, doc.rootAt);
  }
}

function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

function notAnObject(value: unknown, at: { line: number; column: number }, file: string | undefined): Diagnostic {
  if (Array.isArray(value)) {
    return makeDiagnostic('error', 'document-not-object', msg('parse.documentIsList', {}), at, file);
  }
  const shown = JSON.stringify(String(value)).slice(0, 50);
  return makeDiagnostic('error', 'document-not-object', msg('parse.documentIsValue', { value: shown }), at, file);
}

/** `rootAt`: where the object starts (its source map's '' entry), read without building the map when possible. */
function addObject(
  value: unknown,
  sourceMap: () => SourceMap,
  watched: WatchedScalar[],
  doc: YamlDocument,
  acc: Accumulator,
  rootAt: () => { line: number; column: number } | undefined,
): void {
  const at = () => sourceMap()[''] ?? { line: doc.line, column: 1 };
  if (!isRecord(value)) {
    acc.diagnostics.push(notAnObject(value, at(), acc.file));
    return;
  }
  const { findings, knownKind } = checkObject(value, watched);
  for (const f of findings) acc.diagnostics.push(toDiagnostic(f, sourceMap(), at(), acc.file));
  if (knownKind) acc.diagnostics.push(...celDiagnostics(value, sourceMap, acc.text, acc.file, acc.serverMinor));
  if (typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return;
  const object = (isRecord(value.metadata) ? value : { ...value, metadata: {} }) as KubeObject;
  const entry = buildParsed(object, doc, acc.file, sourceMap, rootAt, !findings.some((f) => f.severity === 'error'));
  acc.objects.push(object);
  acc.parsed.push(entry);
  if (knownKind) acc.known.push(entry);
}

/**
 * A ParsedManifest whose `sourceMap` is an enumerable getter: the map is built on first read
 * (most objects of a valid file never need one). It reads like a plain property, survives
 * structuredClone/JSON (both read getters), and is computed once.
 */
function buildParsed(
  object: KubeObject,
  doc: YamlDocument,
  file: string | undefined,
  sourceMap: () => SourceMap,
  rootAt: () => { line: number; column: number } | undefined,
  valid: boolean,
): ParsedManifest {
  const entry = { object, valid } as ParsedManifest;
  Object.defineProperty(entry, 'sourceMap', { get: sourceMap, enumerable: true, configurable: true });
  Object.defineProperty(entry, 'source', {
    get: memo(() => {
      const at = rootAt() ?? { line: doc.line, column: 1 };
      return { ...(file !== undefined ? { file } : {}), document: doc.index, line: at.line, column: at.column };
    }),
    enumerable: true,
    configurable: true,
  });
  return entry;
}

/** Schema and semantic findings of one object (kind first: the rest needs to know the kind). */
function checkObject(object: Record<string, unknown>, watched: WatchedScalar[]): { findings: Finding[]; knownKind: boolean } {
  const { findings, info } = checkKind(object);
  const root = info?.schema !== undefined ? definitionNode(info.schema.definition) : undefined;
  findings.push(...checkYamlWords(object, watched, root));
  if (info === undefined) return { findings, knownKind: false };
  findings.push(...validateSchema(object, info));
  findings.push(...validateObject(object, { kind: info.kind, clusterScoped: info.clusterScoped, nameRule: info.nameRule }));
  return { findings, knownKind: true };
}

/** The part of a source map below `prefix`, with paths relative to it. */
export function rebaseSourceMap(sourceMap: SourceMap, prefix: string): SourceMap {
  const out: SourceMap = Object.create(null) as SourceMap;
  for (const [path, pos] of Object.entries(sourceMap)) {
    if (path === prefix) out[''] = pos;
    else if (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '[')) {
      out[path.slice(prefix.length + (path[prefix.length] === '.' ? 1 : 0))] = pos;
    }
  }
  return out;
}

function rebaseWatched(watched: WatchedScalar[], prefix: string): WatchedScalar[] {
  return watched.filter((w) => w.path.startsWith(`${prefix}.`)).map((w) => ({ ...w, path: w.path.slice(prefix.length + 1) }));
}
