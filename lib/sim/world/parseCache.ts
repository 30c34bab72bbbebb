// Incremental builds: a world rebuilt after one edit reparses only the sources whose text changed,
// and in a large source only the YAML documents whose text changed.
import { parseManifests, type ParseResult } from '../parse';
import { sameData } from '../support/contentKey';
import type { World } from './buildWorld';
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
 * (an exercise's read-only world, the learner's other files) is not parsed again. A build keeps
 * only what it used, so the cache holds one version of each source (and document). Cached
 * results are shared between builds: nothing downstream may change them (buildWorld copies what
 * it extends, the cluster build clones every object; tests/unit/sim/world/parseCache.test.ts
 * freezes them).
 *
 * An edit that leaves a file's result as it was (a comment typed at its end, trailing spaces:
 * the same objects at the same lines and columns, the same diagnostics) hands back the
 * earlier result object, so buildWorld sees every input unchanged and hands back its earlier
 * world (`reuse`), and runLab its earlier answer.
 *
 * A large source is read per YAML document (documentParse.ts): an edit in one document of a
 * 600 kB playground reparses that document, the others are placed at their (possibly moved)
 * lines. Objects that read as before keep their identity (SameObjects), so buildWorld reuses the
 * last cluster (`clusters`) even when lines moved.
 */
export class ParseCache {
  private entries = new Map<string, ParseResult>();
  private used = new Set<string>();
  /** The last result of each file (by server version and file). */
  private latest = new Map<string, ParseResult>();
  private last?: { inputs: readonly unknown[]; world: World };
  private readonly splitAbove: number;
  /** The world's last cluster builds (buildWorld reuses one when no object changed). */
  readonly clusters = new ClusterMemo();
  /** A reparsed source's or document's objects that did not change keep their identity. */
  private readonly objects = new SameObjects();

  /** `onStore` (for tests): called on every result parsed, whole or per document (e.g. to deep-freeze it). */
  constructor(
    private readonly onStore?: (result: ParseResult) => void,
    options: ParseCacheOptions = {},
  ) {
    this.splitAbove = options.splitAbove ?? SPLIT_ABOVE_CHARS;
  }

  parse(file: string, text: string, serverVersion: string | undefined): ParseResult {
    const prefix = `${serverVersion ?? ''}\u0000${file}\u0000`;
    const read = (part: string) => this.objects.canonical(parseManifests(part, { file, crossObjectChecks: false, serverVersion }));
    if (text.length < this.splitAbove || !splittable(text)) {
      return this.stored(`${prefix}whole\u0000${text}`, () => read(text), `${serverVersion ?? ''}\u0000${file}`);
    }
    this.latest.delete(`${serverVersion ?? ''}\u0000${file}`);
    return parseByDocument(text, file, (part, key) => this.stored(`${prefix}${key}`, () => read(part)));
  }

  /** A cached result, or `parse()` stored; a whole file's (`slot`) is its previous result when nothing changed. */
  private stored(key: string, parse: () => ParseResult, slot?: string): ParseResult {
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit) return hit;
    const parsed = parse();
    this.onStore?.(parsed);
    const result = slot === undefined ? parsed : this.sameAsBefore(slot, parsed);
    this.entries.set(key, result);
    return result;
  }

  /** The file's previous result when the new one holds exactly the same data, else the new one. */
  private sameAsBefore(slot: string, parsed: ParseResult): ParseResult {
    const before = this.latest.get(slot);
    if (before && sameData(before, parsed)) return before;
    this.latest.set(slot, parsed);
    return parsed;
  }

  /**
   * The world of the last build when it was built from exactly these inputs (the same parse
   * result objects and options, compared by identity), else undefined.
   */
  reuse(inputs: readonly unknown[]): World | undefined {
    const last = this.last;
    if (!last || last.inputs.length !== inputs.length) return undefined;
    return inputs.every((input, i) => Object.is(input, last.inputs[i])) ? last.world : undefined;
  }

  /** Remember the world a build made from these inputs (see reuse). */
  remember(inputs: readonly unknown[], world: World): void {
    this.last = { inputs, world };
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
