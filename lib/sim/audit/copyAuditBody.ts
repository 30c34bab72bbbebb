import { isRecord } from './policyChecks';

const MAX_DEPTH = 64;

function copyJson(value: unknown, depth: number, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) return null;
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item: unknown) => copyJson(item, depth + 1, seen));
  } else {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && typeof item !== 'function' && typeof item !== 'symbol') {
        Object.defineProperty(copy, key, { value: copyJson(item, depth + 1, seen), enumerable: true, writable: true, configurable: true });
      }
    }
    out = copy;
  }
  seen.delete(value);
  return out;
}

function withoutManagedFields(value: unknown): unknown {
  if (!isRecord(value)) return value;
  let out: Record<string, unknown> = value;
  if (isRecord(value.metadata) && 'managedFields' in value.metadata) {
    const { managedFields: _dropped, ...metadata } = value.metadata;
    out = { ...value, metadata };
  }
  if (Array.isArray(out.items)) out = { ...out, items: out.items.map(withoutManagedFields) };
  return out;
}

/**
 * A JSON copy of a request or response body as the audit log stores it (k8s.io/apiserver
 * `pkg/audit/request.go` encodeObject), without `metadata.managedFields` (also of list items)
 * when omitManagedFields is in effect (copyWithoutManagedFields). Cycles and excessive depth
 * become null instead of hanging.
 */
export function copyAuditBody(value: unknown, omitManagedFields: boolean): unknown {
  const copy = copyJson(value, 0, new Set());
  return omitManagedFields ? withoutManagedFields(copy) : copy;
}
