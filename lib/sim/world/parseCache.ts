// Incremental builds: a world rebuilt after one edit reparses only the sources whose text changed.
import { parseManifests, type ParseResult } from '../parse';

/**
 * The parse results of a world's sources, by file, server version and text. Hand the same cache
 * to every `buildWorld` of one world (the page worker keeps one per world): an unchanged source
 * (an exercise's read-only world, the learner's other files) is not parsed again. A build keeps
 * only what it used, so the cache holds one version of each source. Cached results are shared
 * between builds: nothing downstream may change them (buildWorld copies what it extends, the
 * cluster build clones every object; tests/unit/sim/world/parseCache.test.ts freezes them).
 */
export class ParseCache {
  private entries = new Map<string, ParseResult>();
  private used = new Set<string>();
  /** For tests: called on every result stored (e.g. to deep-freeze it). */
  constructor(private readonly onStore?: (result: ParseResult) => void) {}

  parse(file: string, text: string, serverVersion: string | undefined): ParseResult {
    const key = `${serverVersion ?? ''}\u0000${file}\u0000${text}`;
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit) return hit;
    const result = parseManifests(text, { file, crossObjectChecks: false, serverVersion });
    this.onStore?.(result);
    this.entries.set(key, result);
    return result;
  }

  /** After a build: forget the texts it did not use (older versions of an edited file). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
