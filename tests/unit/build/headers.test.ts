// The post-build step's CSP: hashes of exactly the inline scripts a browser runs
// (https://www.w3.org/TR/CSP3/#grammardef-hash-source), and nginx directives nginx can read.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, sha256 } from '../../../scripts/build/csp.mjs';
import { contentSecurityPolicy, embedHeaders, forAsset, isEmbedPath, securityHeaders } from '../../../scripts/build/headers.mjs';
import { nginxHeaders } from '../../../scripts/build/nginxHeaders.mjs';

describe('CSP hashes', () => {
  it('hashes inline scripts only, byte for byte', () => {
    const html =
      '<script src="/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script><script id="_R_">a\n b</script><script type="application/json">{"a":1}</script><script type="module">m()</script>';
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1,"x"])', 'a\n b', 'm()']);
    expect(sha256('a\n b')).toBe(createHash('sha256').update('a\n b').digest('base64'));
  });

  it('the policy is strict: no unsafe-eval, no inline script without its hash', () => {
    const csp = contentSecurityPolicy(['abc=']);
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const d of ["worker-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  });

  it('nginx gets every header, long values in parts under its 4096-byte token limit', () => {
    const hashes = Array.from({ length: 150 }, (_, i) => sha256(String(i)));
    const headers = securityHeaders(hashes);
    const conf = nginxHeaders(headers);
    for (const token of conf.match(/"[^"]*"/g) ?? []) expect(token.length).toBeLessThan(4096);
    const sets = Object.fromEntries([...conf.matchAll(/^set \$(\w+) "([^"]*)";$/gm)].map((m) => [m[1], m[2]]));
    const csp = /^add_header Content-Security-Policy "([^"]*)" always;$/m.exec(conf)![1].replace(/\$(\w+?_\d+)/g, (_all, name: string) => sets[name]);
    expect(csp).toBe(headers['Content-Security-Policy']);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});

// Issue 18: the embeddable check is made for other sites' iframes; no other page may be framed.
// https://www.w3.org/TR/CSP3/#directive-frame-ancestors
describe('the embed may be framed, nothing else', () => {
  it('gives /embed/ frame-ancestors * and no X-Frame-Options, keeping the rest of the policy', () => {
    const site = securityHeaders(['abc=']);
    const embed = embedHeaders(['abc=']);
    expect(site['X-Frame-Options']).toBe('DENY');
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(embed['Content-Security-Policy'].replace('frame-ancestors *', "frame-ancestors 'none'")).toBe(site['Content-Security-Policy']);
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
  });

  it('only the embed document takes those headers', () => {
    for (const url of ['/embed/', '/embed/?view=traffic&lang=es', '/embed/index.html']) expect(isEmbedPath(url)).toBe(true);
    for (const url of ['/', '/en/', '/embed', '/embed/x', '/en/embed/', '/embed/../en/', '/_next/static/a.js']) expect(isEmbedPath(url)).toBe(false);
  });
});

// A policy applies to the document or worker whose response delivers it
// (https://www.w3.org/TR/CSP3/#policy-delivery): the page's own scripts, fonts and media do not
// need it, and at 11 kB per response it cost more bytes than the lesson's HTML.
describe('document-only headers go with documents and workers', () => {
  const site = securityHeaders(['abc=']);

  it('keeps every header on pages, the service worker, data files and the worker bootstrap', () => {
    for (const path of [
      '/en/',
      '/en/learn/rbac/subject-verb-object/',
      '/sw.js',
      '/en/__next._tree.txt?_rsc=1',
      '/_next/static/chunks/turbopack-worker-1hrsqshz0gfey.js',
      '/_next/static/chunks/turbopack-worker-x.js?a=1#b',
    ])
      expect(forAsset(path, site)).toEqual(site);
  });

  it('sends hashed build files without the policy, framing, features and opener headers, keeping nosniff', () => {
    for (const path of [
      '/_next/static/chunks/0w3kcag1au1r8.js',
      '/_next/static/media/inter.woff2',
      '/_next/static/chunks/turbopack-2u1d16houkiyo.js',
      '/_next/static/chunks/a.js?turbopack-worker-x.js',
    ]) {
      const headers = forAsset(path, site);
      expect(Object.keys(headers).sort()).toEqual(['Referrer-Policy', 'X-Content-Type-Options']);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});
