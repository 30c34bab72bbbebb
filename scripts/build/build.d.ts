// Types of the post-build helpers (plain .mjs, run by Node), for the tests that import them.
declare module '*/scripts/build/csp.mjs' {
  export function inlineScripts(html: string): string[];
  export function sha256(text: string): string;
  export function scriptHashes(htmlFiles: string[]): Set<string>;
}
declare module '*/scripts/build/headers.mjs' {
  export function contentSecurityPolicy(scriptHashes: Iterable<string>, options?: { frameAncestors?: string }): string;
  export function securityHeaders(scriptHashes: Iterable<string>): Record<string, string>;
  export function embedHeaders(scriptHashes: Iterable<string>): Record<string, string>;
  export function isEmbedPath(url: string): boolean;
  export function forAsset(url: string, headers: Record<string, string>): Record<string, string>;
  export const EMBED_PATH: string;
  export const IMMUTABLE: string;
  export const REVALIDATE: string;
}
declare module '*/scripts/build/nginxHeaders.mjs' {
  export function nginxHeaders(headers: Record<string, string>): string;
}
