import { LANGS, type Lang } from '../languages';
import { en } from './en';
import { es } from './es';
import type { Catalog } from './types';
import { renderWith, type AnyMessage } from './renderWith';

/** One catalog per language; adding a language means adding its catalog here and in LANGS. */
export const CATALOGS: Record<Lang, Catalog> = { en, es };

/** The message in the learner's language: call it where the message is shown. */
export function render(lang: Lang, message: AnyMessage): string {
  return renderWith(CATALOGS[lang] ?? CATALOGS.en, message);
}

/**
 * The learner-facing text of a diagnostic, step or verdict: its message rendered in `lang`;
 * without a message, its English `message` (every diagnostic of lib/sim and lib/lesson,
 * misconception diagnostics included, carries a message).
 */
export function textOf(lang: Lang, item: { message?: string; text?: AnyMessage }): string {
  if (item.text) return render(lang, item.text);
  return item.message ?? '';
}

/** A diagnostic's text in `lang` (the public name of `textOf` for diagnostics). */
export function describeDiagnostic(d: { message: string; text?: AnyMessage }, lang: Lang): string {
  return textOf(lang, d);
}

export { LANGS, renderWith };
