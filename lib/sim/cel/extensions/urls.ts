// Kubernetes URL CEL library (in the base environment from the start):
// staging/src/k8s.io/apiserver/pkg/cel/library/urls.go. `url()` validates with Go's
// url.ParseRequestURI (absolute URI or absolute path) and keeps url.Parse's parts.
// Docs: https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-url-library
import type { Environment } from '@marcbachmann/cel-js';
import { chargeTraversal } from '../cost';
import { celFail } from './errors';
import { escapedPath, hostname, parseRequestURI, parseURL, port, query, urlString, type GoURL } from './goUrl';

/** A CEL `kubernetes.URL` value. */
export class CelURL {
  constructor(
    readonly url: GoURL,
    readonly text: string,
  ) {}
  celDisplay(): string {
    return this.text;
  }
}

function toURL(s: string): CelURL {
  chargeTraversal(s); // library/cost.go: url() is a string traversal
  try {
    parseRequestURI(s);
    return new CelURL(parseURL(s), s);
  } catch (error) {
    return celFail(`URL parse error during conversion from string: ${(error as Error).message}`);
  }
}

function isURL(s: string): boolean {
  try {
    parseRequestURI(s);
    return true;
  } catch {
    return false;
  }
}

/** Registers `url`, `isURL` and the URL getters. */
export function registerUrls(env: Environment): void {
  env.registerType('kubernetes.URL', CelURL);
  env.registerFunction('url(string): kubernetes.URL', toURL);
  env.registerFunction('isURL(string): bool', isURL);
  env.registerFunction('kubernetes.URL.getScheme(): string', (u: CelURL) => u.url.scheme);
  env.registerFunction('kubernetes.URL.getHost(): string', (u: CelURL) => u.url.host);
  env.registerFunction('kubernetes.URL.getHostname(): string', (u: CelURL) => hostname(u.url));
  env.registerFunction('kubernetes.URL.getPort(): string', (u: CelURL) => port(u.url));
  env.registerFunction('kubernetes.URL.getEscapedPath(): string', (u: CelURL) => escapedPath(u.url));
  env.registerFunction('kubernetes.URL.getQuery(): map<string, list<string>>', (u: CelURL) => query(u.url));
  env.registerOperator('kubernetes.URL == kubernetes.URL', (a: CelURL, b: CelURL) => urlString(a.url) === urlString(b.url));
}
