// Turning learner input (unknown values) into defaulted KubeObjects.
import type { KubeObject } from '../types';
import { asArray, cloneData, isRecord, type JsonRecord } from './objectUtils';
import { applyDefaults } from './defaults';
import { nameSuffix } from '../support/hash';
import { deepFreeze } from '../support/freeze';
import { isNamespacedKind } from './scope';
import { isWorkloadKind } from './workloads';
import type { BuildNote, BuildResult } from './types';

/** Total values copied from the input at most (see cloneData). */
const INPUT_BUDGET = 2_000_000;
const MAX_LIST_ITEMS = 50_000;
/**
 * The longest name the API server accepts for a Pod or a workload: a DNS subdomain, at most
 * 253 characters (apimachinery `pkg/util/validation/validation.go` DNS1123SubdomainMaxLength;
 * StatefulSets and others are stricter, which the per-object validation reports). Such an
 * object is rejected, so it is left out before any work that grows with the name (every
 * generated pod name embeds it).
 */
export const MAX_OBJECT_NAME = 253;

/**
 * Copies and defaults the input objects: `kind: List` documents are flattened (as kubectl
 * does), values without a string `kind` are ignored, namespaced kinds without a namespace go
 * to `default` (kubectl's default namespace) and cluster-scoped kinds lose theirs, a missing
 * `metadata.name` is made from `generateName` plus 5 deterministic characters, and API
 * defaulting is applied. When the same kind/namespace/name appears twice the later object
 * replaces the earlier one, as two `kubectl apply` runs would.
 */
export function collectObjects(input: readonly unknown[], options: CollectOptions = {}): BuildResult {
  const budget = { left: INPUT_BUDGET };
  const notes: BuildNote[] = [];
  const byKey = new Map<string, { object: KubeObject; index: number }>();
  const items = Array.isArray(input) ? input : [];
  items.forEach((value, index) => {
    const candidates = isRecord(value) && value.kind === 'List' ? asArray(value.items).slice(0, MAX_LIST_ITEMS) : [value];
    for (const candidate of candidates) {
      const object = options.immutableInput ? normalizedOnce(candidate, index, budget, notes) : normalizeObject(candidate, index, budget, notes);
      if (object === undefined) continue;
      const key = `${object.kind}/${String(object.metadata.namespace ?? '')}/${String(object.metadata.name)}`;
      const previous = byKey.get(key);
      if (previous !== undefined) {
        notes.push({ code: 'duplicate-object', index: previous.index, replacedBy: index, object });
        byKey.delete(key);
      }
      byKey.set(key, { object, index });
    }
  });
  if (budget.left <= 0) notes.push({ code: 'input-truncated', index: 0 });
  const declared = [...byKey.values()].sort((a, b) => a.index - b.index);
  return { declared, notes };
}

export interface CollectOptions {
  /**
   * The input objects are never changed by anyone (the parse cache's results, the shared
   * built-ins): each is copied and defaulted once, and later builds get a fresh copy of its
   * top level (normalizedOnce).
   */
  immutableInput?: boolean;
}

/** A copied and defaulted input object, what the copy cost of the input budget, and the index its generated name used. */
interface Normalized {
  object: KubeObject;
  cost: number;
  /** The input index, when the name was generated from it (`generateName`). */
  index?: number;
}
const normalized = new WeakMap<object, Normalized>();

/**
 * normalizeObject for an input nobody changes, copied and defaulted once: a later build gets
 * the same data with fresh `metadata`, `spec` and `status` records (the only ones the build
 * writes: pod placement, Service addresses, Namespace and Node fields), and pays the same
 * share of the input budget, so what is cut is what a fresh copy would cut.
 */
function normalizedOnce(value: unknown, index: number, budget: { left: number }, notes: BuildNote[]): KubeObject | undefined {
  const kept = isRecord(value) ? normalized.get(value) : undefined;
  if (kept && (kept.index === undefined || kept.index === index) && budget.left > kept.cost) {
    budget.left -= kept.cost;
    return topLevelCopy(kept.object);
  }
  const before = budget.left;
  const object = normalizeObject(value, index, budget, notes);
  const generated = isRecord(value) && !(isRecord(value.metadata) && typeof value.metadata.name === 'string' && value.metadata.name !== '');
  if (object && isRecord(value) && budget.left > 0) {
    normalized.set(value, { object: frozenBelowTop(topLevelCopy(object)), cost: before - budget.left, ...(generated ? { index } : {}) });
  }
  return object;
}

/** Freezes everything below the object's top-level records (shared by every copy handed out). */
function frozenBelowTop(object: KubeObject): KubeObject {
  for (const part of [object.metadata, object.spec, object.status]) {
    if (isRecord(part)) for (const key of Object.keys(part)) deepFreeze(part[key]);
  }
  for (const key of Object.keys(object)) if (key !== 'metadata' && key !== 'spec' && key !== 'status') deepFreeze(object[key]);
  return object;
}

function topLevelCopy(object: KubeObject): KubeObject {
  const copy: KubeObject = { ...object, metadata: { ...object.metadata } };
  if (isRecord(object.spec)) copy.spec = { ...object.spec };
  if (isRecord(object.status)) copy.status = { ...object.status };
  return copy;
}

function normalizeObject(value: unknown, index: number, budget: { left: number }, notes: BuildNote[]): KubeObject | undefined {
  if (!isRecord(value) || typeof value.kind !== 'string' || value.kind === '' || budget.left <= 0) {
    if (value !== null && value !== undefined) notes.push({ code: 'object-ignored', index });
    return undefined;
  }
  const copy = cloneData(value, budget) as JsonRecord;
  const metadata: JsonRecord = isRecord(copy.metadata) ? copy.metadata : {};
  const object = { ...copy, apiVersion: typeof copy.apiVersion === 'string' ? copy.apiVersion : '', kind: value.kind, metadata } as KubeObject;
  if (!nameObject(object, index)) {
    notes.push({ code: 'object-missing-name', index, object });
    return undefined;
  }
  if ((isWorkloadKind(object.kind) || object.kind === 'Pod') && String(metadata.name).length > MAX_OBJECT_NAME) {
    notes.push({ code: 'object-name-too-long', index, object });
    return undefined;
  }
  if (isNamespacedKind(object.kind)) {
    if (typeof metadata.namespace !== 'string' || metadata.namespace === '') metadata.namespace = 'default';
  } else {
    delete metadata.namespace;
  }
  applyDefaults(object);
  return object;
}

function nameObject(object: KubeObject, index: number): boolean {
  const metadata = object.metadata;
  if (typeof metadata.name === 'string' && metadata.name !== '') return true;
  if (typeof metadata.name === 'number') {
    metadata.name = String(metadata.name);
    return true;
  }
  if (typeof metadata.generateName === 'string' && metadata.generateName !== '') {
    metadata.name = `${metadata.generateName}${nameSuffix(`${metadata.generateName}/${index}`)}`;
    return true;
  }
  return false;
}
