// What a page hands to its client components carries one language: the page's. Exercise and
// demo data hold every text in both languages ({ en, es }); the page needs only its own, and the
// other language's words would be sent for nothing (in the HTML and its RSC payload).
import { LANGS, type Lang } from '../i18n/languages';

/** Kubernetes objects (a demo's world), kept as they are: their data is not ours to translate. */
const OBJECTS = new Set(['worldObjects']);

function isLocalized(value: object): value is Record<Lang, string> {
  const keys = Object.keys(value);
  return keys.length === LANGS.length && LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');
}

/**
 * `value` with every localized text (`{ en, es }`, at any depth) reduced to `lang`'s words: each
 * language's entry carries `lang`'s text, so the shape (and its types) stay the same and a
 * component reading another language by mistake still shows the page's language.
 */
export function inLanguage<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isLocalized(value)) return Object.fromEntries(LANGS.map((l) => [l, value[lang]])) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, OBJECTS.has(key) ? item : inLanguage(item, lang)])) as T;
}
