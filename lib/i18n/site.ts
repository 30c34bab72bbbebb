import type { Lang } from './languages';

/** UI strings of the site's notices: new version, offline, saved data in this browser. */
const en = {
  updateReady: 'A new version of the lab is ready. Your drafts and progress are kept.',
  updateReload: 'Reload now',
  updateLater: 'Later',
  offlineReady: 'The lab now works offline in this browser.',
  storageFull: "Your browser's storage is full: export your progress so you do not lose it.",
  storageBlocked: 'This browser does not let the lab save anything: your work is kept only until you close the page. Export your progress to keep it.',
  storageUnreadable: 'Some saved data could not be read (damaged, or from a newer version of the lab). It was kept aside, untouched.',
  storageDownloadAside: 'Download the unreadable data',
  storageDiscardAside: 'Discard it',
  exportProgress: 'Export progress',
  dismiss: 'Dismiss',
  notices: 'Notices',
  shareTooLong: 'the link is longer than any link the lab makes.',
  shareTooLarge: 'the manifests in it are larger than the playground accepts (2 MB).',
  shareNotOurs: 'it is not a playground link, or it was cut short when copied.',
  shareReplicasCapped: 'Restored from the link. It asked for {asked} pods; replicas were lowered to {kept} pods in all so the page stays responsive.',
};

type Dictionary = typeof en;

const es: Dictionary = {
  updateReady: 'Hay una versión nueva del laboratorio. Tus borradores y tu progreso se conservan.',
  updateReload: 'Recargar ahora',
  updateLater: 'Más tarde',
  offlineReady: 'El laboratorio ya funciona sin conexión en este navegador.',
  storageFull: 'El almacenamiento de tu navegador está lleno: exportá tu progreso para no perderlo.',
  storageBlocked:
    'Este navegador no deja que el laboratorio guarde nada: tu trabajo se conserva solo hasta que cierres la página. Exportá tu progreso para guardarlo.',
  storageUnreadable: 'No se pudieron leer algunos datos guardados (dañados, o de una versión más nueva del laboratorio). Los dejamos aparte, sin tocarlos.',
  storageDownloadAside: 'Descargar los datos ilegibles',
  storageDiscardAside: 'Descartarlos',
  exportProgress: 'Exportar progreso',
  dismiss: 'Cerrar',
  notices: 'Avisos',
  shareTooLong: 'el link es más largo que cualquier link que arma el laboratorio.',
  shareTooLarge: 'los manifiestos que trae son más grandes de lo que acepta el playground (2 MB).',
  shareNotOurs: 'no es un link del playground, o se cortó al copiarlo.',
  shareReplicasCapped: 'Restaurado desde el link. Pedía {asked} pods; bajamos las réplicas a {kept} pods en total para que la página siga respondiendo.',
};

export type SiteMessageKey = keyof Dictionary;
const dictionaries: Record<Lang, Dictionary> = { en, es };

/** Translate a notice string. */
export function ts(lang: Lang, key: SiteMessageKey): string {
  return dictionaries[lang][key];
}

/** Translate a notice string and fill its `{name}` slots. */
export function tsf(lang: Lang, key: SiteMessageKey, values: Record<string, string | number>): string {
  return ts(lang, key).replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
