/**
 * The terminal's own words (not kubectl's or bash's, which stay English as they print them):
 * notes about what the lab simulates, in the session's language.
 */
export type ShellLang = 'en' | 'es';

const NOTES = {
  readOnlyFile: {
    en: (name: string) =>
      `(lab: the terminal cannot write ${name}: its files are a read-only view of the exercise's and the editor's files; change yours in the editor)`,
    es: (name: string) =>
      `(lab: la terminal no puede escribir ${name}: sus archivos son una vista de solo lectura de los del ejercicio y del editor; los tuyos cambialos en el editor)`,
  },
  noSuchFile: {
    en: (name: string) => `(lab: the terminal sees the editor's and the exercise's files; \`ls\` lists them, ${name} is not one of them)`,
    es: (name: string) => `(lab: la terminal ve los archivos del editor y del ejercicio; \`ls\` los lista, ${name} no es uno de ellos)`,
  },
  noStdin: {
    en: () => '(lab: `-f -` reads standard input: pipe the YAML in, e.g. `cat <<EOF | kubectl apply -f -`)',
    es: () => '(lab: `-f -` lee la entrada estándar: pasale el YAML, por ejemplo `cat <<EOF | kubectl apply -f -`)',
  },
} as const;

export type NoteKey = keyof typeof NOTES;

/** A lab note in the session's language. */
export function labNote(lang: ShellLang | undefined, key: NoteKey, arg = ''): string {
  return NOTES[key][lang === 'es' ? 'es' : 'en'](arg);
}
