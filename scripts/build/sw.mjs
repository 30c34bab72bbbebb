// The service worker (Workbox generateSW over out/): precaches every page of both languages,
// the RSC payloads client-side navigation fetches, the JS/CSS chunks, the Monaco and simulator
// workers and the fonts, so the lab works offline after one visit.
import { copyFileSync } from 'node:fs';
import { generateSW } from 'workbox-build';

export const SW_FILE = 'sw.js';
/** Answers worker scripts before Workbox does (see the file: Turbopack's worker bootstrap). */
const WORKERS_FILE = 'sw-workers.js';

/**
 * A new version waits until the page asks it to take over (the update prompt posts
 * SKIP_WAITING), so an open exercise never mixes chunks of two builds.
 */
export async function buildServiceWorker(outDir) {
  copyFileSync(new URL(`./${WORKERS_FILE}`, import.meta.url), `${outDir}/${WORKERS_FILE}`);
  const { count, size, warnings } = await generateSW({
    importScripts: [WORKERS_FILE],
    globDirectory: outDir,
    globPatterns: ['**/*.{html,txt,js,css,woff2,ttf,svg,webmanifest,json,ico,png}'],
    globIgnores: [SW_FILE, WORKERS_FILE, 'workbox-*.js', '**/*.map'],
    swDest: `${outDir}/${SW_FILE}`,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Hashed chunks need no revision of their own; the rest is revisioned by content.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // `?params=` is the Turbopack worker bootstrap's config, `?_rsc=` Next's cache buster: the
    // file is the same, so look it up in the precache without them.
    // The event page's `?event=&minutes=` (the instructor's link) is read by the page: same file.
    ignoreURLParametersMatching: [/^params$/, /^_rsc$/, /^utm_/, /^fbclid$/, /^event$/, /^minutes$/],
    directoryIndex: 'index.html',
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: false,
    sourcemap: false,
    mode: 'production',
  });
  return { count, size, warnings };
}
