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
};

type Dictionary = typeof en;

const es: Dictionary = {
  updateReady: 'Hay una versión nueva del laboratorio. Tus borradores y tu progreso se conservan.',
  updateReload: 'Recargar ahora',
  updateLater: 'Más tarde',
  offlineReady: 'El laboratorio ya funciona sin conexión en este navegador.',
  storageFull: 'El almacenamiento de tu navegador está lleno: exportá tu progreso para no perderlo.',
  storageBlocked: 'Este navegador no deja que el laboratorio guarde nada: tu trabajo se conserva solo hasta que cierres la página. Exportá tu progreso para guardarlo.',
  storageUnreadable: 'No se pudieron leer algunos datos guardados (dañados, o de una versión más nueva del laboratorio). Los dejamos aparte, sin tocarlos.',
  storageDownloadAside: 'Descargar los datos ilegibles',
  storageDiscardAside: 'Descartarlos',
  exportProgress: 'Exportar progreso',
  dismiss: 'Cerrar',
  notices: 'Avisos',
};

export type SiteMessageKey = keyof Dictionary;
const dictionaries: Record<Lang, Dictionary> = { en, es };

/** Translate a notice string. */
export function ts(lang: Lang, key: SiteMessageKey): string {
  return dictionaries[lang][key];
}
