/**
 * The simulator's deterministic clock. The lab's cluster came up at CLUSTER_START; the
 * session starts ten minutes later and every command line moves time forward a little, so
 * ages in `kubectl get` read like a real session (`10m`, then `4s` for what you just made).
 */

/** When the cluster (and every object of the starting world) was created. */
export const CLUSTER_START = Date.UTC(2024, 0, 1, 0, 0, 0);
const SESSION_OFFSET_MS = 10 * 60 * 1000;
const TICK_MS = 2000;

/** Milliseconds since the epoch at a session tick. */
export function nowAt(tick: number): number {
  const t = Number.isFinite(tick) && tick > 0 ? Math.floor(tick) : 0;
  return CLUSTER_START + SESSION_OFFSET_MS + Math.min(t, 1e9) * TICK_MS;
}

/** RFC 3339 in seconds, as metadata.creationTimestamp (`2024-01-01T00:10:02Z`). */
export function formatRfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** RFC 3339 with microseconds, as audit timestamps (`2024-01-01T00:10:02.000001Z`). */
export function formatMicros(ms: number, micros: number): string {
  const base = new Date(ms).toISOString().replace(/\.\d{3}Z$/, '');
  const frac = (Math.floor(ms % 1000) * 1000 + (micros % 1000)).toString().padStart(6, '0');
  return `${base}.${frac}Z`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(n: number): string {
  return n.toString().padStart(2, '0');
}

/** Go's time.RFC1123Z (`Mon, 01 Jan 2024 00:10:02 +0000`), as `kubectl describe` prints times. */
export function formatRfc1123z(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** Go's time.Time String() in UTC (`2024-01-01 00:10:02 +0000 UTC`). */
export function formatGoTime(ms: number): string {
  return `${new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '')} +0000 UTC`;
}

/** Parses an RFC 3339 timestamp; undefined when it is not one. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * apimachinery `duration.HumanDuration`, the AGE column of `kubectl get`:
 * `45s`, `2m5s`, `15m`, `3h20m`, `5h`, `3d4h`, `40d`, `2y30d`.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    return days === 0 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}
