// Words shared by the hardening findings (English and Spanish).
import type { LocalizedText } from '../types';
import type { ContainerRef } from '../podsecurity/types';

/** `container "web"` / `init container "migrate"` / `ephemeral container "debug"`, en and es. */
export function containerLabel(ref: ContainerRef): LocalizedText {
  const name = JSON.stringify(ref.name);
  if (ref.field === 'initContainers') return { en: `init container ${name}`, es: `el init container ${name}` };
  if (ref.field === 'ephemeralContainers') return { en: `ephemeral container ${name}`, es: `el contenedor efímero ${name}` };
  return { en: `container ${name}`, es: `el contenedor ${name}` };
}

/** `container web` (for fixes: "set ... on container web"), en and es. */
export function containerTarget(ref: ContainerRef): LocalizedText {
  const name = ref.name || '(unnamed)';
  if (ref.field === 'initContainers') return { en: `init container ${name}`, es: `el init container ${name}` };
  if (ref.field === 'ephemeralContainers') return { en: `ephemeral container ${name}`, es: `el contenedor efímero ${name}` };
  return { en: `container ${name}`, es: `el contenedor ${name}` };
}

/** `"a", "b"`. */
export function quoteList(items: readonly string[]): string {
  return items.map((i) => JSON.stringify(i)).join(', ');
}

/** Spanish "de" + a label that starts with "el": `del contenedor web`. */
export function deEs(label: string): string {
  return label.startsWith('el ') ? `del ${label.slice(3)}` : `de ${label}`;
}
