// The Kubernetes URL CEL library. Cases are data from the doc comment of
// staging/src/k8s.io/apiserver/pkg/cel/library/urls.go (Apache-2.0, The Kubernetes Authors);
// the edge cases follow Go's url.ParseRequestURI / url.Parse (go/src/net/url/url.go).
import { describe, expect, it } from 'vitest';
import { errorOf, value } from './helpers';

describe('URL library (library/urls.go)', () => {
  it.each([
    ["isURL('https://user:pass@example.com:80/path?query=val#fragment')", true],
    ["isURL('/absolute-path')", true],
    ["isURL('https://a:b:c/')", false],
    ["isURL('../relative-path')", false],
    ["url('/path').getScheme()", ''],
    ["url('https://example.com/').getScheme()", 'https'],
    ["url('https://example.com:80/').getHost()", 'example.com:80'],
    ["url('https://example.com/').getHost()", 'example.com'],
    ["url('https://[::1]:80/').getHost()", '[::1]:80'],
    ["url('https://[::1]/').getHost()", '[::1]'],
    ["url('/path').getHost()", ''],
    ["url('https://example.com:80/').getHostname()", 'example.com'],
    ["url('https://127.0.0.1:80/').getHostname()", '127.0.0.1'],
    ["url('https://[::1]:80/').getHostname()", '::1'],
    ["url('/path').getHostname()", ''],
    ["url('https://example.com:80/').getPort()", '80'],
    ["url('https://example.com/').getPort()", ''],
    ["url('/path').getPort()", ''],
    ["url('https://example.com/path').getEscapedPath()", '/path'],
    ["url('https://example.com/path with spaces/').getEscapedPath()", '/path%20with%20spaces/'],
    ["url('https://example.com').getEscapedPath()", ''],
    ["url('https://example.com/path?k1=a&k2=b&k2=c').getQuery()", { k1: ['a'], k2: ['b', 'c'] }],
    ["url('https://example.com/path?key with spaces=value with spaces').getQuery()", { 'key with spaces': ['value with spaces'] }],
    ["url('https://example.com/path?').getQuery()", {}],
    ["url('https://example.com/path').getQuery()", {}],
  ])('%s is %j', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it.each([
    // ParseRequestURI does not split off '#', so a fragment right after the host is part of the host.
    ["isURL('https://example.com#top')", false],
    ["isURL('https://example.com/#top')", true],
    ["isURL('')", false],
    ["isURL('example.com')", false],
    ["isURL('mailto:someone@example.com')", true],
    ["isURL('https://exa mple.com/')", false],
    ["isURL('https://example.com/%zz')", false],
    ["isURL('https://example.com/\\t')", false],
    ["isURL(':foo')", false],
    ["url('HTTPS://Example.com/').getScheme()", 'https'],
    ["url('https://example.com/a%2Fb').getEscapedPath()", '/a%2Fb'],
    ["url('https://example.com/p#frag').getEscapedPath()", '/p'],
    ["url('https://example.com/?a=1;b=2&c=3').getQuery()", { c: ['3'] }],
    ["url('https://example.com/?a=x+y&b=%41').getQuery()", { a: ['x y'], b: ['A'] }],
    ["url('https://user@example.com:8443/x').getPort()", '8443'],
  ])('%s is %j (Go net/url)', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it.each([
    ["url('https://a:b:c/')", 'URL parse error during conversion from string: parse "https://a:b:c/": invalid port ":c" after host'],
    ["url('../relative-path')", 'URL parse error during conversion from string: parse "../relative-path": invalid URI for request'],
    ["url('')", 'URL parse error during conversion from string: parse "": empty url'],
  ])('%s fails with %s', (expression, message) => {
    expect(errorOf(expression)).toBe(message);
  });
});
