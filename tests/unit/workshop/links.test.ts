// Links carry a submission or an embed's manifests in the fragment, compressed (issue 18); a hostile
// link is refused with a reason, never inflated past its cap.
import { describe, expect, it } from 'vitest';
import { decodeSubmissionText, encodeSubmission, encodedFromLink, linkInput, linkProblem, submissionLink } from '@/components/workshop/submissionLink';
import { embedParams, embedText, embedUrl, iframeSnippet, MAX_INLINE_CHARS } from '@/components/embed/embedLink';
import { toBase64Url, pipe } from '@/components/playground/shareState';
import { parseSubmission, SUBMISSION_FORMAT, type Submission } from '@/lib/workshop/submission';

const submission: Submission = {
  format: SUBMISSION_FORMAT,
  learner: 'Ana',
  courseVersion: '0.1.0+abc',
  createdAt: '2026-12-07T10:00:00.000Z',
  exercises: { 'a/b/c': { files: { 'role.yaml': 'kind: Role\n' }, hintsUsed: 1 } },
};

describe('submission links', () => {
  it('round-trip a submission through the link', async () => {
    const { link } = await submissionLink('https://lab.example', 'es', submission);
    expect(link).toMatch(/^https:\/\/lab\.example\/es\/instructor\/#sub=[A-Za-z0-9_-]+$/);
    const text = await decodeSubmissionText(encodedFromLink(link!)!);
    const read = parseSubmission(text);
    expect(read.ok && read.submission.exercises['a/b/c'].files['role.yaml']).toBe('kind: Role\n');
  });

  it('offers no link when the work does not fit, and says how long it would be', async () => {
    const big = {
      ...submission,
      exercises: { 'a/b/c': { files: { 'r.yaml': Array.from({ length: 40_000 }, (_, i) => `k${(i * 7919) % 100_003}: v${i}`).join('\n') }, hintsUsed: 0 } },
    };
    const { link, chars } = await submissionLink('https://lab.example', 'en', big);
    expect(link).toBeNull();
    expect(chars).toBeGreaterThan(32_000);
  });

  it('refuses a zip bomb (a link of zeros inflating past the cap) and text that is not ours', async () => {
    const zeros = toBase64Url(await pipe(new Uint8Array(20 * 1024 * 1024), new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER));
    await expect(decodeSubmissionText(zeros)).rejects.toMatchObject({ problem: 'shareTooLarge' });
    expect(linkProblem(await decodeSubmissionText('!!!').catch((e: unknown) => e))).toBe('link-not-ours');
    expect(linkInput('https://example.com/page', 0).failure?.[0].code).toBe('link-not-ours');
    expect(encodedFromLink(`https://x/en/instructor/#sub=${await encodeSubmission(submission)}`)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('embed links', () => {
  it('read view, language and port from the query or the fragment, defaulting safely', () => {
    expect(embedParams('?view=permissions&lang=es', '#m=abc')).toMatchObject({
      view: 'permissions',
      lang: 'es',
      source: { kind: 'compressed', encoded: 'abc' },
    });
    expect(embedParams('?view=evil&lang=fr&port=<script>', '')).toMatchObject({ view: 'traffic', lang: 'en', port: '', source: null });
    expect(embedParams('', '#view=admission&yaml=kind%3A%20Pod')).toMatchObject({ view: 'admission', source: { kind: 'inline', text: 'kind: Pod' } });
  });

  it('round-trip manifests through a compressed link; an inline block is capped', async () => {
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\n';
    const url = await embedUrl('https://lab.example', yaml, 'traffic', 'es');
    const parsed = new URL(url);
    const params = embedParams(parsed.search, parsed.hash);
    expect(params).toMatchObject({ view: 'traffic', lang: 'es' });
    expect(await embedText(params.source!)).toBe(yaml);
    await expect(embedText({ kind: 'inline', text: 'x'.repeat(MAX_INLINE_CHARS + 1) })).rejects.toMatchObject({ problem: 'shareTooLarge' });
  });

  it('escapes the snippet attributes', () => {
    expect(iframeSnippet('https://x/embed/?a=1&b="2"', 'A <b>')).toContain('src="https://x/embed/?a=1&amp;b=&quot;2&quot;" title="A &lt;b>"');
  });
});
