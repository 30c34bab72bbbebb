// Kubernetes image CEL library (in the base environment from 1.33):
// staging/src/k8s.io/apiserver/pkg/cel/library/image.go. References are parsed as
// go-containerregistry's name.ParseReference does with its default (weak) options
// (pkg/name/ref.go, tag.go, digest.go, repository.go, registry.go): Docker Hub and `library/`
// by default, `latest` when neither tag nor digest is given, a reference with both is a digest.
import type { Environment } from '@marcbachmann/cel-js';
import { chargeTraversal } from '../cost';
import { celFail } from './errors';
import { parseURL } from './goUrl';

const DEFAULT_REGISTRY = 'index.docker.io';
const TAG_CHARS = /^[A-Za-z0-9_.-]*$/;
const REPOSITORY_CHARS = /^[a-z0-9_\-./]*$/;
const DIGEST_CHARS = /^[sh:0-9a-f]*$/;

/** A parsed reference, as ConvertToImageRef fills apiservercel.ImageReference. */
export interface ImageReference {
  registry: string;
  repository: string;
  identifier: string;
  tag: string;
  digest: string;
}

/** A CEL `kubernetes.Image` value. */
export class CelImage {
  constructor(
    readonly ref: ImageReference,
    readonly text: string,
  ) {}
  celDisplay(): string {
    return this.text;
  }
}

/** checkElement: a length in runes, then the allowed characters. */
function checkElement(what: string, value: string, allowed: RegExp, chars: string, min: number, max: number): void {
  const runes = Array.from(value).length;
  if (runes < min || runes > max) throw new Error(`${what} must be between ${min} and ${max} characters in length: ${value}`);
  if (!allowed.test(value)) throw new Error(`${what} can only contain the characters \`${chars}\`: ${value}`);
}

function newRegistry(name: string): string {
  let host: string | null = null;
  try {
    host = parseURL(`//${name}`).host;
  } catch {
    host = null;
  }
  if (host !== name) throw new Error(`registries must be valid RFC 3986 URI authorities: ${name}`);
  if (name === '' || name === 'docker.io') return DEFAULT_REGISTRY;
  return name;
}

/** NewRepository: the first path part is a registry iff it has a `.` or `:`. */
function newRepository(name: string): { registry: string; repository: string } {
  if (name === '') throw new Error('a repository name must be specified');
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':'));
  const repo = hasRegistry ? name.slice(slash + 1) : name;
  checkElement('repository', repo, REPOSITORY_CHARS, 'abcdefghijklmnopqrstuvwxyz0123456789_-./', 2, 255);
  // image.go documents `registry.k8s.io//kube-apiserver-arm64` as an error: no empty path component.
  if (repo.split('/').some((part) => part === '')) throw new Error(`repository path components must not be empty: ${repo}`);
  const registry = newRegistry(hasRegistry ? first : '');
  const repository = !repo.includes('/') && registry === DEFAULT_REGISTRY ? `library/${repo}` : repo;
  return { registry, repository };
}

function newTag(name: string): ImageReference {
  const parts = name.split(':');
  let base = name;
  let tag = '';
  if (parts.length > 1 && !parts[parts.length - 1].includes('/')) {
    base = parts.slice(0, -1).join(':');
    tag = parts[parts.length - 1];
  }
  if (tag !== '') checkElement('tag', tag, TAG_CHARS, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-', 1, 127);
  const repo = newRepository(base);
  const identifier = tag || 'latest';
  return { ...repo, identifier, tag: identifier, digest: '' };
}

function newDigest(name: string): ImageReference {
  const parts = name.split('@');
  if (parts.length !== 2) throw new Error(`a digest must contain exactly one '@' separator (e.g. registry/repository@digest) saw: ${name}`);
  const [rawBase, digest] = parts;
  checkElement('digest', digest, DIGEST_CHARS, 'sh:0123456789abcdef', 71, 71);
  let base = rawBase;
  try {
    const tagged = newTag(rawBase);
    base = `${tagged.registry}/${tagged.repository}`;
  } catch {
    /* keep the base as written */
  }
  return { ...newRepository(base), identifier: digest, tag: '', digest };
}

/** name.ParseReference: a tag reference, else a digest reference, else an error. */
export function parseReference(s: string): ImageReference {
  if (s.startsWith('http://') || s.startsWith('https://')) {
    throw new Error(`image reference must not contain a URL scheme (http:// or https://): ${s}; to connect to a registry over plain HTTP, use name.Insecure`);
  }
  try {
    return newTag(s);
  } catch {
    /* try a digest */
  }
  try {
    return newDigest(s);
  } catch {
    /* neither */
  }
  throw new Error(`could not parse reference: ${s}`);
}

function toImage(s: string): CelImage {
  try {
    return new CelImage(parseReference(s), s);
  } catch (error) {
    return celFail((error as Error).message);
  }
}

/** Registers `image`, `isImage` and the Image accessors. */
export function registerImage(env: Environment): void {
  env.registerType('kubernetes.Image', CelImage);
  env.registerFunction('image(string): kubernetes.Image', (s: string) => (chargeTraversal(s), toImage(s)));
  env.registerFunction('isImage(string): bool', (s: string) => {
    chargeTraversal(s);
    try {
      parseReference(s);
      return true;
    } catch {
      return false;
    }
  });
  env.registerFunction('kubernetes.Image.containsDigest(): bool', (i: CelImage) => i.ref.digest !== '');
  env.registerFunction('kubernetes.Image.registry(): string', (i: CelImage) => i.ref.registry);
  env.registerFunction('kubernetes.Image.repository(): string', (i: CelImage) => i.ref.repository);
  env.registerFunction('kubernetes.Image.identifier(): string', (i: CelImage) => i.ref.identifier);
  env.registerFunction('kubernetes.Image.tag(): string', (i: CelImage) => i.ref.tag);
  env.registerFunction('kubernetes.Image.digest(): string', (i: CelImage) => i.ref.digest);
  // The ImageReference keeps ref.String(), the reference as written: equal images were written alike.
  env.registerOperator('kubernetes.Image == kubernetes.Image', (a: CelImage, b: CelImage) => a.text === b.text);
}
