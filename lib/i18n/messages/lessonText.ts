// Text helpers the lesson engine's catalogs share (lib/i18n/messages/<lang>/{lesson,explain}.ts).

/** The first letter in upper case (sentences built from parts). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The API server's denial without the repeated prefix (`pods "x" is forbidden: ... denied
 * request:`). A denial may come verbatim from upstream (English) inside any language.
 */
export function shortDenial(message: string): string {
  const vap = /(?:denied request|rechazó la solicitud): ([\s\S]*)$/.exec(message);
  if (vap) return vap[1];
  const ps = /(?:violates|viola) PodSecurity "[^"]+": [\s\S]*$/.exec(message);
  return ps ? ps[0] : message;
}
