// RFC 6902 JSON Patch, the patch format admission webhooks return (`patchType: JSONPatch`).
import { isRecord } from './attributes';
import type { JsonPatchOperation } from './types';

export type PatchResult = { ok: true; document: unknown } | { ok: false; error: string };

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function parsePointer(path: string): string[] | null {
  if (path === '') return [];
  if (!path.startsWith('/')) return null;
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Applies a JSON Patch to a copy of the document (the input is not changed). Never throws. */
export function applyJsonPatch(document: unknown, operations: readonly JsonPatchOperation[]): PatchResult {
  let doc: unknown;
  try {
    doc = clone(document);
  } catch {
    return { ok: false, error: 'document is not JSON' };
  }
  for (const [i, op] of operations.entries()) {
    const result = applyOne(doc, op);
    if (!result.ok) return { ok: false, error: `operation ${i} (${String(op?.op)} ${String(op?.path)}): ${result.error}` };
    doc = result.document;
  }
  return { ok: true, document: doc };
}

function applyOne(doc: unknown, op: JsonPatchOperation): PatchResult {
  const path = typeof op?.path === 'string' ? parsePointer(op.path) : null;
  if (!path) return { ok: false, error: 'invalid path' };
  switch (op.op) {
    case 'add':
      return setAt(doc, path, clone(op.value), 'add');
    case 'replace':
      return setAt(doc, path, clone(op.value), 'replace');
    case 'remove':
      return removeAt(doc, path);
    case 'test': {
      const current = getAt(doc, path);
      return current.found && JSON.stringify(current.value) === JSON.stringify(op.value) ? { ok: true, document: doc } : { ok: false, error: 'test failed' };
    }
    case 'copy':
    case 'move': {
      const from = typeof op.from === 'string' ? parsePointer(op.from) : null;
      const source = from ? getAt(doc, from) : { found: false, value: undefined };
      if (!from || !source.found) return { ok: false, error: 'from path not found' };
      const removed = op.op === 'move' ? removeAt(doc, from) : { ok: true as const, document: doc };
      return removed.ok ? setAt(removed.document, path, clone(source.value), 'add') : removed;
    }
    default:
      return { ok: false, error: 'unknown op' };
  }
}

function getAt(doc: unknown, path: string[]): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const token of path) {
    if (Array.isArray(cur) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < cur.length) cur = cur[Number(token)];
    else if (isRecord(cur) && Object.prototype.hasOwnProperty.call(cur, token)) cur = cur[token];
    else return { found: false, value: undefined };
  }
  return { found: true, value: cur };
}

function setAt(doc: unknown, path: string[], value: unknown, mode: 'add' | 'replace'): PatchResult {
  if (path.length === 0) return { ok: true, document: value };
  const parent = getAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent.found) return { ok: false, error: 'parent path not found' };
  const container = parent.value;
  if (Array.isArray(container)) {
    const index = last === '-' ? container.length : /^(0|[1-9]\d*)$/.test(last) ? Number(last) : -1;
    if (index < 0 || index > container.length || (mode === 'replace' && index >= container.length)) return { ok: false, error: 'index out of range' };
    if (mode === 'add') container.splice(index, 0, value);
    else container[index] = value;
    return { ok: true, document: doc };
  }
  if (!isRecord(container)) return { ok: false, error: 'parent is not an object or array' };
  if (mode === 'replace' && !Object.prototype.hasOwnProperty.call(container, last)) return { ok: false, error: 'path not found' };
  Object.defineProperty(container, last, { value, enumerable: true, writable: true, configurable: true });
  return { ok: true, document: doc };
}

function removeAt(doc: unknown, path: string[]): PatchResult {
  if (path.length === 0) return { ok: false, error: 'cannot remove the whole document' };
  const parent = getAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent.found) return { ok: false, error: 'path not found' };
  const container = parent.value;
  if (Array.isArray(container) && /^(0|[1-9]\d*)$/.test(last) && Number(last) < container.length) {
    container.splice(Number(last), 1);
    return { ok: true, document: doc };
  }
  if (isRecord(container) && Object.prototype.hasOwnProperty.call(container, last)) {
    delete container[last];
    return { ok: true, document: doc };
  }
  return { ok: false, error: 'path not found' };
}

/** Escapes one JSON Pointer token. */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}
