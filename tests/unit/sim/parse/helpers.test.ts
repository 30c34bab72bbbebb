import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../../../lib/sim/parse/splitDocuments';
import { formatNetwork, isStrictSubnet, parseCidr } from '../../../../lib/sim/validate/cidr';
import { labelKeyProblem, labelValueProblem, nameProblem, portNameProblem, suggestName } from '../../../../lib/sim/validate/names';

describe('splitDocuments', () => {
  it('splits at `---` lines and keeps line numbers', () => {
    const chunks = splitDocuments('a: 1\n---\nb: 2\n--- # c\nc: 3\n');
    expect(chunks.map((c) => [c.line, c.text])).toEqual([
      [1, 'a: 1\n'],
      [2, '---\nb: 2\n'],
      [4, '--- # c\nc: 3\n'],
    ]);
  });

  it('does not split at `---` inside a line or indented', () => {
    expect(splitDocuments('a: ---\nb: |\n  ---\n').length).toBe(1);
  });

  it('marks comment-only chunks as empty and drops a leading one', () => {
    const chunks = splitDocuments('# c\n---\n# d\n---\na: 1\n');
    expect(chunks.map((c) => c.empty)).toEqual([true, false]);
  });

  it('handles CRLF', () => {
    expect(splitDocuments('a: 1\r\n---\r\nb: 2\r\n').map((c) => c.line)).toEqual([1, 2]);
  });
});

describe('CIDR (as Go net.ParseCIDR)', () => {
  it.each([
    ['10.0.0.0/16', 4, true],
    ['10.0.0.7/24', 4, false],
    ['0.0.0.0/0', 4, true],
    ['fd00::/8', 6, true],
    ['2001:db8::1/64', 6, false],
    ['::ffff:10.0.0.1/128', 6, true],
  ])('%s parses (family %i, canonical %s)', (text, family, canonical) => {
    expect(parseCidr(text)).toMatchObject({ family, canonical });
  });

  it.each(['10.0.0.0', '256.0.0.0/8', '10.0.0.0/33', '01.2.3.4/8', '1::2::3/64', '2001:db8::/129', 'x/8', ''])('%s is not a CIDR', (text) => {
    expect(parseCidr(text)).toBeNull();
  });

  it('prints the network of a non-canonical CIDR', () => {
    expect(formatNetwork(parseCidr('10.0.0.7/24')!)).toBe('10.0.0.0/24');
    expect(formatNetwork(parseCidr('2001:db8::1/64')!)).toBe('2001:db8::/64');
  });

  it('except must be strictly inside', () => {
    const outer = parseCidr('10.0.0.0/16')!;
    expect(isStrictSubnet(parseCidr('10.0.5.0/24')!, outer)).toBe(true);
    expect(isStrictSubnet(parseCidr('10.1.5.0/24')!, outer)).toBe(false);
    expect(isStrictSubnet(parseCidr('10.0.0.0/16')!, outer)).toBe(false);
    expect(isStrictSubnet(parseCidr('10.0.0.0/8')!, outer)).toBe(false);
    expect(isStrictSubnet(parseCidr('fd00::/64')!, outer)).toBe(false);
  });
});

describe('names and labels (apimachinery validation)', () => {
  it.each([
    ['web', 'dns1123-subdomain', true],
    ['web.example.com', 'dns1123-subdomain', true],
    ['Web', 'dns1123-subdomain', false],
    ['-web', 'dns1123-subdomain', false],
    ['a.b', 'dns1123-label', false],
    ['a'.repeat(63), 'dns1123-label', true],
    ['a'.repeat(64), 'dns1123-label', false],
    ['1web', 'dns1035-label', false],
    ['web-1', 'dns1035-label', true],
    ['system:controller:x', 'path-segment', true],
    ['a/b', 'path-segment', false],
    ['..', 'path-segment', false],
  ] as const)('%s as %s -> valid %s', (name, rule, valid) => {
    expect(nameProblem(name, rule) === null).toBe(valid);
  });

  it('suggests a fixed name', () => {
    expect(suggestName('Web_App', 'dns1123-subdomain')).toBe('web-app');
    expect(suggestName('web', 'dns1123-subdomain')).toBeUndefined();
  });

  it.each([
    ['app', true],
    ['app.kubernetes.io/name', true],
    ['a/b/c', false],
    ['/x', false],
    ['-x', false],
    ['x'.repeat(64), false],
    ['Example.COM/x', false],
  ])('label key %s -> valid %s', (key, valid) => {
    expect(labelKeyProblem(key) === null).toBe(valid);
  });

  it.each([
    ['', true],
    ['web', true],
    ['a b', false],
    ['x'.repeat(64), false],
    ['-x', false],
  ])('label value "%s" -> valid %s', (value, valid) => {
    expect(labelValueProblem(value) === null).toBe(valid);
  });

  it.each([
    ['http', true],
    ['web-8080', true],
    ['8080', false],
    ['HTTP', false],
    ['a--b', false],
    ['a-very-long-name-x', false],
  ])('port name %s -> valid %s', (name, valid) => {
    expect(portNameProblem(name) === null).toBe(valid);
  });
});
