import type { Catalog } from './types';

export interface AnyMessage {
  readonly code: string;
  readonly params: { readonly [name: string]: unknown };
}

function isAnyMessage(value: unknown): value is AnyMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { code?: unknown }).code === 'string';
}

function renderParam(catalog: Catalog, value: unknown): unknown {
  if (isAnyMessage(value)) return renderWith(catalog, value);
  if (Array.isArray(value)) return value.map((item) => (isAnyMessage(item) ? renderWith(catalog, item) : item));
  return value;
}

/** Renders a message (and its nested ones) with one catalog. An unknown code shows itself. */
export function renderWith(catalog: Catalog, message: AnyMessage): string {
  const word = (catalog as unknown as Record<string, ((p: unknown) => string) | undefined>)[message.code];
  if (!word) return `[${message.code}]`;
  const rendered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) rendered[name] = renderParam(catalog, value);
  return word(rendered);
}
