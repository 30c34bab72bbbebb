/**
 * CIDR parsing as Go's net.ParseCIDR does it (what NetworkPolicy validation uses): IPv4
 * dotted quads without leading zeros, IPv6 with `::` compression and an optional dotted
 * IPv4 tail, a prefix length within the family's bit width.
 */
export interface Cidr {
  family: 4 | 6;
  /** The address as written (host bits included). */
  address: bigint;
  prefix: number;
  /** True when the host bits are zero (`10.0.0.0/24`, not `10.0.0.7/24`). */
  canonical: boolean;
}

/** Parses `text`, or returns null when it is not a CIDR. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0 || !/^\d{1,3}$/.test(text.slice(slash + 1))) return null;
  const prefix = Number(text.slice(slash + 1));
  const ip = text.slice(0, slash);
  const v4 = parseIPv4(ip);
  const family: 4 | 6 = v4 !== null ? 4 : 6;
  const address = v4 ?? parseIPv6(ip);
  const width = family === 4 ? 32 : 128;
  if (address === null || prefix > width) return null;
  const hostMask = (1n << BigInt(width - prefix)) - 1n;
  return { family, address, prefix, canonical: (address & hostMask) === 0n };
}

/** The network part of a CIDR as text (`10.0.0.0/24` for `10.0.0.7/24`). */
export function formatNetwork(cidr: Cidr): string {
  const width = cidr.family === 4 ? 32 : 128;
  const network = cidr.address & ~((1n << BigInt(width - cidr.prefix)) - 1n);
  if (cidr.family === 4) {
    return `${[24n, 16n, 8n, 0n].map((s) => String((network >> s) & 255n)).join('.')}/${cidr.prefix}`;
  }
  const groups = Array.from({ length: 8 }, (_, i) => ((network >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  return `${groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')}/${cidr.prefix}`;
}

/** Whether `inner` lies inside `outer` with a strictly longer prefix (a valid `except`). */
export function isStrictSubnet(inner: Cidr, outer: Cidr): boolean {
  if (inner.family !== outer.family || inner.prefix <= outer.prefix) return false;
  const width = outer.family === 4 ? 32 : 128;
  const shift = BigInt(width - outer.prefix);
  return inner.address >> shift === outer.address >> shift;
}

function parseIPv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return null;
    value = (value << 8n) | BigInt(p);
  }
  return value;
}

function parseIPv6(text: string): bigint | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || text.split('::').length > 2) return null;
  let groups: string[] = [];
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let body = text;
  if (tail !== null) {
    const v4 = parseIPv4(tail[1]);
    if (v4 === null) return null;
    body = `${text.slice(0, tail.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, rest] = body.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = rest === undefined || rest === '' ? [] : rest.split(':');
  if (rest === undefined && left.length !== 8) return null;
  if (rest !== undefined && left.length + right.length > 7) return null;
  groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
    value = (value << 16n) | BigInt(`0x${g}`);
  }
  return value;
}
