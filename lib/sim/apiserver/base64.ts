// Standard base64 decoding (RFC 4648 section 4), as Secret `data` values are stored:
// https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes to text; a malformed sequence becomes U+FFFD as decoders do. */
function utf8Text(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const extra = b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : b < 0x80 ? 0 : -1;
    const tail = bytes.slice(i + 1, i + 1 + Math.max(extra, 0));
    if (extra < 0 || tail.length < extra || tail.some((t) => (t & 0xc0) !== 0x80)) {
      out += '\uFFFD';
      continue;
    }
    const code = tail.reduce((acc, t) => (acc << 6) | (t & 0x3f), extra === 0 ? b : b & (0x3f >> extra));
    out += String.fromCodePoint(code);
    i += extra;
  }
  return out;
}

/** Decode standard base64 (whitespace ignored); undefined when the text is not base64. */
export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean.replace(/=+$/, '')) {
    buffer = (buffer << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return utf8Text(bytes);
}
