#!/usr/bin/env node
// After `next build`: the service worker over out/ and the security headers with the CSP hashes
// of this build's inline scripts, written to .build/ for `npm start` (serve) and nginx (deploy/).
// Run by `npm run build`; scripts/serve.mjs runs it when out/ is newer than its results.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptHashes } from './build/csp.mjs';
import { embedHeaders, securityHeaders } from './build/headers.mjs';
import { nginxHeaders } from './build/nginxHeaders.mjs';
import { buildServiceWorker } from './build/sw.mjs';

export const OUT = 'out';
export const BUILD_DIR = '.build';
export const HEADERS_FILE = join(BUILD_DIR, 'headers.json');

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

export async function postbuild() {
  const started = Date.now();
  const hashes = scriptHashes(htmlFiles(OUT));
  const sw = await buildServiceWorker(OUT);
  for (const warning of sw.warnings) console.warn(`  ! ${warning}`);
  const headers = securityHeaders(hashes);
  const embed = embedHeaders(hashes);
  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(HEADERS_FILE, `${JSON.stringify({ builtFrom: statSync(join(OUT, 'index.html')).mtimeMs, headers, embed }, null, 2)}\n`);
  writeFileSync(join(BUILD_DIR, 'nginx-headers.conf'), nginxHeaders(headers));
  writeFileSync(join(BUILD_DIR, 'nginx-headers-embed.conf'), nginxHeaders(embed));
  console.log(
    `▸ Service worker: ${sw.count} files (${(sw.size / 1e6).toFixed(1)} MB) precached; CSP: ${hashes.size} inline script hashes (${Date.now() - started} ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await postbuild();
