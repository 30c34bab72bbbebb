// The security headers the lab is served with, one definition for `npm start` (scripts/serve.mjs)
// and nginx (deploy/). The Content-Security-Policy allows Next's inline scripts by their
// sha256 hashes, computed from the exported HTML after `next build` (scripts/build/csp.mjs).

/**
 * Styles: Monaco and xterm insert <style> elements at run time whose text depends on the editor's
 * size, theme and font measurements, and Next inserts the font's @font-face rule. Their contents
 * are not known at build time, so hashes cannot list them, and nonces need a server that renders
 * each response (this is a static export). `style-src 'unsafe-inline'` is the accepted cost: it
 * cannot run script, and `script-src` stays strict.
 */
export function contentSecurityPolicy(scriptHashes, { frameAncestors = "'none'" } = {}) {
  const hashes = [...scriptHashes].sort().map((h) => `'sha256-${h}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Features the lab never uses, switched off for the page and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** Headers sent with every response. */
export function securityHeaders(scriptHashes) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * The embeddable check (/embed/, issue 18) is made to live in other sites' pages (documentation,
 * blogs, slides): its document may be framed by anyone (`frame-ancestors *`, no X-Frame-Options);
 * every other page keeps `frame-ancestors 'none'`. The rest of its policy is the site's.
 * https://www.w3.org/TR/CSP3/#directive-frame-ancestors
 */
export const EMBED_PATH = '/embed/';

export function embedHeaders(scriptHashes) {
  const { 'X-Frame-Options': _deny, ...rest } = securityHeaders(scriptHashes);
  return { ...rest, 'Content-Security-Policy': contentSecurityPolicy(scriptHashes, { frameAncestors: '*' }) };
}

/** Whether a request path is the embed's document (`/embed/`, `/embed/index.html`, with any query). */
export function isEmbedPath(url) {
  const path = String(url).split(/[?#]/)[0];
  return path === EMBED_PATH || path === `${EMBED_PATH}index.html`;
}

/** The headers only a document or a worker's global scope reads (a script run by a page, a font or an image ignores them). */
const DOCUMENT_ONLY = ['Content-Security-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'X-Frame-Options'];

/**
 * The headers for a request path: the hashed build files under /_next/static/ (the page's
 * scripts, fonts, media) are never a document nor a worker's own script, except Turbopack's
 * worker bootstrap (`turbopack-worker-*.js`, which starts every worker and so carries the
 * worker's policy), so they go without the document-only headers. The policy, with a hash of
 * every page's inline scripts, is about 11 kB: sent with each of a page's 20-30 requests it was
 * more bytes than the page's HTML (HTTP/1.1 has no header compression).
 * https://www.w3.org/TR/CSP3/#policy-delivery (a policy applies to the document or worker whose response delivers it)
 */
export function forAsset(url, headers) {
  const path = String(url).split(/[?#]/)[0];
  if (!path.startsWith('/_next/static/') || /\/turbopack-worker-[^/]*\.js$/.test(path)) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !DOCUMENT_ONLY.includes(name)));
}

/** Hashed file names never change: cache them for a year. Everything else is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
