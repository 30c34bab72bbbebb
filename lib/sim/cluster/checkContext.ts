// Shared plumbing of the cross-object checks: where a finding points and how it is worded.
import type { Cluster, Diagnostic, KubeObject, ParsedObject, PodInfo } from '../types';
import { english } from '../messages/english';
import type { Message } from '../messages';
import { isRecord } from './objectUtils';
import type { BuildResult } from './types';

export interface CheckEntry {
  object: KubeObject;
  /** Index of the input object (ParsedObject) it came from. */
  index: number;
}

export interface Finding {
  severity: Diagnostic['severity'];
  code: string;
  /** Field path inside the object (`roleRef.name`, `spec.ingress[0].ports[1].port`). */
  path: string;
  /** Rendered in the learner's language at the edge; `message` is its English. */
  text: Message;
}

export interface CheckContext {
  cluster: Cluster;
  entries: readonly CheckEntry[];
  /** Pods of each namespace. */
  podsIn(namespace: string): readonly PodInfo[];
  report(entry: CheckEntry | number, finding: Finding): void;
}

type Position = { line: number; column: number; endLine?: number; endColumn?: number; file?: string };
export type Locator = (index: number, path: string) => Position;

/** Locator for objects without source (createCluster): every finding at line 1, column 1. */
export const NO_SOURCE: Locator = () => ({ line: 1, column: 1 });

/**
 * Locator over ParsedObjects: the source-map entry of the path, else of its nearest ancestor
 * (`spec.ingress[0].ports[0].port` → `spec.ingress[0].ports[0]` → ... → `''`), else the
 * document's own position.
 */
export function sourceLocator(parsed: readonly unknown[]): Locator {
  return (index, path) => {
    const item = parsed[index];
    if (!isRecord(item)) return { line: 1, column: 1 };
    const source = isRecord(item.source) ? (item.source as Partial<ParsedObject['source']>) : {};
    const file = typeof source.file === 'string' ? { file: source.file } : {};
    const map = isRecord(item.sourceMap) ? (item.sourceMap as ParsedObject['sourceMap']) : {};
    for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
      const hit = Object.prototype.hasOwnProperty.call(map, current) ? map[current] : undefined;
      if (isRecord(hit) && typeof hit.line === 'number' && typeof hit.column === 'number') return { ...positionOf(hit), ...file };
    }
    const line = typeof source.line === 'number' ? source.line : 1;
    const column = typeof source.column === 'number' ? source.column : 1;
    return { line, column, ...file };
  };
}

function positionOf(hit: ParsedObject['sourceMap'][string]): Position {
  return {
    line: hit.line,
    column: hit.column,
    ...(typeof hit.endLine === 'number' ? { endLine: hit.endLine } : {}),
    ...(typeof hit.endColumn === 'number' ? { endColumn: hit.endColumn } : {}),
  };
}

/** `a.b[0].c` → `a.b[0]` → `a.b` → `a` → `''` → undefined. */
export function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

/** A context that turns findings into positioned Diagnostics. */
export function createCheckContext(
  cluster: Cluster,
  build: BuildResult,
  locate: Locator,
  checked: number | ((index: number) => boolean) = Infinity,
): { ctx: CheckContext; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byNamespace = new Map<string, PodInfo[]>();
  for (const pod of cluster.pods.values()) {
    const list = byNamespace.get(pod.namespace);
    if (list) list.push(pod);
    else byNamespace.set(pod.namespace, [pod]);
  }
  const ctx: CheckContext = {
    cluster,
    entries:
      checked === Infinity ? build.declared : build.declared.filter((entry) => (typeof checked === 'number' ? entry.index < checked : checked(entry.index))),
    podsIn: (namespace) => byNamespace.get(namespace) ?? [],
    report(entry, finding) {
      const index = typeof entry === 'number' ? entry : entry.index;
      const at = locate(index, finding.path);
      diagnostics.push({
        severity: finding.severity,
        code: finding.code,
        message: english(finding.text),
        text: finding.text,
        path: finding.path,
        ...at,
      });
    },
  };
  return { ctx, diagnostics };
}

/** `Kind namespace/name` or `Kind name` for cluster-scoped objects. */
export function objectLabel(object: KubeObject): string {
  const ns = object.metadata.namespace;
  return `${object.kind} ${typeof ns === 'string' ? `${ns}/` : ''}${String(object.metadata.name)}`;
}

/** The parameters naming an object in a message: its kind and `Kind namespace/name`. */
export function objectParams(object: KubeObject): { kind: string; object: string } {
  return { kind: object.kind, object: objectLabel(object) };
}
