// The page's catalog, loaded once by its language and then rendered synchronously (pages and
// blocks: components/i18n/useWords.ts). Node code (tests, scripts, the lesson checker) and the
// page worker use CATALOGS (./render.ts), which holds every language.
import type { Lang } from '../languages';
import { CATALOG_LOADERS } from './loaders';
import { renderWith, type AnyMessage } from './renderWith';
import type { Catalog } from './types';

/**
 * A catalog on its way. React reads `status` and `value` (https://react.dev/reference/react/use):
 * once loaded, `use` returns the catalog at once instead of suspending again.
 */
export type CatalogLoad = Promise<Catalog> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: Catalog; reason?: unknown };

/** A language's words bound to its catalog: what components call while rendering. */
export interface Words {
  readonly lang: Lang;
  /** The message (and its nested ones) in this language. */
  render(message: AnyMessage): string;
  /** A diagnostic's, step's or verdict's text: its message rendered, else its own `message`. */
  textOf(item: { message?: string; text?: AnyMessage }): string;
}

const loads = new Map<Lang, CatalogLoad>();
const words = new Map<Lang, Words>();

function wordsOf(lang: Lang, catalog: Catalog): Words {
  return {
    lang,
    render: (message) => renderWith(catalog, message),
    textOf: (item) => (item.text ? renderWith(catalog, item.text) : (item.message ?? '')),
  };
}

/**
 * Starts loading `lang`'s catalog (once; a failed load is tried again on the next call) and
 * returns the load. Safe to call while rendering, as a preload.
 */
export function loadCatalog(lang: Lang): CatalogLoad {
  const known = loads.get(lang);
  if (known) return known;
  const load: CatalogLoad = CATALOG_LOADERS[lang]().then(
    (catalog) => {
      load.status = 'fulfilled';
      load.value = catalog;
      words.set(lang, wordsOf(lang, catalog));
      return catalog;
    },
    (error: unknown) => {
      load.status = 'rejected';
      load.reason = error;
      loads.delete(lang);
      throw error;
    },
  );
  load.status = 'pending';
  // A preload that nobody awaits must not report a failed fetch as unhandled: the next render retries.
  load.catch(() => undefined);
  loads.set(lang, load);
  return load;
}

/** `lang`'s words if its catalog has loaded, else undefined (never another language's). */
export function loadedWords(lang: Lang): Words | undefined {
  return words.get(lang);
}

/** `lang`'s words, loading its catalog first if needed. */
export async function wordsFor(lang: Lang): Promise<Words> {
  await loadCatalog(lang);
  return words.get(lang)!;
}
