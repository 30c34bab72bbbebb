export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };
