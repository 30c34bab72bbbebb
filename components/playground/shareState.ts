/**
 * The playground's state in a URL fragment: JSON, compressed with the browser's
 * CompressionStream('deflate-raw'), in base64url. The fragment (after `#`) is never sent to
 * a server, so sharing a link sends nothing anywhere.
 */

export type PlaygroundTab = 'traffic' | 'permissions' | 'admission' | 'attack' | 'terminal';

export interface PlaygroundState {
  /** The editor's manifests. */
  text: string;
  /** The world it started from (informative). */
  world?: string;
  tab?: PlaygroundTab;
  /** Traffic view port and protocol, as typed. */
  port?: string;
  protocol?: string;
}

export const FRAGMENT_KEY = 's';
/** Refuse to inflate beyond this (a hostile link cannot blow up memory). */
export const MAX_STATE_CHARS = 2 * 1024 * 1024 + 4096;
const TABS: readonly string[] = ['traffic', 'permissions', 'admission', 'attack', 'terminal'];

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Why a link could not be opened (a key of lib/i18n/site.ts, shown in the learner's language). */
export type ShareLinkProblem = 'shareTooLong' | 'shareTooLarge' | 'shareNotOurs';

export class ShareLinkError extends Error {
  constructor(
    readonly problem: ShareLinkProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A link's encoded state is never longer than this: checked before any decoding. */
export const MAX_ENCODED_CHARS = 1_000_000;
/** Compressed bytes handed to the inflater at a time: deflate inflates at most ~1032×, so one slice yields at most ~1 MB. */
const INFLATE_SLICE = 1024;

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Run bytes through a (de)compression stream, in small slices, counting the output as it comes:
 * past `limit` bytes everything is cancelled at once, so a link of zeros that inflates to a
 * gigabyte never holds more than `limit` plus one slice's output in memory.
 */
export async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let aborted = false;
  const feeding = (async () => {
    for (let i = 0; i < bytes.length && !aborted; i += INFLATE_SLICE) {
      await writer.ready;
      await writer.write(bytes.subarray(i, i + INFLATE_SLICE) as Uint8Array<ArrayBuffer>);
    }
    if (!aborted) await writer.close();
  })().catch(() => undefined); // a cancelled or corrupt stream: the reader reports it
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        aborted = true;
        throw new ShareLinkError('shareTooLarge', 'too large');
      }
      chunks.push(value);
    }
  } catch (error) {
    aborted = true;
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
    throw error instanceof ShareLinkError ? error : new ShareLinkError('shareNotOurs', 'not a playground link');
  }
  await feeding;
  return concat(chunks, size);
}

/** The state as the text after `#s=`. */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER));
}

/** Read a state back; throws with a short reason when the text is not one of ours. */
export async function decodeState(encoded: string): Promise<PlaygroundState> {
  if (encoded.length > MAX_ENCODED_CHARS) throw new ShareLinkError('shareTooLong', 'too large');
  let compressed: Uint8Array;
  try {
    compressed = fromBase64Url(encoded);
  } catch {
    throw new ShareLinkError('shareNotOurs', 'not base64url');
  }
  const bytes = await pipe(compressed, new DecompressionStream('deflate-raw'), MAX_STATE_CHARS * 3);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ShareLinkError('shareNotOurs', 'not JSON');
  }
  return readState(value);
}

/** Validate a decoded state: unknown fields are dropped, a missing text is an error. */
export function readState(value: unknown): PlaygroundState {
  if (typeof value !== 'object' || value === null) throw new ShareLinkError('shareNotOurs', 'not an object');
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') throw new ShareLinkError('shareNotOurs', 'no manifests');
  if (v.text.length > MAX_STATE_CHARS) throw new ShareLinkError('shareTooLarge', 'too large');
  const state: PlaygroundState = { text: v.text };
  if (typeof v.world === 'string') state.world = v.world;
  if (typeof v.tab === 'string' && TABS.includes(v.tab)) state.tab = v.tab as PlaygroundTab;
  if (typeof v.port === 'string') state.port = v.port;
  if (typeof v.protocol === 'string') state.protocol = v.protocol;
  return state;
}

/** The encoded state inside a location hash (`#s=...`), or null. */
export function stateFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(FRAGMENT_KEY);
}
