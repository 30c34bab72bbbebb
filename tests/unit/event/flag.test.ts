// Flags: HMAC-SHA256 (RFC 2104 / FIPS 180-4 via @noble/hashes) of the challenge id keyed by the event id.
import { describe, expect, it } from 'vitest';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { checkFlag, flagFor, normalizeEventId, withFlag } from '../../../lib/event/flag';

describe('flagFor', () => {
  it('is flag{20 hex} and differs per event and per challenge', () => {
    const a = flagFor('practice', 'token-thief');
    expect(a).toMatch(/^flag\{[0-9a-f]{20}\}$/);
    expect(flagFor('kubecon-ba', 'token-thief')).not.toBe(a);
    expect(flagFor('practice', 'pod-factory')).not.toBe(a);
    expect(flagFor('practice', 'token-thief')).toBe(a);
  });

  it('is the HMAC-SHA256 of the challenge id keyed by the event (RFC 4231 case 2 checks the primitive)', () => {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    expect(bytesToHex(hmac(sha256, utf8ToBytes('Jefe'), utf8ToBytes('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const expected = bytesToHex(hmac(sha256, utf8ToBytes('k8s-lab-event/1:practice'), utf8ToBytes('token-thief'))).slice(0, 20);
    expect(flagFor('practice', 'token-thief')).toBe(`flag{${expected}}`);
  });
});

describe('checkFlag', () => {
  const flag = flagFor('ws-1', 'flat-network');
  it('accepts the flag with spaces around or in capitals', () => {
    expect(checkFlag('ws-1', 'flat-network', flag)).toBe(true);
    expect(checkFlag('ws-1', 'flat-network', `  ${flag.toUpperCase()}\n`)).toBe(true);
  });
  it("refuses another event's or challenge's flag, a prefix, junk and non-strings", () => {
    expect(checkFlag('ws-2', 'flat-network', flag)).toBe(false);
    expect(checkFlag('ws-1', 'token-thief', flag)).toBe(false);
    expect(checkFlag('ws-1', 'flat-network', flag.slice(0, -1))).toBe(false);
    expect(checkFlag('ws-1', 'flat-network', `${flag}x`)).toBe(false);
    for (const bad of ['', 'flag{}', undefined, null, 42, {}, 'x'.repeat(10_000)]) expect(checkFlag('ws-1', 'flat-network', bad)).toBe(false);
  });
});

describe('normalizeEventId and withFlag', () => {
  it('keeps kebab-case ids, lowercases, and falls back to practice', () => {
    expect(normalizeEventId('KubeCon-BA')).toBe('kubecon-ba');
    for (const bad of ['', ' ', '../x', 'a'.repeat(41), '<script>', undefined, 7]) expect(normalizeEventId(bad)).toBe('practice');
  });
  it('puts the flag at every placeholder', () => {
    expect(withFlag('a: "{{flag}}"\nb: {{flag}}', 'flag{1}')).toBe('a: "flag{1}"\nb: flag{1}');
  });
});
