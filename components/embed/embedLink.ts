/**
 * The embeddable check's URL: `/embed/?view=traffic|permissions|admission&lang=en|es` and the
 * manifests in the fragment (never sent to a server), either compressed (`#m=`, base64url of
 * deflate-raw UTF-8 YAML) or, for a short block, as plain URL-encoded text (`#yaml=`).
 */
import { fromBase64Url, pipe, toBase64Url, ShareLinkError } from '../playground/shareState';

export type EmbedView = 'traffic' | 'permissions' | 'admission';
export const EMBED_VIEWS: readonly EmbedView[] = ['traffic', 'permissions', 'admission'];
/** Manifests an embed accepts (examples for docs and slides, not a whole cluster). */
export const MAX_EMBED_CHARS = 256 * 1024;
/** A plain `#yaml=` block is for a few lines; longer text goes compressed. */
export const MAX_INLINE_CHARS = 8000;

export interface EmbedParams {
  view: EmbedView;
  lang: 'en' | 'es';
  port: string;
  /** The manifests' source in the URL, still to decode. */
  source: { kind: 'compressed'; encoded: string } | { kind: 'inline'; text: string } | null;
}

/** Read the embed's parameters from the query and the fragment (the fragment wins). */
export function embedParams(search: string, hash: string): EmbedParams {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (name: string) => fragment.get(name) ?? query.get(name);
  const view = get('view');
  const lang = get('lang');
  const encoded = fragment.get('m');
  const inline = fragment.get('yaml') ?? query.get('yaml');
  return {
    view: EMBED_VIEWS.includes(view as EmbedView) ? (view as EmbedView) : 'traffic',
    lang: lang === 'es' ? 'es' : 'en',
    port: /^[A-Za-z0-9-]{1,15}$/.test(get('port') ?? '') ? get('port')! : '',
    source: encoded ? { kind: 'compressed', encoded } : inline !== null ? { kind: 'inline', text: inline } : null,
  };
}

/** The manifests' text, or a ShareLinkError saying why not. */
export async function embedText(source: NonNullable<EmbedParams['source']>): Promise<string> {
  if (source.kind === 'inline') {
    if (source.text.length > MAX_INLINE_CHARS) throw new ShareLinkError('shareTooLarge', 'inline block too long');
    return source.text;
  }
  if (source.encoded.length > MAX_EMBED_CHARS * 2) throw new ShareLinkError('shareTooLong', 'too long');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(source.encoded);
  } catch {
    throw new ShareLinkError('shareNotOurs', 'not base64url');
  }
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_EMBED_CHARS * 3));
}

/** The embed URL for these manifests (compressed), relative to `origin`. */
export async function embedUrl(origin: string, text: string, view: EmbedView, lang: 'en' | 'es'): Promise<string> {
  const encoded = toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER));
  return `${origin}/embed/?view=${view}&lang=${lang}#m=${encoded}`;
}

/** The HTML snippet to paste in a page, a blog or slides. */
export function iframeSnippet(url: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="600" loading="lazy" style="border:1px solid #d5dbe3;border-radius:8px"></iframe>`;
}
