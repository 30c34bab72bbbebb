// IPv4/IPv6 addresses and CIDR blocks as numbers, for ipBlock matching and address allocation.

export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

export interface Cidr {
  family: 4 | 6;
  /** Network address (host bits cleared: `10.0.0.7/24` is read as `10.0.0.0/24`). */
  network: bigint;
  prefix: number;
  /** Mask of the prefix bits. */
  mask: bigint;
}

const DECIMAL_OCTET = /^(0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Parses dotted-quad IPv4 (no leading zeros, as Go's netip) or IPv6 text; undefined if invalid. */
export function parseIp(text: unknown): IpAddress | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined;
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 4, value: BigInt(value) };
}

/** IPv4 text to a 32-bit unsigned number, or undefined. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
  const groups = expandEmbeddedIpv4([...head, ...(halves.length === 2 ? ['::'] : []), ...tail]);
  if (groups === undefined) return undefined;
  const explicit = groups.filter((g) => g !== '::').length;
  if (halves.length === 2 ? explicit > 7 : explicit !== 8) return undefined;
  let value = 0n;
  for (const group of groups) {
    if (group === '::') {
      value <<= BigInt(16 * (8 - explicit));
      continue;
    }
    if (!HEX_GROUP.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** Replaces a trailing dotted IPv4 part (`::ffff:1.2.3.4`) by two hex groups. */
function expandEmbeddedIpv4(groups: string[]): string[] | undefined {
  const last = groups[groups.length - 1];
  if (last === undefined || !last.includes('.')) return groups;
  const v4 = parseIpv4(last);
  if (v4 === undefined) return undefined;
  return [...groups.slice(0, -1), Math.floor(v4 / 65536).toString(16), (v4 % 65536).toString(16)];
}

/** Parses `addr/prefix`; host bits are cleared. Undefined when invalid. */
export function parseCidr(text: unknown): Cidr | undefined {
  if (typeof text !== 'string') return undefined;
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (address === undefined || !/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = address.family === 4 ? 32 : 128;
  if (prefix > bits) return undefined;
  const mask = prefixMask(bits, prefix);
  return { family: address.family, network: address.value & mask, prefix, mask };
}

function prefixMask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

/** Is the address inside the block? Never across families (IPv4 never matches an IPv6 block). */
export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  return cidr.family === address.family && (address.value & cidr.mask) === cidr.network;
}

/** Is `inner` a strict subset of `outer` (inside it, with a longer prefix)? */
export function cidrStrictlyInside(inner: Cidr, outer: Cidr): boolean {
  return inner.family === outer.family && inner.prefix > outer.prefix && cidrContains(outer, { family: inner.family, value: inner.network });
}

/** A 32-bit number as dotted-quad text. */
export function formatIpv4(value: number): string {
  const v = value >>> 0;
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/** Canonical text of an address (for keys: `10.0.0.1`, IPv6 as 8 hex groups). */
export function ipKey(address: IpAddress): string {
  return `${address.family}:${address.value.toString(16)}`;
}
