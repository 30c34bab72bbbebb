import { en } from './en';
import type { Catalog } from './types';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', n: 'ñ', c: 'ç' };
const MARK = '\u0001';

function accent(text: string): string {
  return text.replace(/[aeiouAEIOUnc]/g, (ch) => ACCENTS[ch] ?? ch);
}

/** Accents only the catalog's own words, never the parameters (marked while rendering). */
function accentOutsideParams(text: string): string {
  return text
    .split(MARK)
    .map((part, i) => (i % 2 === 0 ? accent(part) : part))
    .join('');
}

function marked(value: unknown): unknown {
  if (typeof value === 'string') return `${MARK}${value}${MARK}`;
  if (Array.isArray(value)) return value.map(marked);
  return value;
}

/**
 * The `xx` pseudo-locale: English with accents, each message in brackets. Text that reaches the
 * learner without going through a catalog shows up unbracketed; a catalog entry that drops or
 * breaks a parameter shows up in the tests that render every code.
 */
export function pseudoCatalog(base: Catalog = en): Catalog {
  const entries = Object.entries(base as unknown as Record<string, (p: Record<string, unknown>) => string>).map(([code, word]) => {
    const wrapped = (params: Record<string, unknown>): string => {
      const input = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, marked(value)]));
      return `[${accentOutsideParams(word(input))}]`;
    };
    return [code, wrapped] as const;
  });
  return Object.fromEntries(entries) as unknown as Catalog;
}
