// One world pipeline: named sources in, parsed objects + one cluster + positioned diagnostics out.
import type { Cluster, Diagnostic, KubeObject } from '../types';
import { parseManifests, type ParsedManifest } from '../parse';
import { buildCluster } from '../cluster/buildCluster';
import { internalErrorDiagnostic, runChecks } from '../cluster/checkCluster';
import { sourceLocator } from '../cluster/checkContext';

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
  const diagnostics: Record<string, Diagnostic[]> = {};
  const objects: KubeObject[] = [];
  const parsed: ParsedManifest[] = [];
  const list = Array.isArray(sources) ? sources.filter((s) => typeof s?.file === 'string') : [];
  for (const { file, text } of list) {
    const result = parseManifests(typeof text === 'string' ? text : '', { file, crossObjectChecks: false });
    (diagnostics[file] ??= []).push(...result.diagnostics);
    objects.push(...result.objects);
    parsed.push(...result.parsed.map((p) => ({ ...p, source: { ...p.source, file } })));
  }
  const { cluster, findings } = clusterOf(parsed);
  const readOnly = new Set(list.filter((s) => s.readOnly).map((s) => s.file));
  const fallback = options.fallbackFile ?? list.find((s) => !s.readOnly)?.file ?? list[0]?.file ?? '';
  for (const finding of findings) {
    const file = finding.file !== undefined && diagnostics[finding.file] ? finding.file : fallback;
    if (readOnly.has(file)) continue;
    (diagnostics[file] ??= []).push(finding);
  }
  for (const file of Object.keys(diagnostics)) diagnostics[file].sort((a, b) => a.line - b.line || a.column - b.column);
  const hasErrors = Object.values(diagnostics).some((ds) => ds.some((d) => d.severity === 'error'));
  return { objects, parsed, cluster, diagnostics, hasErrors };
}

/** The cluster and its cross-object findings, from one build (not one build per question). */
function clusterOf(parsed: readonly ParsedManifest[]): { cluster: Cluster; findings: Diagnostic[] } {
  try {
    const { cluster } = buildCluster(parsed.map((p) => p.object), (built) => runChecks(built, sourceLocator(parsed), false));
    return { cluster, findings: cluster.diagnostics.slice() };
  } catch (error) {
    const empty = buildCluster([]).cluster;
    return { cluster: empty, findings: [internalErrorDiagnostic(error)] };
  }
}
