import { EVENT_ID, SCALAR_STYLE, getScalarValue } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { SourceMap } from '../types';
import type { LineIndex } from './lineIndex';
import { indexPath, joinPath } from './paths';

/**
 * One pass over js-yaml's event stream (`parseEvents`, which carries exact source offsets)
 * that builds the source map of a document, measures how far aliases would expand, and
 * notes plain scalars that YAML 1.1 (kubectl) and YAML 1.2 (the editor) read differently.
 */
export interface WatchedScalar {
  path: string;
  text: string;
  /** 1-based position of the scalar itself. */
  position: { line: number; column: number; endLine: number; endColumn: number };
}

export interface WalkResult {
  sourceMap: SourceMap;
  watched: WatchedScalar[];
  problem?: { kind: 'alias-expansion' | 'recursive-alias'; offset: number; name: string };
}

interface Frame {
  isMap: boolean;
  /** null inside a complex (collection) key: nothing below is mapped. */
  path: string | null;
  index: number;
  expectKey: boolean;
  key: string | null;
  keyStart: number;
  keyEnd: number;
  anchor?: string;
  expandedAtOpen: number;
}

/** Nodes an alias may add beyond the document's own size before we call it an alias bomb. */
const EXTRA_NODE_BUDGET = 20_000;

/** First letters of the YAML 1.1 boolean words (`y`, `yes`, `no`, `on`, `off`, any case). */
const WORD_FIRST = new Set(['y', 'Y', 'n', 'N', 'o', 'O']);

/**
 * Whether a document needs the walk before it can be used: it has aliases (the expansion
 * budget must be checked before anything traverses the value) or plain scalars that YAML 1.1
 * reads differently. Otherwise the source map can be built later, only if a diagnostic needs it.
 */
export function needsWalk(events: readonly Event[], source: string): boolean {
  for (const ev of events) {
    if (ev.type === EVENT_ID.ALIAS) return true;
    if (ev.type !== EVENT_ID.SCALAR || ev.style !== SCALAR_STYLE.PLAIN || ev.valueStart < 0) continue;
    const length = ev.valueEnd - ev.valueStart;
    if (length <= 5 && WORD_FIRST.has(source[ev.valueStart]) && isYaml11Word(source.slice(ev.valueStart, ev.valueEnd))) return true;
    if (length >= 16 && /[-+0-9]/.test(source[ev.valueStart])) return true;
  }
  return false;
}

/** `y`, `yes`, `on`, `n`, `no`, `off` in the casings YAML 1.1 (go-yaml v2) reads as booleans. */
export function isYaml11Word(text: string): boolean {
  return YAML11_WORDS.has(text);
}

const YAML11_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/** Walks the events of one document (source offsets relative to `source`). */
export function walkEvents(events: readonly Event[], source: string, lines: LineIndex): WalkResult {
  const sourceMap: SourceMap = Object.create(null) as SourceMap;
  const watched: WatchedScalar[] = [];
  const stack: Frame[] = [];
  const anchorSizes = new Map<string, number>();
  const openAnchors = new Set<string>();
  const limit = events.length * 2 + EXTRA_NODE_BUDGET;
  let expanded = 0;
  /** Offset of the latest node with a position, for empty scalars (which have none). */
  let lastOffset = 0;

  const record = (path: string, start: number, end: number) => {
    const a = lines.positionAt(start);
    const b = lines.positionAt(end);
    sourceMap[path] = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };

  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT) continue;
    if (ev.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame?.anchor !== undefined) {
        anchorSizes.set(frame.anchor, expanded - frame.expandedAtOpen);
        openAnchors.delete(frame.anchor);
      }
      continue;
    }
    if (ev.type === EVENT_ID.ALIAS) {
      const name = source.slice(ev.anchorStart, ev.anchorEnd);
      if (openAnchors.has(name)) return { sourceMap, watched, problem: { kind: 'recursive-alias', offset: ev.anchorStart - 1, name } };
      expanded += anchorSizes.get(name) ?? 1;
      if (expanded > limit) return { sourceMap, watched, problem: { kind: 'alias-expansion', offset: ev.anchorStart - 1, name } };
      placeNode(stack, source, ev.anchorStart - 1, ev.anchorEnd, true, record);
      continue;
    }
    expanded++;
    const anchor = ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined;
    if (ev.type === EVENT_ID.SCALAR) {
      const [start, end] = ev.valueStart < 0 ? [lastOffset, lastOffset] : scalarRange(ev, source);
      lastOffset = end;
      const role = placeNode(stack, source, start, end, true, record, ev);
      if (role.path !== null && ev.style === SCALAR_STYLE.PLAIN) watchScalar(watched, role.path, source, ev, lines);
      if (anchor !== undefined) anchorSizes.set(anchor, 1);
      continue;
    }
    lastOffset = ev.start;
    const role = placeNode(stack, source, ev.start, lineEnd(source, ev.start), false, record);
    stack.push({
      isMap: ev.type === EVENT_ID.MAPPING,
      path: role.path,
      index: 0,
      expectKey: true,
      key: null,
      keyStart: 0,
      keyEnd: 0,
      anchor,
      expandedAtOpen: expanded - 1,
    });
    if (anchor !== undefined) openAnchors.add(anchor);
  }
  return { sourceMap, watched };
}

type Recorder = (path: string, start: number, end: number) => void;

/** Decides what a node is to its parent (a key, a value or an item) and records its position. */
function placeNode(
  stack: Frame[],
  source: string,
  start: number,
  end: number,
  isLeaf: boolean,
  record: Recorder,
  scalar?: ScalarEvent,
): { path: string | null } {
  const parent = stack[stack.length - 1];
  if (parent === undefined) {
    record('', start, isLeaf ? end : lineEnd(source, start));
    return { path: '' };
  }
  if (parent.isMap && parent.expectKey) {
    parent.expectKey = false;
    parent.key = scalar === undefined ? null : scalar.valueStart < 0 ? '' : getScalarValue(source, scalar);
    parent.keyStart = start;
    parent.keyEnd = end;
    return { path: null };
  }
  if (parent.isMap) {
    parent.expectKey = true;
    if (parent.path === null || parent.key === null) return { path: null };
    const path = joinPath(parent.path, parent.key);
    const empty = scalar !== undefined && scalar.valueStart < 0;
    record(path, parent.keyStart, isLeaf && !empty ? end : parent.keyEnd);
    return { path };
  }
  if (parent.path === null) return { path: null };
  const path = indexPath(parent.path, parent.index++);
  record(path, start, end);
  return { path };
}

/** Where a scalar with a value starts in the source map (its opening quote, if quoted). */
export function scalarStart(ev: ScalarEvent): number {
  return ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED ? ev.valueStart - 1 : ev.valueStart;
}

function scalarRange(ev: ScalarEvent, source: string): [number, number] {
  const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
  if (quoted) return [ev.valueStart - 1, ev.valueEnd + 1];
  let end = ev.valueEnd;
  while (end > ev.valueStart && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
  return [ev.valueStart, end];
}

function lineEnd(source: string, start: number): number {
  let i = start;
  while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  while (i > start && (source[i - 1] === ' ' || source[i - 1] === '\t')) i--;
  return i;
}

/** Keeps plain scalars that may be YAML 1.1 booleans or integers too large for a double. */
function watchScalar(watched: WatchedScalar[], path: string, source: string, ev: ScalarEvent, lines: LineIndex): void {
  const length = ev.valueEnd - ev.valueStart;
  const first = source[ev.valueStart];
  const maybeWord = length <= 5 && WORD_FIRST.has(first) && isYaml11Word(source.slice(ev.valueStart, ev.valueEnd));
  const maybeBig = length >= 16 && length <= 400 && /[-+0-9]/.test(first);
  if (!maybeWord && !maybeBig) return;
  const a = lines.positionAt(ev.valueStart);
  const b = lines.positionAt(ev.valueEnd);
  watched.push({ path, text: source.slice(ev.valueStart, ev.valueEnd), position: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column } });
}
