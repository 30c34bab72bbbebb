import { createElement, type HTMLAttributes, type ReactNode } from 'react';

/** A heading whose level is chosen by the embedding page (2–6), keeping the outline in order. */
export function Heading({ level, children, ...rest }: { level: number; children: ReactNode } & HTMLAttributes<HTMLHeadingElement>) {
  const tag = `h${Math.max(2, Math.min(6, Math.round(level)))}`;
  return createElement(tag, rest, children);
}
