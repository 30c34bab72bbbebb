import type { KubeObject, ParsedObject, SourceMap } from '../sim';
import type { SourcePointer } from './types';

/** `Kind/namespace/name` (namespace empty for cluster-scoped objects). */
export function objectKey(kind: string, namespace: string | undefined, name: string | undefined): string {
  return `${kind}/${namespace ?? ''}/${name ?? ''}`;
}

/** Finds objects the learner wrote and where they are, by `Kind/ns/name` or `Kind/name`. */
export class ObjectIndex {
  private readonly byKey = new Map<string, { object: KubeObject; source: SourcePointer; sourceMap: SourceMap }>();

  constructor(parsed: readonly ParsedObject[]) {
    for (const p of parsed) {
      const o = p.object;
      const pointer = { file: p.source.file ?? '', line: p.source.line, column: p.source.column };
      const sourceMap = p.sourceMap;
      const ns = typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : undefined;
      const name = typeof o.metadata?.name === 'string' ? o.metadata.name : undefined;
      this.byKey.set(objectKey(o.kind, ns, name), { object: o, source: pointer, sourceMap });
      if (!ns) this.byKey.set(objectKey(o.kind, 'default', name), { object: o, source: pointer, sourceMap });
    }
  }

  /** Look up `Kind/ns/name` or `Kind/name` (cluster-scoped, or namespace `default`). */
  find(target: string): { object: KubeObject; source: SourcePointer; sourceMap: SourceMap } | undefined {
    const parts = target.split('/');
    if (parts.length === 3) return this.byKey.get(objectKey(parts[0], parts[1], parts[2]));
    if (parts.length === 2) return this.byKey.get(objectKey(parts[0], '', parts[1])) ?? this.byKey.get(objectKey(parts[0], 'default', parts[1]));
    return undefined;
  }

  source(kind: string, namespace: string | undefined, name: string | undefined): SourcePointer | undefined {
    return this.entry(kind, namespace, name)?.source;
  }

  /** An object with its source and source map, by kind, namespace (or `default`) and name (which may be absent). */
  entry(kind: string, namespace: string | undefined, name: string | undefined): { object: KubeObject; source: SourcePointer; sourceMap: SourceMap } | undefined {
    return this.byKey.get(objectKey(kind, namespace ?? '', name)) ?? this.byKey.get(objectKey(kind, namespace ?? 'default', name));
  }

  all(): KubeObject[] {
    return [...new Set([...this.byKey.values()].map((v) => v.object))];
  }

  /** The position of a field (`spec.containers[0].securityContext`), or of its nearest written parent. */
  static fieldSource(found: { source: SourcePointer; sourceMap: SourceMap }, path: string | undefined): SourcePointer {
    let current = path ?? '';
    while (current) {
      const at = found.sourceMap[current];
      if (at) return { file: found.source.file, line: at.line, column: at.column };
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut > 0 ? current.slice(0, cut) : '';
    }
    return found.source;
  }
}
