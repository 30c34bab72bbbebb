#!/usr/bin/env node
// Serve the static export in out/ with gzip and the lab's security headers and caching
// (scripts/build/headers.mjs, with the CSP of this build): serve-handler (the engine of the
// `serve` package, configured by serve.json) behind compression. PORT overrides 3000.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import compression from 'compression';
import handler from 'serve-handler';
import { forAsset, IMMUTABLE, isEmbedPath, REVALIDATE } from './build/headers.mjs';
import { HEADERS_FILE, postbuild } from './postbuild.mjs';

const port = Number(process.env.PORT || '3000');
const host = process.env.HOST || 'localhost';
if (!existsSync('out/index.html')) {
  console.error('✖ out/ has no build. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

/** The headers of this build; the post-build step runs again when out/ is newer (a bare `next build`). */
async function currentHeaders() {
  const fresh = () =>
    existsSync(HEADERS_FILE) &&
    existsSync('out/sw.js') &&
    JSON.parse(readFileSync(HEADERS_FILE, 'utf8')).builtFrom === statSync('out/index.html').mtimeMs &&
    JSON.parse(readFileSync(HEADERS_FILE, 'utf8')).embed !== undefined;
  if (!fresh()) await postbuild();
  return JSON.parse(readFileSync(HEADERS_FILE, 'utf8'));
}

const { headers: security, embed } = await currentHeaders();
const config = { ...JSON.parse(readFileSync('serve.json', 'utf8')), public: 'out' };
const gzip = compression();

const server = createServer((req, res) => {
  // The embeddable check may be framed by other sites; every other response may not.
  for (const [name, value] of Object.entries(isEmbedPath(req.url ?? '') ? embed : forAsset(req.url ?? '', security))) res.setHeader(name, value);
  // Hashed file names never change; everything else (HTML, the service worker) is revalidated.
  res.setHeader('Cache-Control', (req.url ?? '').startsWith('/_next/static/') ? IMMUTABLE : REVALIDATE);
  gzip(req, res, () => void handler(req, res, config));
});
server.listen(port, host, () => console.log(`\n  Kubernetes Security Lab is running at http://${host}:${port}/\n  (Ctrl-C to stop)\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
