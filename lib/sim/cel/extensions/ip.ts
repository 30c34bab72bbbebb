// Kubernetes IP and CIDR CEL libraries (in the base environment from 1.30):
// staging/src/k8s.io/apiserver/pkg/cel/library/ip.go and cidr.go; types in
// staging/src/k8s.io/apiserver/pkg/cel/ip.go, cidr.go. Docs:
// https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-ip-address-library
import type { Environment } from '@marcbachmann/cel-js';
import { chargeTraversal } from '../cost';
import { celFail } from './errors';
import { addrString, goQuote, is4In6, maskAddr, parseAddr, parsePrefix, prefixContains, prefixString, sameAddr, type Addr, type Prefix } from './netip';

/** A CEL `net.IP` value. */
export class CelIP {
  constructor(readonly addr: Addr) {}
  celDisplay(): string {
    return addrString(this.addr);
  }
}

/** A CEL `net.CIDR` value. */
export class CelCIDR {
  constructor(readonly prefix: Prefix) {}
  celDisplay(): string {
    return prefixString(this.prefix);
  }
}

class IpNamespace {}

/** parseIPAddr of ip.go: netip.ParseAddr, then no zone and no IPv4-mapped IPv6. */
export function parseIPAddr(raw: string): Addr | string {
  let addr: Addr;
  try {
    addr = parseAddr(raw);
  } catch (error) {
    return `IP Address ${goQuote(raw)} parse error during conversion from string: ${(error as Error).message}`;
  }
  if (addr.zone !== '') return `IP address ${goQuote(raw)} with zone value is not allowed`;
  if (is4In6(addr)) return `IPv4-mapped IPv6 address ${goQuote(raw)} is not allowed`;
  return addr;
}

/** parseCIDR of cidr.go: netip.ParsePrefix, then no IPv4-mapped IPv6. */
export function parseCIDR(raw: string): Prefix | string {
  let prefix: Prefix;
  try {
    prefix = parsePrefix(raw);
  } catch (error) {
    return `network address parse error during conversion from string: ${(error as Error).message}`;
  }
  if (is4In6(prefix.addr)) return `IPv4-mapped IPv6 address ${goQuote(raw)} is not allowed`;
  return prefix;
}

function toIP(raw: string): CelIP {
  const parsed = parseIPAddr(raw);
  return typeof parsed === 'string' ? celFail(parsed) : new CelIP(parsed);
}

function toCIDR(raw: string): CelCIDR {
  const parsed = parseCIDR(raw);
  // stringToCIDR wraps parseCIDR's message once more, as upstream does.
  return typeof parsed === 'string' ? celFail(`network address parse error during conversion from string: ${parsed}`) : new CelCIDR(parsed);
}

/** Addr.IsMulticast / IsLinkLocalUnicast ... of net/netip. */
const first16 = (a: Addr): number => Number(a.value >> 112n);
const octet0 = (a: Addr): number => Number(a.value >> 24n);
const isLoopback = (a: Addr): boolean => (a.bits === 32 ? octet0(a) === 127 : a.value === 1n);
const isMulticast = (a: Addr): boolean => (a.bits === 32 ? (octet0(a) & 0xf0) === 0xe0 : first16(a) >> 8 === 0xff);
const isLinkLocalUnicast = (a: Addr): boolean => (a.bits === 32 ? a.value >> 16n === 0xa9fen : (first16(a) & 0xffc0) === 0xfe80);
const isLinkLocalMulticast = (a: Addr): boolean => (a.bits === 32 ? a.value >> 8n === 0xe00000n : (first16(a) & 0xff0f) === 0xff02);
function isGlobalUnicast(a: Addr): boolean {
  if (a.bits === 32 && (a.value === 0n || a.value === 0xffffffffn)) return false;
  return a.value !== 0n && !isLoopback(a) && !isMulticast(a) && !isLinkLocalUnicast(a);
}

/** containsCIDR: the outer prefix, masked, equals the inner address under the outer length; and outer is not longer. */
function containsCIDR(outer: Prefix, inner: Prefix): boolean {
  if (outer.addr.bits !== inner.addr.bits) return false;
  return maskAddr(outer.addr, outer.length).value === maskAddr(inner.addr, outer.length).value && outer.length <= inner.length;
}

/** Registers the IP library (`ip`, `isIP`, `ip.isCanonical`, IP methods) and the CIDR library. */
export function registerNet(env: Environment): void {
  env.registerType('net.IP', CelIP);
  env.registerType('net.CIDR', CelCIDR);
  env.registerType('IpNamespace', IpNamespace);
  env.registerConstant('ip', 'IpNamespace', new IpNamespace());
  // Costs: library/cost.go (parsing is a string traversal; isCanonical parses and compares: twice).
  env.registerFunction('ip(string): net.IP', (s: string) => (chargeTraversal(s), toIP(s)));
  env.registerFunction('isIP(string): bool', (s: string) => (chargeTraversal(s), typeof parseIPAddr(s) !== 'string'));
  env.registerFunction('IpNamespace.isCanonical(string): bool', (_ns: unknown, s: string) => (chargeTraversal(s, 2), addrString(toIP(s).addr) === s));
  env.registerFunction('string(net.IP): string', (ip: CelIP) => addrString(ip.addr));
  env.registerFunction('net.IP.family(): int', (ip: CelIP) => (ip.addr.bits === 32 ? 4n : 6n));
  env.registerFunction('net.IP.isUnspecified(): bool', (ip: CelIP) => ip.addr.value === 0n);
  env.registerFunction('net.IP.isLoopback(): bool', (ip: CelIP) => isLoopback(ip.addr));
  env.registerFunction('net.IP.isLinkLocalMulticast(): bool', (ip: CelIP) => isLinkLocalMulticast(ip.addr));
  env.registerFunction('net.IP.isLinkLocalUnicast(): bool', (ip: CelIP) => isLinkLocalUnicast(ip.addr));
  env.registerFunction('net.IP.isGlobalUnicast(): bool', (ip: CelIP) => isGlobalUnicast(ip.addr));
  env.registerOperator('net.IP == net.IP', (a: CelIP, b: CelIP) => sameAddr(a.addr, b.addr));
  registerCidr(env);
  // The type names, for `type(ip('10.0.0.1')) == net.IP` (cel.Types(IPType), the CIDR library's type variable).
  const types = { IP: env.evaluate("type(ip('0.0.0.0'))"), CIDR: env.evaluate("type(cidr('0.0.0.0/0'))") };
  env.registerConstant('net', 'map<string, type>', Object.assign(Object.create(null) as object, types));
}

function registerCidr(env: Environment): void {
  env.registerFunction('cidr(string): net.CIDR', (s: string) => (chargeTraversal(s), toCIDR(s)));
  env.registerFunction('isCIDR(string): bool', (s: string) => (chargeTraversal(s), typeof parseCIDR(s) !== 'string'));
  env.registerFunction('string(net.CIDR): string', (c: CelCIDR) => prefixString(c.prefix));
  env.registerFunction('net.CIDR.containsIP(string): bool', (c: CelCIDR, s: string) => (chargeTraversal(s), prefixContains(c.prefix, toIP(s).addr)));
  env.registerFunction('net.CIDR.containsIP(net.IP): bool', (c: CelCIDR, ip: CelIP) => prefixContains(c.prefix, ip.addr));
  env.registerFunction('net.CIDR.containsCIDR(string): bool', (c: CelCIDR, s: string) => (chargeTraversal(s), containsCIDR(c.prefix, toCIDR(s).prefix)));
  env.registerFunction('net.CIDR.containsCIDR(net.CIDR): bool', (c: CelCIDR, o: CelCIDR) => containsCIDR(c.prefix, o.prefix));
  env.registerFunction('net.CIDR.ip(): net.IP', (c: CelCIDR) => new CelIP(c.prefix.addr));
  env.registerFunction('net.CIDR.masked(): net.CIDR', (c: CelCIDR) => new CelCIDR({ addr: maskAddr(c.prefix.addr, c.prefix.length), length: c.prefix.length }));
  env.registerFunction('net.CIDR.prefixLength(): int', (c: CelCIDR) => BigInt(c.prefix.length));
  env.registerOperator('net.CIDR == net.CIDR', (a: CelCIDR, b: CelCIDR) => a.prefix.length === b.prefix.length && sameAddr(a.prefix.addr, b.prefix.addr));
}
