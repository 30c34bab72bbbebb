// sha256 hashes of every inline <script> in the exported HTML (Next's bootstrap and RSC payload
// pushes, the language redirect), for `script-src` (https://www.w3.org/TR/CSP3/#grammardef-hash-source).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/** The inline scripts' bodies of one HTML document (scripts with a `src` are not inline). */
export function inlineScripts(html) {
  const out = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype=["']?([^"'\s>]+)/i.exec(match[1])?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue; // data, not script
    out.push(match[2]);
  }
  return out;
}

export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** The set of hashes over these HTML files. */
export function scriptHashes(htmlFiles) {
  const hashes = new Set();
  for (const file of htmlFiles) for (const body of inlineScripts(readFileSync(file, 'utf8'))) hashes.add(sha256(body));
  return hashes;
}
