// Deterministic stand-ins for the names controllers generate.

/** The 27 characters Kubernetes uses for generated name parts (no vowels, no 0/1/3). */
const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** 32-bit FNV-1a over the UTF-16 code units of a string. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
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
  for (let i = 0; i < digits.length; i++) out += SAFE_ALPHANUMS[digits.charCodeAt(i) % SAFE_ALPHANUMS.length];
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
    out += SAFE_ALPHANUMS[state % SAFE_ALPHANUMS.length];
  }
  return out;
}
