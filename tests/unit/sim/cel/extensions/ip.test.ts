// The Kubernetes IP and CIDR CEL libraries. Cases are data from upstream tests and docs:
// staging/src/k8s.io/apiserver/pkg/cel/library/ip_test.go (TestIP), ip.go and cidr.go doc comments
// (Apache-2.0, The Kubernetes Authors); the edge cases follow go/src/net/netip (ParseAddr, ParsePrefix).
import { describe, expect, it } from 'vitest';
import { errorOf, value } from './helpers';

describe('IP library (library/ip.go)', () => {
  it.each([
    ['isIP("192.168.0.1")', true],
    ['isIP("192.168.0.1.0")', false],
    ['ip.isCanonical("127.0.0.1")', true],
    ['ip("192.168.0.1").family()', 4],
    ['ip("0.0.0.0").isUnspecified()', true],
    ['ip("127.0.0.1").isUnspecified()', false],
    ['ip("127.0.0.1").isLoopback()', true],
    ['ip("1.2.3.4").isLoopback()', false],
    ['ip("224.0.0.1").isLinkLocalMulticast()', true],
    ['ip("224.0.1.1").isLinkLocalMulticast()', false],
    ['ip("169.254.169.254").isLinkLocalUnicast()', true],
    ['ip("192.168.0.1").isLinkLocalUnicast()', false],
    ['ip("192.168.0.1").isGlobalUnicast()', true],
    ['ip("255.255.255.255").isGlobalUnicast()', false],
    ['isIP("2001:db8::68")', true],
    ['isIP("2001:db8:::68")', false],
    ['ip.isCanonical("2001:db8::68")', true],
    ['ip.isCanonical("2001:DB8::68")', false],
    ['ip.isCanonical("2001:db8::0:0:0:abcd")', false],
    ['ip("2001:db8::68").family()', 6],
    ['ip("::").isUnspecified()', true],
    ['ip("::1").isUnspecified()', false],
    ['ip("::1").isLoopback()', true],
    ['ip("2001:db8::abcd").isLoopback()', false],
    ['ip("ff02::1").isLinkLocalMulticast()', true],
    ['ip("fd00::1").isLinkLocalMulticast()', false],
    ['ip("fe80::1").isLinkLocalUnicast()', true],
    ['ip("fd80::1").isLinkLocalUnicast()', false],
    ['ip("2001:db8::abcd").isGlobalUnicast()', true],
    ['ip("ff00::1").isGlobalUnicast()', false],
    ['string(ip("192.168.0.1"))', '192.168.0.1'],
    ['type(ip("192.168.0.1")) == net.IP', true],
    ['ip("10.0.0.1") == ip("10.0.0.1")', true],
    ['ip("10.0.0.1") == ip("10.0.0.2")', false],
  ])('%s is %j', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it.each([
    ['ip("192.168.0.1.0")', 'IP Address "192.168.0.1.0" parse error during conversion from string: ParseAddr("192.168.0.1.0"): IPv4 address too long'],
    ['ip.isCanonical("127.0.0.1.0")', 'IP Address "127.0.0.1.0" parse error during conversion from string: ParseAddr("127.0.0.1.0"): IPv4 address too long'],
    [
      'ip("2001:db8:::68")',
      'IP Address "2001:db8:::68" parse error during conversion from string: ParseAddr("2001:db8:::68"): each colon-separated field must have at least one digit (at ":68")',
    ],
    // The rules ip.go adds on top of netip.ParseAddr: no IPv4-mapped IPv6, no zones; netip itself rejects leading zeros.
    ['ip("::ffff:1.2.3.4")', 'IPv4-mapped IPv6 address "::ffff:1.2.3.4" is not allowed'],
    ['ip("fe80::1%eth0")', 'IP address "fe80::1%eth0" with zone value is not allowed'],
    ['ip("010.0.0.1")', 'IP Address "010.0.0.1" parse error during conversion from string: ParseAddr("010.0.0.1"): IPv4 field has octet with leading zero'],
    ['ip("127.0.0.256")', 'IP Address "127.0.0.256" parse error during conversion from string: ParseAddr("127.0.0.256"): IPv4 field has value >255'],
  ])('%s fails with the upstream message', (expression, message) => {
    expect(errorOf(expression)).toBe(message);
  });

  it('isIP(cidr(...)) is a compile-time overload error (ip_test.go)', () => {
    expect(errorOf('isIP(cidr("192.168.0.0/24"))')).toMatch(/no matching overload/);
  });

  it.each([
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['::1.2.3.4', '::102:304'],
    ['FE80::A', 'fe80::a'],
  ])('prints %s canonically as %s (RFC 5952, netip Addr.String)', (input, canonical) => {
    expect(value(`string(ip("${input}"))`)).toBe(canonical);
    expect(value(`ip.isCanonical("${input}")`)).toBe(input === canonical);
  });
});

describe('CIDR library (library/cidr.go)', () => {
  it.each([
    ["cidr('192.168.0.0/24').containsIP('192.168.0.1')", true],
    ["cidr('192.168.0.0/24').containsIP('192.168.1.1')", false],
    ["cidr('192.168.0.0/24').containsIP(ip('192.168.0.1'))", true],
    ["cidr('192.168.0.0/16').containsCIDR(cidr('192.168.10.0/24'))", true],
    ["cidr('192.168.1.0/24').containsCIDR(cidr('192.168.2.0/24'))", false],
    ["cidr('192.168.0.0/16').containsCIDR('192.168.10.0/24')", true],
    ["cidr('192.168.1.0/24').containsCIDR('192.168.2.0/24')", false],
    ["cidr('192.168.0.0/24').containsCIDR('192.168.0.0/16')", false],
    ["cidr('192.168.0.1/24').ip() == ip('192.168.0.1')", true],
    ["cidr('192.168.0.1/24').ip().family()", 4],
    ["cidr('::1/128').ip() == ip('::1')", true],
    ["cidr('::1/128').ip().family()", 6],
    ["cidr('192.168.0.0/24').masked() == cidr('192.168.0.0/24')", true],
    ["cidr('192.168.0.1/24').masked() == cidr('192.168.0.0/24')", true],
    ["cidr('192.168.0.1/24') == cidr('192.168.0.1/24').masked()", false],
    ["cidr('192.168.0.0/16').prefixLength()", 16],
    ["cidr('::1/128').prefixLength()", 128],
    ["string(cidr('2001:db8::1/32').masked())", '2001:db8::/32'],
    ["isCIDR('10.0.0.0/8')", true],
    ["isCIDR('10.0.0.0')", false],
    ["isCIDR('10.0.0.0/33')", false],
    ["isCIDR('10.0.0.0/08')", false],
    ["isCIDR('::ffff:10.0.0.0/104')", false],
    ["isCIDR('fe80::%eth0/64')", false],
    ["cidr('10.0.0.0/8').containsIP('::ffff:10.0.0.1')", 'error'],
    ["cidr('::/0').containsIP('10.0.0.1')", false],
    ["cidr('0.0.0.0/0').containsCIDR('::/0')", false],
    ["type(cidr('10.0.0.0/8')) == net.CIDR", true],
  ])('%s is %j', (expression, expected) => {
    if (expected === 'error') expect(errorOf(expression)).toMatch(/IPv4-mapped IPv6 address/);
    else expect(value(expression)).toEqual(expected);
  });

  it.each([
    ["cidr('10.0.0.0/33')", 'netip.ParsePrefix("10.0.0.0/33"): prefix length out of range'],
    ["cidr('10.0.0.0')", `netip.ParsePrefix("10.0.0.0"): no '/'`],
    ["cidr('10.0.0.0/+8')", 'netip.ParsePrefix("10.0.0.0/+8"): bad bits after slash: "+8"'],
  ])('%s fails with the network address parse error', (expression, detail) => {
    // stringToCIDR wraps parseCIDR's error, which already carries the same prefix (cidr.go).
    const prefix = 'network address parse error during conversion from string: ';
    expect(errorOf(expression)).toBe(prefix + prefix + detail);
  });
});
