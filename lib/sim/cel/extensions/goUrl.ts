// The part of Go's net/url the Kubernetes URL CEL library relies on (url.ParseRequestURI to
// validate, url.Parse for the parts, Hostname, Port, EscapedPath, Query), written from the
// behaviour of go/src/net/url/url.go. Go works on UTF-8 bytes; so do we.
// SIMPLIFICATION(k8s): modelled on that file's parse/parseHost; host checks a newer Go release adds
// (the API server's build toolchain) are not modelled. A fragment is validated for escapes only.
import { utf8Decode, utf8Encode } from './utf8';

export interface GoURL {
  scheme: string;
  opaque: string;
  host: string;
  path: string;
  rawPath: string;
  rawQuery: string;
  forceQuery: boolean;
  /** Userinfo.String(): the escaped `user[:password]`, or null without userinfo. */
  user: string | null;
  /** EscapedFragment() (only url.Parse splits a fragment off). */
  fragment: string;
}

type Mode = 'path' | 'host' | 'zone' | 'user' | 'query' | 'fragment';

const isAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

/** shouldEscape(c, mode) for one byte (given as a one-char string, or a code >= 0x80). */
function shouldEscape(c: string, mode: Mode): boolean {
  if (c.charCodeAt(0) >= 0x80) return true;
  if (isAlnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    if (mode === 'path') return c === '?';
    if (mode === 'user') return '@/?:'.includes(c);
    if (mode === 'query') return true;
    if (mode === 'fragment') return false;
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

/** unescape(s, mode): throws Go's EscapeError / InvalidHostError messages. */
export function unescape(s: string, mode: Mode): string {
  const out: number[] = [];
  const bytes = utf8Encode(s);
  for (let i = 0; i < bytes.length; i++) {
    const c = String.fromCharCode(bytes[i]);
    if (c === '%') {
      const h1 = String.fromCharCode(bytes[i + 1] ?? 0);
      const h2 = String.fromCharCode(bytes[i + 2] ?? 0);
      if (i + 2 >= bytes.length || !isHex(h1) || !isHex(h2)) {
        throw new Error(`invalid URL escape ${JSON.stringify(utf8Decode(bytes.slice(i, i + 3)))}`);
      }
      const v = parseInt(h1 + h2, 16);
      const esc = `%${h1}${h2}`;
      if (mode === 'host' && parseInt(h1, 16) < 8 && esc !== '%25') throw new Error(`invalid URL escape ${JSON.stringify(esc)}`);
      if (mode === 'zone' && esc !== '%25' && v !== 0x20 && shouldEscape(String.fromCharCode(v), 'host'))
        throw new Error(`invalid URL escape ${JSON.stringify(esc)}`);
      out.push(v);
      i += 2;
    } else if (c === '+') {
      out.push(mode === 'query' ? 0x20 : 0x2b);
    } else {
      if ((mode === 'host' || mode === 'zone') && bytes[i] < 0x80 && shouldEscape(c, mode)) {
        throw new Error(`invalid character ${JSON.stringify(c)} in host name`);
      }
      out.push(bytes[i]);
    }
  }
  return utf8Decode(out);
}

/** escape(s, mode) with upper-case hex. */
export function escape(s: string, mode: Mode): string {
  let out = '';
  for (const b of utf8Encode(s)) {
    const c = String.fromCharCode(b);
    if (c === ' ' && mode === 'query') out += '+';
    else if (shouldEscape(c, mode)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += c;
  }
  return out;
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new Error('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

const validOptionalPort = (port: string): boolean => port === '' || /^:[0-9]*$/.test(port);

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new Error("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) throw new Error(`invalid port ${JSON.stringify(colonPort)} after host`);
    const zone = host.slice(0, i).indexOf('%25');
    if (zone >= 0) return unescape(host.slice(0, zone), 'host') + unescape(host.slice(zone, i), 'zone') + unescape(host.slice(i), 'host');
  } else {
    const i = host.lastIndexOf(':');
    if (i !== -1 && !validOptionalPort(host.slice(i))) throw new Error(`invalid port ${JSON.stringify(host.slice(i))} after host`);
  }
  return unescape(host, 'host');
}

const validUserinfo = (s: string): boolean => /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);

function parseAuthority(authority: string): { host: string; user: string | null } {
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (at < 0) return { host, user: null };
  const userinfo = authority.slice(0, at);
  if (!validUserinfo(userinfo)) throw new Error('net/url: invalid userinfo');
  const colon = userinfo.indexOf(':');
  const parts = colon < 0 ? [userinfo] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
  return { host, user: parts.map((p) => escape(unescape(p, 'user'), 'user')).join(':') };
}

/** Go's parse(rawURL, viaRequest); throws with Go's inner message. */
function parse(raw: string, viaRequest: boolean): GoURL {
  if (/[\x00-\x1f\x7f]/.test(raw)) throw new Error('net/url: invalid control character in URL');
  if (raw === '' && viaRequest) throw new Error('empty url');
  const url: GoURL = { scheme: '', opaque: '', host: '', path: '', rawPath: '', rawQuery: '', forceQuery: false, user: null, fragment: '' };
  if (raw === '*') return { ...url, path: '*' };
  const [scheme, afterScheme] = getScheme(raw);
  url.scheme = scheme.toLowerCase();
  let rest = afterScheme;
  if (rest.endsWith('?') && rest.split('?').length === 2) [rest, url.forceQuery] = [rest.slice(0, -1), true];
  else if (rest.includes('?')) [rest, url.rawQuery] = [rest.slice(0, rest.indexOf('?')), rest.slice(rest.indexOf('?') + 1)];
  if (!rest.startsWith('/')) {
    if (url.scheme !== '') return { ...url, opaque: rest };
    if (viaRequest) throw new Error('invalid URI for request');
    if (rest.split('/')[0].includes(':')) throw new Error('first path segment in URL cannot contain colon');
  }
  if ((url.scheme !== '' || (!viaRequest && !rest.startsWith('///'))) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) [authority, rest] = [authority.slice(0, slash), authority.slice(slash)];
    Object.assign(url, parseAuthority(authority));
  }
  url.path = unescape(rest, 'path');
  url.rawPath = escape(url.path, 'path') === rest ? '' : rest;
  return url;
}

function wrapped(op: string, raw: string, run: () => GoURL): GoURL {
  try {
    return run();
  } catch (error) {
    throw new Error(`${op} ${JSON.stringify(raw)}: ${(error as Error).message}`);
  }
}

/** url.ParseRequestURI: an absolute URI or an absolute path (no fragment splitting). */
export function parseRequestURI(raw: string): GoURL {
  return wrapped('parse', raw, () => parse(raw, true));
}

/** url.Parse: splits `#fragment` off first. */
export function parseURL(raw: string): GoURL {
  const hash = raw.indexOf('#');
  const main = hash < 0 ? raw : raw.slice(0, hash);
  const url = wrapped('parse', main, () => parse(main, false));
  if (hash >= 0) url.fragment = escape(wrapped('parse', raw, () => ({ ...url, fragment: unescape(raw.slice(hash + 1), 'fragment') })).fragment, 'fragment');
  return url;
}

/** URL.String(): how two URL values compare in CEL (apiservercel.URL Equal). */
export function urlString(u: GoURL): string {
  let out = u.scheme ? `${u.scheme}:` : '';
  if (u.opaque) out += u.opaque;
  else {
    if (u.scheme || u.host || u.user !== null) {
      if (u.host || u.path || u.user !== null) out += '//';
      if (u.user !== null) out += `${u.user}@`;
      out += escape(u.host, 'host');
    }
    const path = escapedPath(u);
    if (path && path[0] !== '/' && u.host) out += '/';
    if (out === '' && path.split('/')[0].includes(':')) out += './';
    out += path;
  }
  if (u.forceQuery || u.rawQuery) out += `?${u.rawQuery}`;
  return u.fragment ? `${out}#${u.fragment}` : out;
}

function splitHostPort(hostPort: string): [string, string] {
  let host = hostPort;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon !== -1 && validOptionalPort(host.slice(colon))) [host, port] = [host.slice(0, colon), host.slice(colon + 1)];
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return [host, port];
}

export const hostname = (u: GoURL): string => splitHostPort(u.host)[0];
export const port = (u: GoURL): string => splitHostPort(u.host)[1];

const validEncodedPath = (s: string): boolean => [...s].every((c) => `!$&'()*+,;=:@[]%`.includes(c) || !shouldEscape(c, 'path'));

/** URL.EscapedPath. */
export function escapedPath(u: GoURL): string {
  if (u.rawPath !== '' && validEncodedPath(u.rawPath)) {
    try {
      if (unescape(u.rawPath, 'path') === u.path) return u.rawPath;
    } catch {
      /* fall through to the default escaping */
    }
  }
  if (u.path === '*') return '*';
  return escape(u.path, 'path');
}

/** URL.Query: ParseQuery ignoring bad pairs (a `;` in a pair, bad escapes). */
export function query(u: GoURL): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of u.rawQuery.split('&')) {
    if (pair.includes(';') || pair === '') continue;
    const eq = pair.indexOf('=');
    try {
      const key = unescape(eq < 0 ? pair : pair.slice(0, eq), 'query');
      const value = unescape(eq < 0 ? '' : pair.slice(eq + 1), 'query');
      out.set(key, [...(out.get(key) ?? []), value]);
    } catch {
      /* Go skips the pair */
    }
  }
  return out;
}
