// Properties of our port of Go's net/netip parsing and printing (go/src/net/netip/netip.go:
// ParseAddr, Addr.String; RFC 5952 for the IPv6 text form). Seeds: the global fast-check seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddrParseError, addrString, parseAddr, parsePrefix, prefixContains, maskAddr } from '../../../../../lib/sim/cel/extensions/netip';

const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });
const sparseGroups = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 });
const octets = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 });

describe('netip port', () => {
  it('IPv6: the full form parses to the same address as its canonical form, which is a fixed point', () => {
    fc.assert(
      fc.property(fc.oneof(groups, sparseGroups), (g) => {
        const full = g.map((x) => x.toString(16).padStart(4, '0')).join(':');
        const a = parseAddr(full);
        const canonical = addrString(a);
        expect(canonical).not.toMatch(/:::|[A-F]/);
        expect(canonical.split('::').length).toBeLessThanOrEqual(2);
        const b = parseAddr(canonical);
        expect(b.value).toBe(a.value);
        expect(addrString(b)).toBe(canonical);
        expect(addrString(parseAddr(full.toUpperCase())).length).toBeGreaterThan(0);
      }),
    );
  });

  it('IPv4: dotted quads round-trip exactly; a leading zero is always rejected', () => {
    fc.assert(
      fc.property(octets, fc.integer({ min: 0, max: 3 }), (o, i) => {
        const text = o.join('.');
        expect(addrString(parseAddr(text))).toBe(text);
        const padded = o.map((x, k) => (k === i ? `0${x}` : String(x))).join('.');
        expect(() => parseAddr(padded)).toThrow(AddrParseError);
      }),
    );
  });

  it('a prefix contains exactly the addresses that agree on its first bits', () => {
    fc.assert(
      fc.property(octets, octets, fc.integer({ min: 0, max: 32 }), (a, b, len) => {
        const p = parsePrefix(`${a.join('.')}/${len}`);
        const other = parseAddr(b.join('.'));
        const expected = maskAddr(p.addr, len).value === maskAddr(other, len).value;
        expect(prefixContains(p, other)).toBe(expected);
        expect(prefixContains(p, p.addr)).toBe(true);
      }),
    );
  });

  it('junk never throws anything but a parse error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 45 }),
          fc.array(fc.constantFrom('1', 'ff', ':', '::', '.', '%', '/', '255', '0'), { maxLength: 14 }).map((p) => p.join('')),
        ),
        (s) => {
          for (const run of [() => parseAddr(s), () => parsePrefix(s)]) {
            try {
              run();
            } catch (error) {
              expect(error).toBeInstanceOf(AddrParseError);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
