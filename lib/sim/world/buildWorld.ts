// One world pipeline: named sources in, parsed objects + one cluster + positioned diagnostics out.
import type { Cluster, Diagnostic, KubeObject } from '../types';
import { parseManifests, type ParsedManifest, type ParseResult } from '../parse';
import { buildCluster, type BuiltCluster } from '../cluster/buildCluster';
import { sharedBuiltinObjects } from '../cluster/builtin';
import { internalErrorDiagnostic, runChecks } from '../cluster/checkCluster';
import { sourceLocator } from '../cluster/checkContext';
import { DEFAULT_SERVER_VERSION, parseServerVersion, type ServerVersion } from '../version';
import type { ParseCache } from './parseCache';
import type { ClusterMemo } from './clusterMemo';

/** One named text the world is made of (a lesson's world file, a learner's file, the playground). */
export interface WorldSource {
  file: string;
  text: string;
  /**
   * The learner cannot edit it (an exercise's world): its own parse diagnostics are kept, but
   * cross-object findings that point into it are dropped (nothing the learner could fix there).
   */
  readOnly?: boolean;
}

export interface WorldOptions {
  /**
   * Where cross-object findings without a file go (default: the first editable source, else
   * the first source).
   */
  fallbackFile?: string;
  /** The simulated API server's version (`1.34`; default 1.35): parsing and the cluster follow it. */
  serverVersion?: string;
  /**
   * Hold the built-in objects of a fresh cluster (bootstrap RBAC, kube-system, the node:
   * lib/sim/cluster/builtin.ts), in the order a terminal session has them: the node, the
   * read-only sources, the other built-ins, then the editable sources as if applied.
   */
  builtins?: boolean;
  /**
   * What the API server accepts of the parsed objects, given their diagnostics (lib/lesson's
   * Admission: an object with an error is rejected whole). It may first add diagnostics of its
   * own (the lesson's trap detectors). When it leaves some out, the cluster is built again
   * from the rest; diagnostics stay those of every object.
   */
  admit?: (parsed: readonly ParsedManifest[], diagnostics: Record<string, Diagnostic[]>) => readonly unknown[];
  /** Reuse the parse of sources unchanged since the last build with this cache (parseCache.ts). */
  cache?: ParseCache;
}

/** Everything built from the sources, once: what the checker, the views and the terminal read. */
export interface World {
  /** Every object of every source, in source order. */
  objects: KubeObject[];
  /** The same objects with their source file, line, column and field source map. */
  parsed: ParsedManifest[];
  /** The cluster snapshot (defaulted, workloads expanded, addresses assigned). */
  cluster: Cluster;
  /** Diagnostics by file: parse errors of each source, then the cross-object findings positioned on it. */
  diagnostics: Record<string, Diagnostic[]>;
  /** Some diagnostic has severity `error`. */
  hasErrors: boolean;
}

/**
 * Builds the world of a page once: each source is parsed (YAML, schema, per-object checks),
 * the cluster is built once from every object together, and the cross-object checks
 * (lib/sim/cluster/checkCluster: a binding in one file may name a Role in another) run once
 * during that build, positioned through each object's source map. Never throws.
 */
export function buildWorld(sources: readonly WorldSource[], options: WorldOptions = {}): World {
  const list = Array.isArray(sources) ? sources.filter((s) => typeof s?.file === 'string') : [];
  const results = list.map(({ file, text }) => {
    const source = typeof text === 'string' ? text : '';
    return options.cache
      ? options.cache.parse(file, source, options.serverVersion)
      : parseManifests(source, { file, crossObjectChecks: false, serverVersion: options.serverVersion });
  });
  options.cache?.sweep();
  if (!options.cache) return assemble(list, results, options);
  // Everything the world is made of: when each is the very object of the last build, so is the world.
  const inputs = [
    options.serverVersion,
    options.builtins,
    options.fallbackFile,
    options.admit,
    ...list.flatMap((s, i) => [s.file, s.readOnly === true, results[i]]),
  ];
  const reused = options.cache.reuse(inputs);
  if (reused) return reused;
  const world = assemble(list, results, options);
  options.cache.remember(inputs, world);
  return world;
}

/** The world of parsed sources: one cluster, the cross-object findings, what the API server admits. */
function assemble(list: readonly WorldSource[], results: readonly ParseResult[], options: WorldOptions): World {
  const diagnostics: Record<string, Diagnostic[]> = {};
  const objects: KubeObject[] = [];
  const parsed: ParsedManifest[] = [];
  list.forEach(({ file }, i) => {
    const result = results[i];
    (diagnostics[file] ??= []).push(...result.diagnostics);
    objects.push(...result.objects);
    parsed.push(...result.parsed.map((p) => inFile(p, file)));
  });
  const readOnly = new Set(list.filter((s) => s.readOnly).map((s) => s.file));
  const version = parseServerVersion(options.serverVersion) ?? DEFAULT_SERVER_VERSION;
  const { cluster: checkedCluster, findings } = clusterOf(ordered(parsed, readOnly, options.builtins === true), version, true, options.cache?.clusters);
  const fallback = options.fallbackFile ?? list.find((s) => !s.readOnly)?.file ?? list[0]?.file ?? '';
  for (const finding of findings) {
    const file = finding.file !== undefined && diagnostics[finding.file] ? finding.file : fallback;
    if (readOnly.has(file)) continue;
    (diagnostics[file] ??= []).push(finding);
  }
  for (const file of Object.keys(diagnostics)) diagnostics[file].sort((a, b) => a.line - b.line || a.column - b.column);
  const kept = options.admit ? new Set(options.admit(parsed, diagnostics)) : undefined;
  const admitted = kept ? parsed.filter((p) => kept.has(p)) : parsed;
  const hasErrors = Object.values(diagnostics).some((ds) => ds.some((d) => d.severity === 'error'));
  const cluster =
    admitted.length === parsed.length
      ? checkedCluster
      : clusterOf(ordered(admitted, readOnly, options.builtins === true), version, false, options.cache?.clusters).cluster;
  return { objects, parsed, cluster, diagnostics, hasErrors };
}

/**
 * The parsed object as an object of `file`, read lazily (its source map is built when something
 * reads it, e.g. a finding's position: most objects of a 2,000-pod world never need one).
 */
function inFile(p: ParsedManifest, file: string): ParsedManifest {
  const entry = { object: p.object, valid: p.valid } as ParsedManifest;
  let source: ParsedManifest['source'] | undefined;
  Object.defineProperty(entry, 'sourceMap', { get: () => p.sourceMap, enumerable: true, configurable: true });
  Object.defineProperty(entry, 'source', { get: () => (source ??= { ...p.source, file }), enumerable: true, configurable: true });
  return entry;
}

/** One input of the cluster build: a learner's or world object (with its source), or a built-in one. */
type Item = ParsedManifest | { object: KubeObject; builtin: true };

/**
 * The objects in creation order: without built-ins, as the sources give them; with them, as a
 * terminal session holds them (lib/sim/cluster/builtin.ts withBuiltins): the built-in node,
 * the read-only sources, the other built-ins, then the editable sources.
 */
function ordered(parsed: readonly ParsedManifest[], readOnly: Set<string>, builtins: boolean): Item[] {
  if (!builtins) return [...parsed];
  const world = parsed.filter((p) => readOnly.has(p.source.file ?? ''));
  const applied = parsed.filter((p) => !readOnly.has(p.source.file ?? ''));
  const extra = sharedBuiltinObjects(parsed.map((p) => p.object)).map((object): Item => ({ object, builtin: true }));
  const isNode = (item: Item) => item.object.kind === 'Node';
  return [...extra.filter(isNode), ...world, ...extra.filter((i) => !isNode(i)), ...applied];
}

/**
 * The cluster and the cross-object findings on the sources' objects (built-ins are not checked),
 * from one build. With a memo, a build from the same objects as the last one is reused: only the
 * findings are positioned again (the objects may have moved in their files); the cluster keeps
 * its identity unless they changed (a new one shares the rest).
 */
function clusterOf(items: readonly Item[], version: ServerVersion, check = true, memo?: ClusterMemo): { cluster: Cluster; findings: Diagnostic[] } {
  try {
    const isSource = (index: number) => !('builtin' in (items[index] ?? {}));
    const findingsOf = (built: BuiltCluster) => runChecks(built, sourceLocator(items), false, isSource);
    const key = { slot: `${check}\u0000${JSON.stringify(version)}`, objects: items.map((p) => p.object) };
    const kept = memo?.recall(key);
    if (kept && memo) {
      const findings = check ? findingsOf(kept) : [];
      if (JSON.stringify(findings) === JSON.stringify(kept.cluster.diagnostics)) return { cluster: kept.cluster, findings };
      const cluster = Object.freeze({ ...kept.cluster, diagnostics: findings });
      memo.keep(key, { cluster, build: kept.build });
      return { cluster, findings: findings.slice() };
    }
    // With a parse cache the next build gets the same (never changed) parsed objects, and the
    // built-ins are shared ones: the build copies and defaults each object once and
    // reuses the copy while it is unchanged. Without one (a single build) keeping copies only costs.
    const built = buildCluster(
      items.map((p) => p.object),
      check ? findingsOf : undefined,
      version,
      { immutableInput: memo !== undefined },
    );
    memo?.keep(key, built);
    return { cluster: built.cluster, findings: built.cluster.diagnostics.slice() };
  } catch (error) {
    const empty = buildCluster([], undefined, version).cluster;
    return { cluster: empty, findings: [internalErrorDiagnostic(error)] };
  }
}
