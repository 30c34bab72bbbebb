// Incremental builds: a world rebuilt after one edit reparses only the sources whose text changed,
// and in a large source only the YAML documents whose text changed.
import { parseManifests, type ParseResult } from '../parse';
import { parseByDocument, splittable } from './documentParse';
import { ClusterMemo, SameObjects } from './clusterMemo';

/** Sources at least this long are parsed per document (a playground world); smaller ones whole. */
export const SPLIT_ABOVE_CHARS = 32 * 1024;

export interface ParseCacheOptions {
  /** Parse sources at least this long per document (default SPLIT_ABOVE_CHARS; 0: every source). */
  splitAbove?: number;
}

/**
 * The parse results of a world's sources, by file, server version and text. Hand the same cache
 * to every `buildWorld` of one world (the page worker keeps one per world): an unchanged source
 * (an exercise's read-only world, the learner's other files) is not parsed again. A large
 * source is read per YAML document (documentParse.ts): an edit in one document of a 600 kB
 * playground reparses that document, the others are placed at their (possibly moved) lines. A
 * build keeps only what it used, so the cache holds one version of each source and document.
 * Cached results are shared between builds: nothing downstream may change them (buildWorld
 * copies what it extends, the cluster build clones every object;
 * tests/unit/sim/world/parseCache.test.ts freezes them).
 */
export class ParseCache {
  private entries = new Map<string, ParseResult>();
  private used = new Set<string>();
  private readonly splitAbove: number;
  /** The world's last cluster builds (buildWorld reuses one when no object changed). */
  readonly clusters = new ClusterMemo();
  /** A reparsed document's objects that did not change (a comment typed in it) keep their identity. */
  private readonly objects = new SameObjects();

  /** `onStore` (for tests): called on every result stored, whole or per document (e.g. to deep-freeze it). */
  constructor(
    private readonly onStore?: (result: ParseResult) => void,
    options: ParseCacheOptions = {},
  ) {
    this.splitAbove = options.splitAbove ?? SPLIT_ABOVE_CHARS;
  }

  parse(file: string, text: string, serverVersion: string | undefined): ParseResult {
    const prefix = `${serverVersion ?? ''}\u0000${file}\u0000`;
    if (text.length < this.splitAbove || !splittable(text)) {
      return this.stored(`${prefix}whole\u0000${text}`, () => this.objects.canonical(parseManifests(text, { file, crossObjectChecks: false, serverVersion })));
    }
    return parseByDocument(text, file, (part, key) =>
      this.stored(`${prefix}${key}`, () => this.objects.canonical(parseManifests(part, { file, crossObjectChecks: false, serverVersion }))),
    );
  }

  private stored(key: string, parse: () => ParseResult): ParseResult {
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit) return hit;
    const result = parse();
    this.onStore?.(result);
    this.entries.set(key, result);
    return result;
  }

  /** After a build: forget the texts it did not use (older versions of an edited file or document). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
    this.objects.keep([...this.entries.values()].flatMap((r) => r.objects));
  }

  get size(): number {
    return this.entries.size;
  }
}
