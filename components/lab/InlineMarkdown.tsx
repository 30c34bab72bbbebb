'use client';
import type { ReactNode } from 'react';

// Small inline Markdown for hints, narration and explanations: `code`, **strong**, *emphasis*
// and [links](https://...). Rendered as React elements (never as HTML), so text cannot inject markup.
const TOKEN = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*\s][^*]*\*)|(_[^_\s][^_]*_)|(\[[^\]]+\]\((?:https?:\/\/|\/|#)[^)\s]+\))/g;

function renderToken(token: string, key: number): ReactNode {
  if (token.startsWith('`')) return <code key={key}>{token.slice(1, -1)}</code>;
  if (token.startsWith('**')) return <strong key={key}>{renderInline(token.slice(2, -2))}</strong>;
  if (token.startsWith('*') || token.startsWith('_')) return <em key={key}>{renderInline(token.slice(1, -1))}</em>;
  const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
  if (link)
    return (
      <a key={key} href={link[2]}>
        {renderInline(link[1])}
      </a>
    );
  return token;
}

/** Text with inline Markdown turned into elements. */
export function renderInline(text: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(renderToken(match[0], key++));
    last = at + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function InlineMarkdown({ text }: { text: string }) {
  return <>{renderInline(text)}</>;
}
