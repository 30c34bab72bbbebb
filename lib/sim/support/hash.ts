// Deterministic stand-ins for random identifiers: uids, container ids, audit ids, and the
// names controllers generate (pod-template-hash, 5-character suffixes).

/** 32-bit FNV-1a over the UTF-16 code units of a string. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** murmur3's finalizer: spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** `length` hex digits derived from a seed. */
export function hexFrom(seed: string, length: number): string {
  let out = '';
  let state = fnv1a32(seed);
  let i = 0;
  while (out.length < length) {
    state = mix32(state + Math.imul(i++ + 1, 0x9e3779b9));
    out += state.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** A UUID-shaped (version 4 layout) deterministic id. */
export function uuidFrom(seed: string): string {
  const h = hexFrom(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The 27 characters Kubernetes uses for generated name parts (no vowels, no 0/1/3). */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** A 5-character suffix like the ones controllers and generateName add. */
export function suffixFrom(seed: string, length = 5): string {
  let out = '';
  const hex = hexFrom(`suffix:${seed}`, length * 8);
  for (let i = 0; i < length; i++) out += SAFE[parseInt(hex.slice(i * 8, i * 8 + 8), 16) % SAFE.length];
  return out;
}

/** UTF-8 bytes of a string (TextEncoder is not in the simulator's lib). */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Standard base64 of a string's UTF-8 bytes (RFC 4648 section 4). */
export function base64(text: string): string {
  const bytes = utf8Bytes(text);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      alphabet[(n >> 18) & 63] +
      alphabet[(n >> 12) & 63] +
      (i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : '=') +
      (i + 2 < bytes.length ? alphabet[n & 63] : '=');
  }
  return out;
}

/** base64url without padding (RFC 4648 section 5), as JWTs use it. */
export function base64url(text: string): string {
  return base64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A pod-template-hash-like value: the decimal FNV-1a hash encoded character by character
 * into the safe alphabet, as the Deployment controller does with `rand.SafeEncodeString`
 * (so it uses only `4-9`, `b`, `c`, `d`, `f`, like real ones, e.g. `7c5ddbdf54`).
 * SIMPLIFICATION(k8s): the real hash covers the serialized pod template and a collision
 * count; ours covers whatever seed the caller passes (the template as JSON).
 */
export function templateHash(seed: string): string {
  const digits = String(fnv1a32(seed));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += SAFE[digits.charCodeAt(i) % SAFE.length];
  return out;
}

/**
 * A deterministic replacement for the random 5-character suffix of generated names
 * (`utilrand.String(5)` in the ReplicaSet/DaemonSet/Job controllers and `generateName`).
 */
export function nameSuffix(seed: string, length = 5): string {
  let out = '';
  let state = fnv1a32(seed);
  for (let i = 0; i < length; i++) {
    state = fnv1a32(`${state}:${i}:${seed}`);
    out += SAFE[state % SAFE.length];
  }
  return out;
}
