// IP addresses and prefixes as Go's net/netip parses and prints them (ParseAddr, ParsePrefix,
// Addr.String, Prefix.Masked), which the Kubernetes IP and CIDR CEL libraries use
// (staging/src/k8s.io/apiserver/pkg/cel/library/ip.go, cidr.go). Written from the behaviour of
// go/src/net/netip/netip.go: strict dotted decimal (no leading zeros), RFC 5952 output.

/** An address: 32 or 128 bits as one bigint, and an IPv6 zone (kept so callers can reject it). */
export interface Addr {
  readonly bits: 32 | 128;
  readonly value: bigint;
  readonly zone: string;
}

export class AddrParseError extends Error {}

function addrError(input: string, msg: string, at?: string): AddrParseError {
  return new AddrParseError(`ParseAddr(${goQuote(input)}): ${msg}${at !== undefined ? ` (at ${goQuote(at)})` : ''}`);
}

/** Go's strconv.Quote for the ASCII text these messages carry. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** netip.ParseAddr: dispatch on the first `.`, `:` or `%`. */
export function parseAddr(s: string): Addr {
  for (const c of s) {
    if (c === '.') return parseIPv4(s);
    if (c === ':') return parseIPv6(s);
    if (c === '%') throw addrError(s, 'missing IPv6 address');
  }
  throw addrError(s, 'unable to parse IP');
}

function parseIPv4(s: string): Addr {
  return { bits: 32, value: ipv4Fields(s, s).reduce((acc, b) => (acc << 8n) | BigInt(b), 0n), zone: '' };
}

/** The four octets of `part` (a piece of `input`, named in errors). */
function ipv4Fields(input: string, part: string): number[] {
  const fields: number[] = [];
  let val = 0;
  let digits = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c >= '0' && c <= '9') {
      if (digits === 1 && val === 0) throw addrError(input, 'IPv4 field has octet with leading zero');
      val = val * 10 + (c.charCodeAt(0) - 48);
      digits++;
      if (val > 255) throw addrError(input, 'IPv4 field has value >255');
    } else if (c === '.') {
      if (i === 0 || i === part.length - 1 || part[i - 1] === '.') throw addrError(input, 'IPv4 field must have at least one digit', part.slice(i));
      if (fields.length === 3) throw addrError(input, 'IPv4 address too long');
      fields.push(val);
      val = 0;
      digits = 0;
    } else {
      throw addrError(input, 'unexpected character', part.slice(i));
    }
  }
  if (fields.length < 3) throw addrError(input, 'IPv4 address too short');
  fields.push(val);
  return fields;
}

/** One hex group at the start of `s`: its value and length. */
function hexGroup(input: string, s: string): { acc: number; off: number } {
  let acc = 0;
  let off = 0;
  for (; off < s.length; off++) {
    if (!/[0-9a-fA-F]/.test(s[off])) break;
    const d = parseInt(s[off], 16);
    acc = acc * 16 + d;
    if (off > 3) throw addrError(input, 'each group must have 4 or less digits', s);
    if (acc > 0xffff) throw addrError(input, 'IPv6 field has value >=2^16', s);
  }
  if (off === 0) throw addrError(input, 'each colon-separated field must have at least one digit', s);
  return { acc, off };
}

function parseIPv6(input: string): Addr {
  let s = input;
  let zone = '';
  const pct = s.indexOf('%');
  if (pct !== -1) {
    zone = s.slice(pct + 1);
    s = s.slice(0, pct);
    if (zone === '') throw addrError(input, 'zone must be a non-empty string');
  }
  const ip = new Array<number>(16).fill(0);
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return { bits: 128, value: 0n, zone };
  }
  let i = 0;
  while (i < 16) {
    const { acc, off } = hexGroup(input, s);
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) throw addrError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      if (i + 4 > 16) throw addrError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      ipv4Fields(input, s).forEach((b, k) => {
        ip[i + k] = b;
      });
      s = '';
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') throw addrError(input, 'unexpected character, want colon', s);
    if (s.length === 1) throw addrError(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) throw addrError(input, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') throw addrError(input, 'trailing garbage after address', s);
  if (i < 16) {
    if (ellipsis < 0) throw addrError(input, 'address string too short');
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j];
    for (let j = ellipsis; j < ellipsis + n; j++) ip[j] = 0;
  } else if (ellipsis >= 0) {
    throw addrError(input, 'the :: must expand to at least one field of zeros', s);
  }
  return { bits: 128, value: ip.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n), zone };
}

/** ::ffff:a.b.c.d */
export function is4In6(a: Addr): boolean {
  return a.bits === 128 && a.value >> 32n === 0xffffn;
}

function v6Group(a: Addr, k: number): number {
  return Number((a.value >> BigInt(112 - 16 * k)) & 0xffffn);
}

/** Addr.String(): dotted quad, or RFC 5952 (lower-case hex, longest run of 2+ zero groups as `::`). */
export function addrString(a: Addr): string {
  if (a.bits === 32) return [24n, 16n, 8n, 0n].map((sh) => String((a.value >> sh) & 0xffn)).join('.');
  if (is4In6(a)) return `::ffff:${addrString({ bits: 32, value: a.value & 0xffffffffn, zone: '' })}${a.zone ? `%${a.zone}` : ''}`;
  const groups = Array.from({ length: 8 }, (_, k) => v6Group(a, k));
  let zs = -1;
  let ze = -1;
  for (let k = 0; k < 8; k++) {
    let j = k;
    while (j < 8 && groups[j] === 0) j++;
    if (j - k >= 2 && j - k > ze - zs) {
      zs = k;
      ze = j;
    }
  }
  let out = '';
  for (let k = 0; k < 8; k++) {
    if (k === zs) {
      out += '::';
      k = ze - 1;
      continue;
    }
    if (k > 0 && out[out.length - 1] !== ':') out += ':';
    out += groups[k].toString(16);
  }
  return out + (a.zone ? `%${a.zone}` : '');
}

/** A prefix: an address and a prefix length (the address is kept as written; `masked` clears host bits). */
export interface Prefix {
  readonly addr: Addr;
  readonly length: number;
}

export function maskAddr(a: Addr, length: number): Addr {
  const host = (1n << BigInt(a.bits - length)) - 1n;
  return { bits: a.bits, value: a.value & ~host, zone: '' };
}

/** netip.ParsePrefix. */
export function parsePrefix(s: string): Prefix {
  const slash = s.lastIndexOf('/');
  if (slash < 0) throw new AddrParseError(`netip.ParsePrefix(${goQuote(s)}): no '/'`);
  let addr: Addr;
  try {
    addr = parseAddr(s.slice(0, slash));
  } catch (error) {
    throw new AddrParseError(`netip.ParsePrefix(${goQuote(s)}): ${(error as Error).message}`);
  }
  if (addr.zone !== '') throw new AddrParseError(`netip.ParsePrefix(${goQuote(s)}): IPv6 zones cannot be present in a prefix`);
  const bitsText = s.slice(slash + 1);
  if (!/^(0|[1-9][0-9]*)$/.test(bitsText) || bitsText.length > 18) {
    throw new AddrParseError(`netip.ParsePrefix(${goQuote(s)}): bad bits after slash: ${goQuote(bitsText)}`);
  }
  const length = Number(bitsText);
  if (length > addr.bits) throw new AddrParseError(`netip.ParsePrefix(${goQuote(s)}): prefix length out of range`);
  return { addr, length };
}

export function prefixString(p: Prefix): string {
  return `${addrString(p.addr)}/${p.length}`;
}

export function sameAddr(a: Addr, b: Addr): boolean {
  return a.bits === b.bits && a.value === b.value && a.zone === b.zone;
}

/** Prefix.Contains: same family and equal under the prefix's mask. */
export function prefixContains(p: Prefix, a: Addr): boolean {
  if (a.bits !== p.addr.bits || a.zone !== '') return false;
  return maskAddr(a, p.length).value === maskAddr(p.addr, p.length).value;
}
