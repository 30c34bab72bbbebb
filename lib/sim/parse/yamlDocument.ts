import { CORE_SCHEMA, constructFromEvents, mergeTag, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import type { LocalizedText, SourceMap } from '../types';
import { describeYamlError } from './describeYamlError';
import { walkEvents } from './eventWalker';
import type { WatchedScalar } from './eventWalker';
import { buildLineIndex } from './lineIndex';
import type { DocumentChunk } from './splitDocuments';

/**
 * Reads one YAML document with js-yaml 5.
 *
 * Parser choice: js-yaml 5's `parseEvents` gives a flat event stream with exact source
 * offsets of every key, scalar and collection; `constructFromEvents` builds the values from
 * the same events (one tokenisation), and `eventWalker` turns the offsets into the source
 * map. The `yaml` package (eemeli/yaml) has a richer CST and error recovery but measured
 * about 4x slower here (~550 ms for 1 MB against ~180 ms), and is not a declared dependency.
 *
 * YAML version: YAML 1.2 core schema plus `<<` merge keys. The editor (monaco-yaml) reads
 * YAML 1.2 too, so the simulator and the editor markers agree on every value. kubectl reads
 * YAML 1.1 (`yes`, `on`, `y` are booleans; it also honours `<<`); where that difference
 * changes a value, `yamlBooleans` emits a warning (and a boolean field gets the boolean).
 */
export interface YamlDocument {
  /** The document's value; undefined when it could not be read. */
  value: unknown;
  /** The document holds no node at all (only comments or blank lines). */
  empty: boolean;
  sourceMap: SourceMap;
  watched: WatchedScalar[];
  error?: { code: string; line: number; column: number; text: LocalizedText };
}

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);
const MAX_ALIASES = 100;
const MAX_DEPTH = 100;

/** Parses one document chunk. Never throws. */
export function parseYamlDocument(chunk: DocumentChunk): YamlDocument {
  const lines = buildLineIndex(chunk.text, chunk.line);
  const failed = (code: string, offset: number, text: LocalizedText): YamlDocument => {
    const pos = lines.positionAt(offset);
    return { value: undefined, empty: false, sourceMap: {}, watched: [], error: { code, ...pos, text } };
  };
  let events: Event[];
  try {
    events = parseEvents(chunk.text, { maxDepth: MAX_DEPTH });
  } catch (e) {
    const d = fromException(e, chunk);
    return failed(d.code, d.offset, d.text);
  }
  const walk = walkEvents(events, chunk.text, lines);
  if (walk.problem !== undefined) {
    const { kind, name, offset } = walk.problem;
    return failed(`yaml-${kind}`, offset, describeAliasProblem(kind, name));
  }
  try {
    const values = constructFromEvents(events, { source: chunk.text, schema: SCHEMA, maxAliases: MAX_ALIASES });
    if (values.length === 0) return { value: undefined, empty: true, sourceMap: walk.sourceMap, watched: [] };
    return { value: values[0], empty: false, sourceMap: walk.sourceMap, watched: walk.watched };
  } catch (e) {
    const d = fromException(e, chunk);
    return failed(d.code, d.offset, d.text);
  }
}

function fromException(e: unknown, chunk: DocumentChunk): { code: string; offset: number; text: LocalizedText } {
  const reason = isYamlError(e) ? e.reason : '';
  const offset = isYamlError(e) ? (e.mark?.position ?? 0) : 0;
  if (reason === '') {
    return {
      code: 'yaml-unreadable', offset: 0,
      text: { en: 'This document could not be read as YAML.', es: 'Este documento no se pudo leer como YAML.' },
    };
  }
  return describeYamlError(reason, offset, chunk.text, chunk.line);
}

function isYamlError(e: unknown): e is { reason: string; mark?: { position: number } } {
  return typeof e === 'object' && e !== null && typeof (e as { reason?: unknown }).reason === 'string';
}

function describeAliasProblem(kind: 'alias-expansion' | 'recursive-alias', name: string): LocalizedText {
  if (kind === 'recursive-alias') {
    return {
      en: `The alias \`*${name}\` refers to the node that contains it, which would be infinite.`,
      es: `El alias \`*${name}\` apunta al nodo que lo contiene: sería infinito.`,
    };
  }
  return {
    en: `Aliases expand too much here (\`*${name}\`): this looks like an "alias bomb", so the document is not read.`,
    es: `Los alias se expanden demasiado acá (\`*${name}\`): parece una "bomba de alias", así que el documento no se lee.`,
  };
}
