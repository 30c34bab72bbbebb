/**
 * `kubectl run --overrides=JSON`: the generated object patched with the given JSON, by default
 * as a JSON merge patch (RFC 7386; `--override-type=merge`, kubectl's default). Upstream:
 * kubernetes/kubectl pkg/cmd/run/run.go (`overrides`, `overrideType`) and
 * pkg/cmd/util/override_options.go.
 */
import type { KubeObject } from '../types';
import { msg, type Message } from '../messages';
import { isRecord } from '../apiserver/objectData';

/** RFC 7386 merge patch: objects merge key by key, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (!isRecord(patch) || depth > 32) return patch;
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue;
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value, depth + 1);
  }
  return out;
}

/** The object with `--overrides` applied, or the error kubectl prints. */
export function applyOverrides(
  object: KubeObject,
  overrides: string | undefined,
  type: string | undefined,
): { object: KubeObject } | { error: string | Message } {
  if (overrides === undefined || overrides === '') return { object };
  if (type !== undefined && type !== 'merge') return { error: msg('kubectl.refuse.overrideType', { type }) };
  let patch: unknown;
  try {
    patch = JSON.parse(overrides);
  } catch (error) {
    // SIMPLIFICATION(k8s): Go's decoder words the error by context; we name the character and its offset.
    const at = Number(/position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? 0);
    return { error: `error: invalid character '${overrides[at] ?? ' '}' at offset ${at + 1} of --overrides (not valid JSON)` };
  }
  const merged = mergePatch(object, patch);
  if (!isRecord(merged) || typeof merged.kind !== 'string') return { error: "error: Object 'Kind' is missing in overrides" };
  return { object: merged as KubeObject };
}
