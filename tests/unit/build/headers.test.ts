// The post-build step's CSP: hashes of exactly the inline scripts a browser runs
// (https://www.w3.org/TR/CSP3/#grammardef-hash-source), and nginx directives nginx can read.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, sha256 } from '../../../scripts/build/csp.mjs';
import { contentSecurityPolicy, securityHeaders } from '../../../scripts/build/headers.mjs';
import { nginxHeaders } from '../../../scripts/build/nginxHeaders.mjs';

describe('CSP hashes', () => {
  it('hashes inline scripts only, byte for byte', () => {
    const html = '<script src="/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script><script id="_R_">a\n b</script><script type="application/json">{"a":1}</script><script type="module">m()</script>';
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
