// Imported by the service worker before Workbox's own fetch handler (scripts/build/sw.mjs).
//
// Turbopack starts every Web Worker (the lab's simulator, Monaco's editor and YAML workers) from
// one bootstrap script that reads its configuration from its own URL's fragment
// (`turbopack-worker-….js#params=…`). A worker's location is the URL of the response that
// answered it: Workbox answers from the precache with the cached response, whose URL has no
// fragment, and the bootstrap then fails ("Missing worker bootstrap config") and the lab's checks
// never answer. A response built here has no URL of its own, so the worker keeps the URL it was
// started with (https://html.spec.whatwg.org/multipage/workers.html#worker-processing-model).
/* global self, caches, fetch, Response, URL */
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.destination !== 'worker' && request.destination !== 'sharedworker') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  url.search = '';
  event.stopImmediatePropagation();
  event.respondWith(
    (async () => {
      const cached = await caches.match(url.href, { ignoreSearch: true });
      if (!cached) return fetch(request);
      return new Response(await cached.blob(), { status: cached.status, statusText: cached.statusText, headers: cached.headers });
    })(),
  );
});
