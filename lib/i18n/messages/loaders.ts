import type { Lang } from '../languages';
import type { Catalog } from './types';

/**
 * Each language's catalog as its own chunk, fetched by the page's language (pages load only the
 * words they show). Adding a language means adding its catalog here, in CATALOGS and in LANGS.
 */
export const CATALOG_LOADERS: Record<Lang, () => Promise<Catalog>> = {
  en: () => import('./en').then((m) => m.en),
  es: () => import('./es').then((m) => m.es),
};
