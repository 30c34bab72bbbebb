// The last cluster a world was built into, kept with the objects it was built from: an edit that
// leaves every object as it was (a comment typed, a line inserted above a document, a document
// parsed from the cache) gets the same cluster back instead of building 2,000 pods again.
import type { BuiltCluster } from '../cluster/buildCluster';
import type { ParseResult } from '../parse';
import type { KubeObject } from '../types';
import { contentKey } from '../support/contentKey';
import { shareNetworkMemos } from '../netpol/networkMemo';
import { shareRbacIndex } from '../rbac/rbacIndex';
import { sameNetworkInputs, sameRbacInputs } from './sameInputs';

/** A build whose input was cut by the input budget (collectObjects): what it left out is unknown here. */
const truncated = (built: BuiltCluster) => built.build.notes.some((note) => note.code === 'input-truncated');

/** What a cluster build read: the objects (by identity, in order; the built-ins are shared objects too) and the build's kind. */
export interface ClusterKey {
  slot: string;
  objects: readonly unknown[];
}

/**
 * One remembered build per slot (the checked build, the admitted one). Objects are compared by
 * identity: the parse cache hands out the same (never written) objects for an unchanged
 * document, and buildCluster is a function of its input objects and server version only.
 */
export class ClusterMemo {
  private last = new Map<string, { objects: readonly unknown[]; built: BuiltCluster }>();

  recall(key: ClusterKey): BuiltCluster | undefined {
    const kept = this.last.get(key.slot);
    if (!kept || kept.objects.length !== key.objects.length) return undefined;
    for (let i = 0; i < key.objects.length; i++) if (kept.objects[i] !== key.objects[i]) return undefined;
    return kept.built;
  }

  /**
   * Remember a build. When the slot's last build read the same network objects, or the same
   * RBAC objects (sameInputs.ts), the new cluster shares the answers kept for the last one.
   */
  keep(key: ClusterKey, built: BuiltCluster): void {
    const before = this.last.get(key.slot);
    this.last.set(key.slot, { objects: key.objects, built });
    if (!before || before.built.cluster === built.cluster || truncated(before.built) || truncated(built)) return;
    if (sameNetworkInputs(before.objects, key.objects)) shareNetworkMemos(before.built.cluster, built.cluster);
    if (sameRbacInputs(before.objects, key.objects)) shareRbacIndex(before.built.cluster, built.cluster);
  }
}

/**
 * The objects of the cache's documents by their content: a document parsed again (its text
 * changed) whose objects read exactly as before gets the earlier objects back, so the world's
 * objects keep their identity and ClusterMemo can reuse the cluster.
 */
export class SameObjects {
  private byText = new Map<string, KubeObject>();
  private texts = new WeakMap<KubeObject, string>();

  /** `result` (fresh from parseManifests, not yet shared) with earlier objects where they read the same. */
  canonical(result: ParseResult): ParseResult {
    if (this.byText.size === 0) return result;
    const swap = new Map<KubeObject, KubeObject>();
    for (const object of result.objects) {
      const text = this.textOf(object);
      const earlier = text === '' ? undefined : this.byText.get(text);
      if (earlier) swap.set(object, earlier);
    }
    if (swap.size === 0) return result;
    for (const p of result.parsed) p.object = swap.get(p.object) ?? p.object;
    return { ...result, objects: result.objects.map((o) => swap.get(o) ?? o) };
  }

  /** After a build: only the objects still cached are candidates. */
  keep(objects: readonly KubeObject[]): void {
    this.byText = new Map(objects.flatMap((o) => (this.textOf(o) === '' ? [] : [[this.textOf(o), o] as const])));
  }

  private textOf(object: KubeObject): string {
    let text = this.texts.get(object);
    if (text === undefined) this.texts.set(object, (text = contentKey(object) ?? ''));
    return text;
  }
}
