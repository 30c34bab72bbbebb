// YAML with its source map: the parsed data plus a way back from a JSON path to line and column.
// The `yaml` package keeps every node's offsets (its CST); LineCounter turns offsets into lines.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The data (null when the text does not parse). */
  data: unknown;
  /** Syntax errors (including duplicate keys), positioned; empty when the text parses. */
  errors: (SourcePosition & { message: string })[];
  /** Where the value at `path` starts; with `key`, where that key of the mapping at `path` is written. */
  locate(path: readonly (string | number)[], key?: string): SourcePosition;
}

const MAX_ALIASES = 20;

function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) node = node.items.find((pair) => String((pair.key as { value?: unknown } | null)?.value ?? pair.key) === String(step))?.value;
    else if (isSeq(node)) node = node.items[Number(step)];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

function keyNode(node: Node | undefined, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === key);
  return (pair?.key ?? undefined) as Node | undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Parse YAML text keeping its source map. Never throws. */
export function readYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): SourcePosition => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const errors = doc.errors.map((e) => ({ ...at(e.pos[0]), message: firstLine(e.message) }));
  let data: unknown = null;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      errors.push({ line: 1, column: 1, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const locate = (path: readonly (string | number)[], key?: string): SourcePosition => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth));
      const target = depth === path.length && key !== undefined ? (keyNode(node, key) ?? node) : node;
      if (target?.range) return at(target.range[0]);
    }
    return { line: 1, column: 1 };
  };
  return { data, errors, locate };
}
