// Incremental builds: a world rebuilt after one edit reparses only the sources whose text changed.
import { parseManifests, type ParseResult } from '../parse';
import { contentKey } from '../support/contentKey';
import type { World } from './buildWorld';

/**
 * The parse results of a world's sources, by file, server version and text. Hand the same cache
 * to every `buildWorld` of one world (the page worker keeps one per world): an unchanged source
 * (an exercise's read-only world, the learner's other files) is not parsed again. A build keeps
 * only what it used, so the cache holds one version of each source. Cached results are shared
 * between builds: nothing downstream may change them (buildWorld copies what it extends, the
 * cluster build clones every object; tests/unit/sim/world/parseCache.test.ts freezes them).
 *
 * An edit that leaves a file's result as it was (a comment typed at its end, trailing spaces:
 * the same objects at the same lines and columns, the same diagnostics) hands back the
 * earlier result object, so buildWorld sees every input unchanged and hands back its earlier
 * world (`reuse`), and runLab its earlier answer.
 */
export class ParseCache {
  private entries = new Map<string, ParseResult>();
  private used = new Set<string>();
  /** The last result of each file (by server version and file) and its content key. */
  private latest = new Map<string, { key: string; result: ParseResult }>();
  private last?: { inputs: readonly unknown[]; world: World };
  /** For tests: called on every result parsed (e.g. to deep-freeze it). */
  constructor(private readonly onStore?: (result: ParseResult) => void) {}

  parse(file: string, text: string, serverVersion: string | undefined): ParseResult {
    const key = `${serverVersion ?? ''}\u0000${file}\u0000${text}`;
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit) return hit;
    const parsed = parseManifests(text, { file, crossObjectChecks: false, serverVersion });
    this.onStore?.(parsed);
    const result = this.sameAsBefore(`${serverVersion ?? ''}\u0000${file}`, parsed);
    this.entries.set(key, result);
    return result;
  }

  /** The file's previous result when the new one holds exactly the same data, else the new one. */
  private sameAsBefore(slot: string, parsed: ParseResult): ParseResult {
    const content = contentKey(parsed);
    const before = this.latest.get(slot);
    if (content !== undefined && before?.key === content) return before.result;
    if (content === undefined) this.latest.delete(slot);
    else this.latest.set(slot, { key: content, result: parsed });
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

  /** After a build: forget the texts it did not use (older versions of an edited file). */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
