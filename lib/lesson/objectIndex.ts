import type { KubeObject, ParsedObject, SourceMap } from '../sim';
import type { SourcePointer } from './types';

/** `Kind/namespace/name` (namespace empty for cluster-scoped objects). */
export function objectKey(kind: string, namespace: string | undefined, name: string | undefined): string {
  return `${kind}/${namespace ?? ''}/${name ?? ''}`;
}

interface Entry {
  object: KubeObject;
  source: SourcePointer;
  sourceMap: SourceMap;
}

/** Finds objects the learner wrote and where they are, by `Kind/ns/name` or `Kind/name`. */
export class ObjectIndex {
  private readonly byKey = new Map<string, Entry>();

  constructor(parsed: readonly ParsedObject[]) {
    for (const p of parsed) {
      const o = p.object;
      // The source map is read when a goal points into the object (building one walks the YAML events).
      const entry = { object: o, source: { file: p.source.file ?? '', line: p.source.line, column: p.source.column } } as Entry;
      Object.defineProperty(entry, 'sourceMap', { get: () => p.sourceMap, enumerable: true, configurable: true });
      const ns = typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : undefined;
      const name = typeof o.metadata?.name === 'string' ? o.metadata.name : undefined;
      this.byKey.set(objectKey(o.kind, ns, name), entry);
      if (!ns) this.byKey.set(objectKey(o.kind, 'default', name), entry);
    }
  }

  /** Look up a goal's target text, `Kind/ns/name` or `Kind/name` (cluster-scoped, or namespace `default`). */
  find(target: string): Entry | undefined {
    const parts = target.split('/');
    if (parts.length === 3) return this.byKey.get(objectKey(parts[0], parts[1], parts[2]));
    if (parts.length === 2) return this.get(parts[0], undefined, parts[1]);
    return undefined;
  }

  /** Look up by kind, namespace and name; without a namespace, cluster-scoped or in `default` (typed: nothing is parsed). */
  get(kind: string, namespace: string | undefined, name: string): Entry | undefined {
    if (namespace) return this.byKey.get(objectKey(kind, namespace, name));
    return this.byKey.get(objectKey(kind, '', name)) ?? this.byKey.get(objectKey(kind, 'default', name));
  }

  source(kind: string, namespace: string | undefined, name: string | undefined): SourcePointer | undefined {
    return this.entry(kind, namespace, name)?.source;
  }

  /** An object with its source and source map, by kind, namespace (or `default`) and name (which may be absent). */
  entry(
    kind: string,
    namespace: string | undefined,
    name: string | undefined,
  ): { object: KubeObject; source: SourcePointer; sourceMap: SourceMap } | undefined {
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
