// UTF-8 bytes of a string and back (Go strings are bytes; lib/sim has no DOM TextEncoder types).

/** The UTF-8 bytes of `s` (a lone surrogate becomes U+FFFD, as Go's conversion does). */
export function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0) return lead <= 0xef ? 3 : 0;
  return lead >= 0xc2 ? 2 : 0;
}

/** Decodes UTF-8 bytes; an invalid byte becomes U+FFFD (how the text of such a Go string prints). */
export function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const n = sequenceLength(b);
    const tail = bytes.slice(i + 1, i + n);
    if (n === 0 || tail.length !== n - 1 || tail.some((t) => (t & 0xc0) !== 0x80)) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = b & (0xff >> (n + 1));
    for (const t of tail) cp = (cp << 6) | (t & 63);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}
