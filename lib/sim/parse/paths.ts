import { isRecord } from '../support/record';
export { isRecord };
/**
 * Object paths as used in diagnostics and source maps: `metadata.name`,
 * `spec.containers[0].image`, `metadata.labels["app.kubernetes.io/name"]`.
 * A key that contains `.`, `[`, `]`, `"` or whitespace (label and annotation keys often do)
 * is written in brackets as a JSON string, so every path reads back unambiguously.
 */
export type PathSegment = string | number;

const PLAIN_KEY = /^[^.[\]"\s]+$/;

/** Appends a mapping key to a path. */
export function joinPath(parent: string, key: string): string {
  if (!PLAIN_KEY.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Appends a sequence index to a path. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** Builds a path from segments (numbers are sequence indexes). */
export function pathOf(segments: readonly PathSegment[]): string {
  let path = '';
  for (const s of segments) path = typeof s === 'number' ? indexPath(path, s) : joinPath(path, s);
  return path;
}

/** Splits a path into segments; the inverse of `pathOf`. Returns [] for malformed paths. */
export function pathSegments(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]"\s]+)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path)) !== null) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(JSON.parse(m[2]) as string);
    else out.push(m[3]);
  }
  return re.lastIndex === path.length || path === '' ? out : [];
}

/** The path one level up (`spec.containers[0]` for `spec.containers[0].image`), or null at the root. */
export function parentPath(path: string): string | null {
  if (path === '') return null;
  const segments = pathSegments(path);
  return segments.length === 0 ? '' : pathOf(segments.slice(0, -1));
}

/** Converts an ajv instancePath (JSON pointer) to our path, using the data to tell indexes from keys. */
export function pointerToPath(pointer: string, data: unknown): string {
  if (pointer === '') return '';
  let path = '';
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(token)) {
      path = indexPath(path, Number(token));
      node = node[Number(token)];
    } else {
      path = joinPath(path, token);
      node = isRecord(node) && Object.hasOwn(node, token) ? node[token] : undefined;
    }
  }
  return path;
}

/** Reads the value at a path of segments, or undefined. Own properties only. */
export function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const s of segments) {
    if (typeof s === 'number') node = Array.isArray(node) ? node[s] : undefined;
    else node = isRecord(node) && Object.hasOwn(node, s) ? node[s] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** A plain mapping (not null, not an array). */
