/**
 * A submission in a link: `/<lang>/instructor/#sub=<base64url of deflate-raw JSON>`. The fragment is
 * never sent to a server. Decoding is capped like the playground's share links: a hostile link
 * cannot inflate past the submission size limit.
 */
import { SUBMISSION_LIMITS, type Submission } from '@/lib/workshop/submission';
import { fromBase64Url, pipe, toBase64Url, ShareLinkError } from '../playground/shareState';

export const SUBMISSION_FRAGMENT_KEY = 'sub';
/**
 * Longer links are not offered: every browser opens them, but mail and chat clients cut or refuse
 * links well before (the file is offered instead).
 */
export const MAX_LINK_CHARS = 32_000;

export async function encodeSubmission(submission: Submission): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(submission));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER));
}

/** The link to the instructor page carrying this submission, or null when it would be too long. */
export async function submissionLink(origin: string, lang: string, submission: Submission): Promise<{ link: string | null; chars: number }> {
  const encoded = await encodeSubmission(submission);
  const link = `${origin}/${lang}/instructor/#${SUBMISSION_FRAGMENT_KEY}=${encoded}`;
  return { link: link.length <= MAX_LINK_CHARS ? link : null, chars: link.length };
}

/** The encoded part of a pasted link (or of a bare encoded text); null when there is none. */
export function encodedFromLink(text: string): string | null {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  const value = new URLSearchParams(fragment).get(SUBMISSION_FRAGMENT_KEY);
  if (value) return value;
  return hash < 0 && /^[A-Za-z0-9_-]{16,}$/.test(trimmed) ? trimmed : null;
}

/** The submission file's text inside a link, or why not (`shareTooLong` and co., words in lib/i18n/site.ts). */
export async function decodeSubmissionText(encoded: string): Promise<string> {
  if (encoded.length > MAX_LINK_CHARS * 4) throw new ShareLinkError('shareTooLong', 'too long');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(encoded);
  } catch {
    throw new ShareLinkError('shareNotOurs', 'not base64url');
  }
  const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), SUBMISSION_LIMITS.fileChars * 3);
  return new TextDecoder().decode(inflated);
}

/** A pasted link as a roster input: decoded lazily; a link that is not ours fails with its reason. */
export function linkInput(
  line: string,
  index: number,
): { source: string; text: () => Promise<string>; failure?: { code: 'link-not-ours' | 'link-too-long' | 'link-too-large'; path: string }[] } {
  const source = `link ${index + 1}`;
  const encoded = encodedFromLink(line);
  if (!encoded) return { source, text: () => Promise.resolve(''), failure: [{ code: 'link-not-ours', path: '' }] };
  if (encoded.length > MAX_LINK_CHARS * 4) return { source, text: () => Promise.resolve(''), failure: [{ code: 'link-too-long', path: '' }] };
  return { source, text: () => decodeSubmissionText(encoded) };
}

/** Why a link's text could not be decoded, as a submission problem code. */
export function linkProblem(error: unknown): 'link-not-ours' | 'link-too-long' | 'link-too-large' {
  if (error instanceof ShareLinkError)
    return error.problem === 'shareTooLong' ? 'link-too-long' : error.problem === 'shareTooLarge' ? 'link-too-large' : 'link-not-ours';
  return 'link-not-ours';
}
