// Hints, narration and explanations: inline Markdown becomes elements, never raw HTML.
import { describe, expect, it } from 'vitest';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderInline } from '@/components/lab/InlineMarkdown';

const html = (text: string) => renderToStaticMarkup(createElement(Fragment, null, ...renderInline(text)));

describe('renderInline', () => {
  it('renders code, strong, emphasis and links', () => {
    expect(html('Use `kubectl auth can-i` **now**, *carefully*: [docs](https://kubernetes.io/docs/)')).toBe(
      'Use <code>kubectl auth can-i</code> <strong>now</strong>, <em>carefully</em>: <a href="https://kubernetes.io/docs/">docs</a>',
    );
  });
  it('keeps text that only looks like markup as text (no injection)', () => {
    expect(html('<img src=x onerror=alert(1)> and [x](javascript:alert(1))')).toBe('&lt;img src=x onerror=alert(1)&gt; and [x](javascript:alert(1))');
  });
  it('leaves a lone star or backtick alone', () => {
    expect(html('verbs: ["*"] and a ` tick')).toBe('verbs: [&quot;*&quot;] and a ` tick');
  });
});
