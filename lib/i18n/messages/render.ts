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

export { LANGS, renderWith };
